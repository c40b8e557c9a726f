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
        let task = Task { try await work() }
        let received = ReceivedSignal()
        let sources = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                received.number.withLock { $0 = number }
                task.cancel()
            }
            source.resume()
            return source
        }
        defer {
            for source in sources { source.cancel() }
        }
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
}
