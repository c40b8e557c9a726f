/// A bound command line, handed to the command's action: which command runs and the typed values
/// of its arguments and options (those it declares and those it inherits).
///
/// Getters take the option's long name without dashes (`"max-age"`) or the argument's name.
/// Asking for a name the command does not declare, or reading an option with the getter of
/// another type, is a programming error: it asserts in debug builds and reads as unset in
/// release builds.
public struct Invocation: Sendable {
    /// The program the command belongs to (for help and generators run from an action).
    public let program: Program
    /// The canonical names of the command being run, root first: `["natsctl", "stream", "add"]`.
    public let commandPath: [String]
    /// The environment the command line was bound against.
    public let environment: [String: String]
    let declaredOptions: [String: Option]
    let declaredArguments: Set<String>
    let optionValues: [String: Binding]
    let argumentValues: [String: [String]]

    init(
        program: Program, commandPath: [String], environment: [String: String],
        declaredOptions: [String: Option], declaredArguments: Set<String>,
        optionValues: [String: Binding], argumentValues: [String: [String]]
    ) {
        self.program = program
        self.commandPath = commandPath
        self.environment = environment
        self.declaredOptions = declaredOptions
        self.declaredArguments = declaredArguments
        self.optionValues = optionValues
        self.argumentValues = argumentValues
    }

    /// The command being run.
    public var command: Command {
        program.command(at: commandPath) ?? program.root
    }

    /// Whether the option was given on the command line or through its environment variable
    /// (a declared default does not count).
    public func isSet(_ option: String) -> Bool {
        guard let source = binding(option)?.source else { return false }
        return source != .defaultValue
    }

    /// Where the option's value came from, or `nil` when it has none.
    public func source(_ option: String) -> ValueSource? {
        binding(option)?.source
    }

    /// The value of a string, choice, file or directory option (the last one if repeatable).
    public func string(_ option: String) -> String? {
        strings(option).last
    }

    /// Every value of a repeatable string option, in order; empty when unset.
    public func strings(_ option: String) -> [String] {
        (binding(option, .text)?.values ?? []).compactMap {
            if case .string(let text) = $0 { return text }
            return nil
        }
    }

    /// The value of an integer option.
    public func int(_ option: String) -> Int? {
        int64(option).map { Int(truncatingIfNeeded: $0) }
    }

    /// The value of an integer option, as a 64-bit integer.
    public func int64(_ option: String) -> Int64? {
        int64s(option).last
    }

    /// Every value of a repeatable integer option, in order.
    public func int64s(_ option: String) -> [Int64] {
        (binding(option, .integer)?.values ?? []).compactMap {
            if case .integer(let number) = $0 { return number }
            return nil
        }
    }

    /// The value of a duration option; ``Swift/Duration/unlimited`` for `-1` (any negative).
    public func duration(_ option: String) -> Duration? {
        (binding(option, .duration)?.values ?? []).compactMap {
            if case .duration(let duration) = $0 { return duration }
            return nil
        }.last
    }

    /// The value of a byte-size option in bytes; `-1` for unlimited (any negative).
    public func bytes(_ option: String) -> Int64? {
        (binding(option, .bytes)?.values ?? []).compactMap {
            if case .bytes(let count) = $0 { return count }
            return nil
        }.last
    }

    /// The value of a flag: `true` when given (`--x`), `false` when negated (`--no-x`) or turned
    /// off through its environment variable, its default when neither, `nil` without a default.
    public func flag(_ option: String) -> Bool? {
        (binding(option, .flag)?.values ?? []).compactMap {
            if case .flag(let isOn) = $0 { return isOn }
            return nil
        }.last
    }

    /// The value of a flag, `false` when unset.
    public func isOn(_ option: String) -> Bool {
        flag(option) ?? false
    }

    /// The value of a positional argument (the first word of a variadic one); `nil` when an
    /// optional argument was left out.
    public func argument(_ name: String) -> String? {
        arguments(name).first
    }

    /// Every word bound to a positional argument (variadic arguments take several).
    public func arguments(_ name: String) -> [String] {
        assert(declaredArguments.contains(name), "argument '\(name)' is not declared")
        return argumentValues[name] ?? []
    }

    /// The kinds of getter, checked against the declared type in debug builds.
    private enum Getter {
        case any, text, integer, duration, bytes, flag
    }

    private func binding(_ option: String, _ getter: Getter = .any) -> Binding? {
        assert(declaredOptions[option] != nil, "option '--\(option)' is not declared")
        assert(
            declaredOptions[option].map { Self.matches($0.kind, getter) } ?? true,
            "option '--\(option)' is not read with the getter of its type")
        return optionValues[option]
    }

    private static func matches(_ kind: Option.Kind, _ getter: Getter) -> Bool {
        switch (kind, getter) {
        case (_, .any), (.flag, .flag), (.value(.integer), .integer),
            (.value(.duration), .duration), (.value(.bytes), .bytes),
            (.value(.string), .text), (.value(.choice), .text), (.value(.file), .text),
            (.value(.directory), .text):
            return true
        default:
            return false
        }
    }
}
