import JetStream

/// Progress of a backup or restore on standard error: bytes, rate and elapsed time, redrawn at
/// most every 250 ms; silent unless standard error is a terminal and progress is wanted.
final class TransferBar: @unchecked Sendable {
    private let enabled: Bool
    private let terminal: Terminal
    private let label: String
    private let clock = ContinuousClock()
    private var lastDraw: ContinuousClock.Instant?

    init(enabled: Bool, terminal: Terminal, label: String) {
        self.enabled = enabled && terminal.stderrIsTerminal
        self.terminal = terminal
        self.label = label
    }

    /// A handler for the library's progress reports (nil when disabled).
    var handler: ProgressHandler? {
        guard enabled else { return nil }
        return { [self] progress in draw(progress) }
    }

    private func draw(_ progress: TransferProgress) {
        let now = clock.now
        if let lastDraw, now - lastDraw < .milliseconds(250) { return }
        lastDraw = now
        var text = "\r\(label) \(Humanize.bytes(progress.bytes))"
        if let total = progress.totalBytes, total > 0 {
            let width = 24
            let filled = min(width, Int(Double(progress.bytes) / Double(total) * Double(width)))
            text +=
                " [" + String(repeating: "█", count: filled)
                + String(repeating: "░", count: width - filled) + "]"
        }
        text += " \(TransferRates.rate(bytes: progress.bytes, over: progress.elapsed))"
        text += " \(Humanize.duration(progress.elapsed.roundedToSeconds))   "
        terminal.err(text)
    }

    /// Ends the bar's line.
    func finish() {
        if enabled && lastDraw != nil { terminal.err("\n") }
    }
}

/// Transfer rates for progress bars and final lines.
enum TransferRates {
    /// `12.5 MiB/s`.
    static func rate(bytes: UInt64, over elapsed: Duration) -> String {
        let seconds = elapsed.seconds
        guard seconds > 0 else { return "-" }
        return Humanize.bytes(Int64(Double(bytes) / seconds)) + "/s"
    }
}

extension Duration {
    /// The duration to whole milliseconds, for display.
    var roundedToSeconds: Duration {
        .milliseconds(components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000)
    }
}
