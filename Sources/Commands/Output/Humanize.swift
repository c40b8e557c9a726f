import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Human renderings of numbers, sizes, durations and times, as the `nats` CLI shows them.
public enum Humanize {
    /// An integer with thousands separators: `1,234,567`.
    public static func count(_ value: some BinaryInteger) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }

    /// A byte count in IEC units: `512 B`, `1.5 KiB`, `10 MiB`.
    public static func bytes(_ value: some BinaryInteger) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var amount = Double(Int64(value))
        var unit = 0
        while abs(amount) >= 1024 && unit < units.count - 1 {
            amount /= 1024
            unit += 1
        }
        if unit == 0 { return "\(Int64(value)) B" }
        return formatted(amount, decimals: amount < 10 ? 1 : 0).trimmingZeroDecimal + " "
            + units[unit]
    }

    /// A limit: `unlimited` for -1 (or any value ≤ 0), else the rendering of `render`.
    public static func limit<T: BinaryInteger>(_ value: T, _ render: (T) -> String) -> String {
        value <= 0 ? "unlimited" : render(value)
    }

    /// A duration as the `nats` CLI shows it: `7d0h0m0s`, `2m0s`, `1.5s`, `250ms`.
    public static func duration(_ value: Duration) -> String {
        let (seconds, attoseconds) = value.components
        if seconds < 0 || (seconds == 0 && attoseconds < 0) { return "unlimited" }
        let nanos = attoseconds / 1_000_000_000
        if seconds == 0 {
            if nanos == 0 { return "0s" }
            if nanos < 1_000 { return "\(nanos)ns" }
            if nanos < 1_000_000 { return decimal(nanos, scale: 1_000) + "µs" }
            return decimal(nanos, scale: 1_000_000) + "ms"
        }
        let days = seconds / 86_400
        let hours = (seconds % 86_400) / 3_600
        let minutes = (seconds % 3_600) / 60
        let secs = seconds % 60
        var fraction = ""
        if nanos > 0 {
            var digits = String(nanos)
            digits = String(repeating: "0", count: 9 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            fraction = "." + digits
        }
        var text = ""
        if days > 0 { text += "\(days)d" }
        if days > 0 || hours > 0 { text += "\(hours)h" }
        if days > 0 || hours > 0 || minutes > 0 { text += "\(minutes)m" }
        return text + "\(secs)\(fraction)s"
    }

    /// A point in time (seconds since 1970) in local time: `2026-11-22 13:04:05`.
    public static func localTime(secondsSince1970 seconds: Int64) -> String {
        var time = time_t(seconds)
        var parts = tm()
        localtime_r(&time, &parts)
        func pad(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(pad(parts.tm_mon + 1))-\(pad(parts.tm_mday)) "
            + "\(pad(parts.tm_hour)):\(pad(parts.tm_min)):\(pad(parts.tm_sec))"
    }

    /// How long ago `date` was, coarsely (see ``ago(secondsSince1970:now:)``).
    public static func ago(_ date: Date) -> String {
        ago(secondsSince1970: Int64(date.timeIntervalSince1970))
    }

    /// How long ago a point in time was, coarsely: `3s`, `5m10s`, `2d3h`.
    public static func ago(secondsSince1970 seconds: Int64, now: Int64 = Int64(time(nil))) -> String
    {
        let delta = max(0, now - seconds)
        if delta >= 86_400 { return "\(delta / 86_400)d\((delta % 86_400) / 3_600)h" }
        if delta >= 3_600 { return "\(delta / 3_600)h\((delta % 3_600) / 60)m" }
        if delta >= 60 { return "\(delta / 60)m\(delta % 60)s" }
        return "\(delta)s"
    }

    /// `value / scale` with the fraction's trailing zeros removed: 917_400 / 1_000 → `917.4`.
    private static func decimal(_ value: Int64, scale: Int64) -> String {
        var fraction = String(value % scale)
        let width = String(scale).count - 1
        fraction = String(repeating: "0", count: width - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(value / scale)" + (fraction.isEmpty ? "" : "." + fraction)
    }

    private static func formatted(_ value: Double, decimals: Int) -> String {
        let scale = decimals == 0 ? 1.0 : 10.0
        let rounded = (value * scale).rounded() / scale
        if decimals == 0 { return String(Int64(rounded)) }
        let whole = Int64(rounded)
        let tenth = Int64(((abs(rounded) - Double(abs(whole))) * 10).rounded())
        return "\(whole).\(tenth)"
    }
}

extension String {
    fileprivate var trimmingZeroDecimal: String {
        hasSuffix(".0") ? String(dropLast(2)) : self
    }
}

extension String {
    /// The text with its first letter upper-cased: `explicit` → `Explicit`.
    var capitalizedWord: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

extension Duration {
    /// The duration in seconds, with the fraction.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
