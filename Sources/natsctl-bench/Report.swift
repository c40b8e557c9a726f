/// The `RESULT ...` line every bench program prints.
struct Report {
    var options: BenchOptions
    var ok: Int
    var elapsed: Duration
    var latenciesNanos: [Int64]?
    var errors: Int
    var withMegabytes: Bool

    var line: String {
        let seconds =
            Double(elapsed.components.seconds)
            + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(ok) / seconds : .nan
        let megabytes = withMegabytes ? rate * Double(options.size) / 1e6 : .nan
        var p50 = Double.nan
        var p99 = Double.nan
        if var latencies = latenciesNanos, !latencies.isEmpty {
            latencies.sort()
            p50 = percentile(latencies, 0.50)
            p99 = percentile(latencies, 0.99)
        }
        return "RESULT client=\(options.client) mode=\(options.mode) size=\(options.size) "
            + "n=\(options.count) ok=\(ok) secs=\(fixed(seconds, 6)) msgs_s=\(fixed(rate, 1)) "
            + "mb_s=\(fixed(megabytes, 3)) p50_us=\(fixed(p50, 1)) p99_us=\(fixed(p99, 1)) "
            + "errors=\(errors)"
    }

    private func percentile(_ sorted: [Int64], _ quantile: Double) -> Double {
        let rank = Int((quantile * Double(sorted.count)).rounded(.up)) - 1
        return Double(sorted[min(max(rank, 0), sorted.count - 1)]) / 1000
    }
}

/// `value` with `digits` decimals, or `-` when it is not a number.
func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "-" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale)
    let fraction = Int(scaled - Double(whole) * scale)
    var text = (value < 0 ? "-" : "") + String(whole)
    if digits > 0 {
        let fractionText = String(fraction)
        text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }
    return text
}
