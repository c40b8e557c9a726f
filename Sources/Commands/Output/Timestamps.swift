#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Time stamps in the formats the commands print, without loading Foundation.
enum Timestamps {
    /// The current time: seconds and nanoseconds since 1970.
    static func now() -> (seconds: Int64, nanoseconds: Int64) {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return (Int64(spec.tv_sec), Int64(spec.tv_nsec))
    }

    /// RFC 3339 with an optional fraction: `2026-11-22T13:04:05Z`, or in local time with its
    /// offset (`2026-11-22T14:04:05+01:00`).
    static func rfc3339(seconds: Int64, nanoseconds: Int64? = nil, local: Bool = false) -> String {
        var time = time_t(seconds)
        var parts = tm()
        if local { localtime_r(&time, &parts) } else { gmtime_r(&time, &parts) }
        var text =
            "\(parts.tm_year + 1900)-\(pad(parts.tm_mon + 1))-\(pad(parts.tm_mday))T"
            + "\(pad(parts.tm_hour)):\(pad(parts.tm_min)):\(pad(parts.tm_sec))"
        if let nanoseconds {
            let digits = String(nanoseconds)
            text += "." + String(repeating: "0", count: 9 - digits.count) + digits
        }
        let offset = local ? Int(parts.tm_gmtoff) : 0
        if offset == 0 { return text + "Z" }
        let sign = offset < 0 ? "-" : "+"
        return text + sign + pad(Int32(abs(offset) / 3600)) + ":"
            + pad(Int32(abs(offset) % 3600 / 60))
    }

    /// The time of day as Go's Kitchen layout: `3:04PM`.
    static func kitchen(seconds: Int64) -> String {
        var time = time_t(seconds)
        var parts = tm()
        localtime_r(&time, &parts)
        let hour = parts.tm_hour % 12 == 0 ? 12 : parts.tm_hour % 12
        return "\(hour):\(pad(parts.tm_min))\(parts.tm_hour < 12 ? "AM" : "PM")"
    }

    /// A time of day with microseconds, for `sub --timestamp`: `13:04:05.123456`.
    static func clock(seconds: Int64, nanoseconds: Int64) -> String {
        var time = time_t(seconds)
        var parts = tm()
        localtime_r(&time, &parts)
        let micros = String(nanoseconds / 1_000)
        return "\(pad(parts.tm_hour)):\(pad(parts.tm_min)):\(pad(parts.tm_sec))."
            + String(repeating: "0", count: 6 - micros.count) + micros
    }

    private static func pad(_ value: Int32) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
