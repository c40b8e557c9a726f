import NATSClient
import Synchronization

/// Ends a subscription when no message has arrived for `timeout`, so that a loop over it stops.
final class IdleWatchdog: Sendable {
    private let lastActivity: Mutex<ContinuousClock.Instant>
    private let firedFlag = Atomic<Bool>(false)
    private let task: Mutex<Task<Void, Never>?> = Mutex(nil)

    init(timeout: Duration, subscription: Subscription) {
        lastActivity = Mutex(ContinuousClock.now)
        let tick = max(.milliseconds(10), min(timeout / 4, .seconds(1)))
        let started = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: tick)
                guard let self else { return }
                let idle = ContinuousClock.now - self.lastActivity.withLock { $0 }
                if idle >= timeout {
                    self.firedFlag.store(true, ordering: .sequentiallyConsistent)
                    try? subscription.unsubscribe()
                    return
                }
            }
        }
        task.withLock { $0 = started }
    }

    /// Whether the timeout expired and the subscription was ended.
    var fired: Bool { firedFlag.load(ordering: .sequentiallyConsistent) }

    /// Records activity now.
    func touch() { lastActivity.withLock { $0 = ContinuousClock.now } }

    /// Stops watching.
    func stop() { task.withLock { $0?.cancel() } }
}
