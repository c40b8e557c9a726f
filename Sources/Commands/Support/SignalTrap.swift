import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs long-lived work (sub, reply) so that SIGINT and SIGTERM end it cleanly: the work's task
/// is cancelled and the caller gets to clean up and print its summary.
enum SignalTrap {
    /// Runs `work`, cancelling it on SIGINT or SIGTERM.
    /// - Returns: the signal that ended the work, or `nil` when it ended by itself.
    /// - Throws: what `work` throws (unless it was ended by a signal).
    static func run(_ work: @escaping @Sendable () async throws -> Void) async throws -> Int32? {
        // The handlers are in place before the work starts: a signal sent as soon as the work
        // shows output (a test does that) must not find the signal ignored and unwatched.
        let received = ReceivedSignal()
        let sources = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                received.number.withLock { $0 = number }
                received.task.withLock { $0 }?.cancel()
            }
            source.resume()
            return source
        }
        defer {
            for source in sources { source.cancel() }
        }
        let task = Task { try await work() }
        received.task.withLock { $0 = task }
        if received.number.withLock({ $0 }) != 0 { task.cancel() }
        do {
            try await task.value
        } catch {
            if received.number.withLock({ $0 }) == 0 { throw error }
        }
        let number = received.number.withLock { $0 }
        return number == 0 ? nil : number
    }
}

/// The signal that arrived, shared with the signal handlers.
private final class ReceivedSignal: Sendable {
    let number = Mutex<Int32>(0)
    let task = Mutex<Task<Void, any Error>?>(nil)
}
