/// A one-line progress bar on standard error, redrawn at most every 250 ms; silent when
/// disabled (standard error is not a terminal, or the work is small).
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let terminal: Terminal
    private let total: Int
    private let clock = ContinuousClock()
    private var lastDraw: ContinuousClock.Instant
    private let start: ContinuousClock.Instant

    init(enabled: Bool, terminal: Terminal, total: Int) {
        self.enabled = enabled
        self.terminal = terminal
        self.total = max(total, 1)
        start = clock.now
        lastDraw = start
    }

    /// Records that `done` units are complete.
    func update(_ done: Int) {
        guard enabled else { return }
        let now = clock.now
        guard now - lastDraw >= .milliseconds(250) || done == total else { return }
        lastDraw = now
        let width = 30
        let filled = width * done / total
        let bar =
            String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        terminal.err("\r\(bar) \(Humanize.count(done))/\(Humanize.count(total))")
    }

    /// Ends the bar's line.
    func finish() {
        guard enabled else { return }
        update(total)
        terminal.err("\n")
    }
}
