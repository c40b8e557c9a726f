/// Parses durations the way the `nats` CLI accepts them: Go's duration syntax (`500ms`, `1.5h`,
/// `1h30m`, units `ns`, `us`, `µs`, `ms`, `s`, `m`, `h`) plus `d` (day), `w` (week), `M` (30
/// days) and `y` (365 days). `0` needs no unit; `-1` and any negative duration mean unlimited.
public enum DurationParser {
    /// An error in a duration's text.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// Why the text is not a duration.
        public var description: String
    }

    private static let nanosecondsPerUnit: [String: Int64] = [
        "ns": 1, "us": 1_000, "µs": 1_000, "μs": 1_000, "ms": 1_000_000,
        "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
        "d": 86_400_000_000_000, "w": 604_800_000_000_000, "M": 2_592_000_000_000_000,
        "y": 31_536_000_000_000_000,
    ]

    /// The units accepted, for error messages and help.
    public static let unitList = "ns, us, ms, s, m, h, d, w, M (30 days), y (365 days)"

    /// Parses `text` into a duration; negative durations give ``Swift/Duration/unlimited``.
    /// - Throws: ``Failure`` when the text is empty, lacks a unit, uses an unknown unit, or
    ///   overflows 64-bit nanoseconds.
    public static func parse(_ text: String) throws(Failure) -> Duration {
        let nanoseconds = try parseNanoseconds(text)
        return nanoseconds < 0 ? .unlimited : .nanoseconds(nanoseconds)
    }

    /// Parses `text` into signed nanoseconds, keeping the sign.
    /// - Throws: ``Failure`` as ``parse(_:)`` does.
    public static func parseNanoseconds(_ text: String) throws(Failure) -> Int64 {
        var rest = Substring(text.trimmingSpaces)
        let negative = rest.hasPrefix("-")
        if negative || rest.hasPrefix("+") { rest = rest.dropFirst() }
        guard !rest.isEmpty else { throw invalid(text, "it is empty") }
        if rest.allSatisfy({ $0 == "0" }) { return 0 }
        if negative, rest == "1" { return -1 }
        var total: Int64 = 0
        while !rest.isEmpty {
            let whole = rest.prefix { $0.isASCIIDigit }
            rest = rest.dropFirst(whole.count)
            var fraction = Substring("")
            if rest.hasPrefix(".") {
                rest = rest.dropFirst()
                fraction = rest.prefix { $0.isASCIIDigit }
                rest = rest.dropFirst(fraction.count)
            }
            guard !whole.isEmpty || !fraction.isEmpty else {
                throw invalid(text, "expected a number before '\(rest)'")
            }
            let unit = rest.prefix { !$0.isASCIIDigit && $0 != "." }
            rest = rest.dropFirst(unit.count)
            guard !unit.isEmpty else {
                throw invalid(text, "a unit is missing (use one of \(unitList))")
            }
            guard let scale = nanosecondsPerUnit[String(unit)] else {
                throw invalid(text, "unknown unit '\(unit)' (use one of \(unitList))")
            }
            total = try add(total, term(whole, fraction, scale, text))
        }
        return negative ? -total : total
    }

    private static func term(
        _ whole: Substring, _ fraction: Substring, _ scale: Int64, _ text: String
    ) throws(Failure) -> Int64 {
        guard let wholeValue = whole.isEmpty ? 0 : Int64(whole) else { throw tooLarge(text) }
        let (scaled, overflow) = wholeValue.multipliedReportingOverflow(by: scale)
        guard !overflow else { throw tooLarge(text) }
        guard !fraction.isEmpty else { return scaled }
        let digits = fraction.prefix(18)
        var numerator: Int64 = 0
        var denominator: Int64 = 1
        for digit in digits {
            numerator = numerator * 10 + Int64(digit.wholeNumberValue ?? 0)
            denominator *= 10
        }
        // scale × numerator may exceed 64 bits; the quotient never does (it is below scale).
        let product = scale.multipliedFullWidth(by: numerator)
        let (part, _) = denominator.dividingFullWidth(product)
        return try add(scaled, part, text)
    }

    private static func add(_ left: Int64, _ right: Int64, _ text: String = "") throws(Failure)
        -> Int64
    {
        let (sum, overflow) = left.addingReportingOverflow(right)
        guard !overflow else { throw tooLarge(text) }
        return sum
    }

    private static func invalid(_ text: String, _ why: String) -> Failure {
        Failure(description: "invalid duration '\(text)': \(why)")
    }

    private static func tooLarge(_ text: String) -> Failure {
        Failure(description: "invalid duration '\(text)': it is too large")
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    var trimmingSpaces: Substring {
        var text = self[...]
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
