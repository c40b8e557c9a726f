/// The kind of value an option or positional argument takes.
///
/// The kind decides how the text on the command line is parsed and checked while binding, how it
/// is shown in help (`<duration>`, `limits|interest|workq`) and what the completion scripts offer.
public enum ValueType: Sendable, Hashable {
    /// Any text.
    case string
    /// A whole number, optionally limited to `min...max` (either bound may be absent).
    case integer(min: Int64?, max: Int64?)
    /// A duration such as `500ms`, `30s`, `1h30m`, `7d`, `1w`; `-1` (or any negative) is unlimited.
    case duration
    /// A byte size such as `512`, `1K`, `10MiB`, `5GB` (all units base 1024); negative is unlimited.
    case bytes
    /// One of a fixed list of words; the first ones are shown in help, all are accepted.
    case choice([String])
    /// A path to a file; completion scripts offer file names.
    case file
    /// A path to a directory; completion scripts offer directory names.
    case directory

    /// A whole number without bounds.
    public static let int = ValueType.integer(min: nil, max: nil)

    /// A whole number within `range`.
    public static func int(_ range: ClosedRange<Int64>) -> ValueType {
        .integer(min: range.lowerBound, max: range.upperBound)
    }

    /// A whole number of at least `minimum`.
    public static func int(atLeast minimum: Int64) -> ValueType {
        .integer(min: minimum, max: nil)
    }

    /// The placeholder shown in help for a value of this type, when the option names none;
    /// `nil` means "use the option's name".
    var placeholder: String? {
        switch self {
        case .string, .choice: nil
        case .integer: "N"
        case .duration: "DURATION"
        case .bytes: "SIZE"
        case .file: "FILE"
        case .directory: "DIR"
        }
    }

    /// The words a choice accepts; empty for other types.
    var choices: [String] {
        if case .choice(let words) = self { return words }
        return []
    }
}
