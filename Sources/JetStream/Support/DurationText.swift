/// Durations as people write them in config files and flags: Go's syntax (`500ms`, `1.5h`,
/// `1h30m`; units `ns`, `us`, `µs`, `ms`, `s`, `m`, `h`) plus `d` (day), `w` (week),
/// `M` (30 days) and `y` (365 days). A bare `0` needs no unit. Negative values are allowed
/// (`-1s`; `-1` alone means "unlimited" in the `nats` CLI and is returned as -1 ns).
public enum DurationText {
    /// Why a text is not a duration.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The text that was given.
        public var text: String
        /// Why it is not a duration.
        public var reason: String
        /// `invalid duration "<text>": <reason>`.
        public var description: String { "invalid duration \"\(text)\": \(reason)" }
    }

    /// The units accepted, for error messages and help.
    public static let unitList = "ns, us, ms, s, m, h, d, w, M (30 days), y (365 days)"

    private static let nanosecondsPerUnit: [Substring: Int64] = [
        "ns": 1, "us": 1_000, "µs": 1_000, "μs": 1_000, "ms": 1_000_000,
        "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
        "d": 86_400_000_000_000, "w": 604_800_000_000_000, "M": 2_592_000_000_000_000,
        "y": 31_536_000_000_000_000,
    ]

    /// Parses `text` into a duration.
    /// - Throws: ``ParseError`` when the text is empty, a number has no unit, a unit is
    ///   unknown, or the total overflows 64-bit nanoseconds.
    public static func parse(_ text: String) throws(ParseError) -> Duration {
        .nanoseconds(try parseNanoseconds(text))
    }

    /// Parses `text` into signed nanoseconds.
    /// - Throws: ``ParseError`` as ``parse(_:)`` does.
    public static func parseNanoseconds(_ text: String) throws(ParseError) -> Int64 {
        var rest = Substring(text)
        while rest.first == " " { rest.removeFirst() }
        while rest.last == " " { rest.removeLast() }
        let negative = rest.hasPrefix("-")
        if negative || rest.hasPrefix("+") { rest.removeFirst() }
        guard !rest.isEmpty else { throw ParseError(text: text, reason: "it is empty") }
        if rest.allSatisfy({ $0 == "0" }) { return 0 }
        if negative && rest == "1" { return -1 }
        var total: Int64 = 0
        while !rest.isEmpty {
            let whole = rest.prefix(while: \.isASCIIDigitCharacter)
            rest = rest.dropFirst(whole.count)
            var fraction = Substring()
            if rest.first == "." {
                rest = rest.dropFirst()
                fraction = rest.prefix(while: \.isASCIIDigitCharacter)
                rest = rest.dropFirst(fraction.count)
            }
            guard !whole.isEmpty || !fraction.isEmpty else {
                throw ParseError(text: text, reason: "expected a number before \"\(rest)\"")
            }
            let unit = rest.prefix { !$0.isASCIIDigitCharacter && $0 != "." }
            rest = rest.dropFirst(unit.count)
            guard !unit.isEmpty else {
                throw ParseError(text: text, reason: "a unit is missing (use one of \(unitList))")
            }
            guard let scale = nanosecondsPerUnit[unit] else {
                throw ParseError(
                    text: text, reason: "unknown unit \"\(unit)\" (use one of \(unitList))")
            }
            let part = try term(whole: whole, fraction: fraction, scale: scale, text: text)
            let (sum, overflow) = total.addingReportingOverflow(part)
            guard !overflow else { throw ParseError(text: text, reason: "it is too large") }
            total = sum
        }
        return negative ? -total : total
    }

    private static func term(
        whole: Substring, fraction: Substring, scale: Int64, text: String
    ) throws(ParseError) -> Int64 {
        let tooLarge = ParseError(text: text, reason: "it is too large")
        guard let wholeValue = whole.isEmpty ? 0 : Int64(whole) else { throw tooLarge }
        let (scaled, overflow) = wholeValue.multipliedReportingOverflow(by: scale)
        guard !overflow else { throw tooLarge }
        var numerator: Int64 = 0
        var denominator: Int64 = 1
        for digit in fraction.prefix(18) {
            numerator = numerator * 10 + Int64(digit.asciiValue! - 48)
            denominator *= 10
        }
        // scale × numerator may need more than 64 bits; the quotient never does.
        let (part, _) = denominator.dividingFullWidth(scale.multipliedFullWidth(by: numerator))
        let (sum, sumOverflow) = scaled.addingReportingOverflow(part)
        guard !sumOverflow else { throw tooLarge }
        return sum
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension Duration {
    /// The duration in whole nanoseconds (the server's unit), saturating at `Int64` bounds.
    public var nanosecondCount: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        let (sum, sumOverflow) = scaled.addingReportingOverflow(attoseconds / 1_000_000_000)
        if sumOverflow { return seconds < 0 ? .min : .max }
        return sum
    }
}

extension DurationText {
    /// Formats a duration compactly in the units people write: `7d`, `1h30m`, `1.5s`,
    /// `250ms`, `0s`. Parsing the result gives the same duration back.
    public static func format(_ duration: Duration) -> String {
        var nanoseconds = duration.nanosecondCount
        if nanoseconds == 0 { return "0s" }
        var text = nanoseconds < 0 ? "-" : ""
        nanoseconds = nanoseconds.magnitude > Int64.max.magnitude ? .max : abs(nanoseconds)
        let units: [(String, Int64)] = [
            ("d", 86_400_000_000_000), ("h", 3_600_000_000_000), ("m", 60_000_000_000),
        ]
        for (unit, size) in units where nanoseconds >= size {
            text += "\(nanoseconds / size)\(unit)"
            nanoseconds %= size
        }
        guard nanoseconds > 0 else { return text }
        let (unit, size): (String, Int64) =
            nanoseconds >= 1_000_000_000 || text.count > 1
            ? ("s", 1_000_000_000)
            : nanoseconds >= 1_000_000
                ? ("ms", 1_000_000) : nanoseconds >= 1_000 ? ("us", 1_000) : ("ns", 1)
        let whole = nanoseconds / size
        var fraction = String(nanoseconds % size)
        if nanoseconds % size != 0 {
            let width = String(size).count - 1
            fraction = String(repeating: "0", count: width - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            return text + "\(whole).\(fraction)\(unit)"
        }
        return text + "\(whole)\(unit)"
    }
}
