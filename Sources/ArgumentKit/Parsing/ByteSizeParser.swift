/// Parses byte sizes the way the `nats` CLI does: a plain number of bytes, or a number followed
/// by a unit `K`, `KB`, `KiB`, `M`, `MB`, `MiB`, `G`, `GB`, `GiB`, `T`, `TB`, `TiB` (any case,
/// **all base 1024**, as natscli treats `KB` like `KiB`); also `B`, `P`, `PB`, `PiB`. A negative
/// number (`-1`) means unlimited and gives `-1`.
public enum ByteSizeParser {
    /// An error in a byte size's text.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// Why the text is not a byte size.
        public var description: String
    }

    /// The units accepted, for error messages and help.
    public static let unitList = "K, KB, KiB, M, MB, MiB, G, GB, GiB, T, TB, TiB (all base 1024)"

    private static let shifts: [String: Int64] = [
        "B": 0, "K": 10, "KB": 10, "KIB": 10, "M": 20, "MB": 20, "MIB": 20,
        "G": 30, "GB": 30, "GIB": 30, "T": 40, "TB": 40, "TIB": 40, "P": 50, "PB": 50, "PIB": 50,
    ]

    /// Parses `text` into a number of bytes, `-1` for unlimited.
    /// - Throws: ``Failure`` when the text is empty, has no number, has an unknown unit, or
    ///   overflows a 64-bit integer.
    public static func parse(_ text: String) throws(Failure) -> Int64 {
        var rest = Substring(text.trimmingSpaces)
        let negative = rest.hasPrefix("-")
        if negative { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCIIDigit }
        let unit = rest.dropFirst(digits.count).trimmingLeadingSpaces
        guard !digits.isEmpty else {
            throw Failure(
                description: "invalid size '\(text)': expected a number of bytes, optionally "
                    + "followed by a unit \(unitList), or -1 for unlimited")
        }
        guard let shift = unit.isEmpty ? 0 : shifts[unit.uppercased()] else {
            throw Failure(
                description: "invalid size '\(text)': unknown unit '\(unit)' (use \(unitList))")
        }
        if negative { return -1 }
        guard let number = Int64(digits), number <= (Int64.max >> shift) else {
            throw Failure(description: "invalid size '\(text)': it is too large")
        }
        return number << shift
    }
}

extension Substring {
    fileprivate var trimmingLeadingSpaces: Substring { drop { $0 == " " } }
}
