import Synchronization

/// The bounded buffer between the reader thread and one subscription's iterator.
final class SubscriptionQueue: Sendable {
    typealias Waiter = CheckedContinuation<Result<Message?, NATSError>, Never>

    private struct State: ~Copyable {
        var incoming: [Message] = []
        var outgoing: [Message] = []  // reversed: popLast() yields the oldest
        var dropped = 0
        var finished = false
        var waiter: Waiter?
        var count: Int { incoming.count + outgoing.count }
    }

    private let state = Mutex(State())
    private let capacity: Int
    private let subject: String

    init(subject: String, capacity: Int) {
        self.subject = subject
        self.capacity = max(capacity, 1)
    }

    /// Adds messages from the reader; those beyond the capacity are counted as dropped.
    func push(_ messages: some Collection<Message>) {
        guard !messages.isEmpty else { return }
        let wake: (Waiter, Result<Message?, NATSError>)? = state.withLock { state in
            if state.finished { return nil }
            var pending = messages[...]
            if let waiter = state.waiter, state.count == 0 {
                state.waiter = nil
                let first = pending.removeFirst()
                state.incoming.append(contentsOf: pending.prefix(capacity))
                state.dropped += max(0, pending.count - capacity)
                return (waiter, .success(first))
            }
            let room = max(0, capacity - state.count)
            state.incoming.append(contentsOf: pending.prefix(room))
            state.dropped += max(0, pending.count - room)
            if state.dropped > 0, let waiter = state.waiter {
                state.waiter = nil
                return (waiter, .failure(takeSlowConsumer(&state)))
            }
            return nil
        }
        if let (waiter, result) = wake { waiter.resume(returning: result) }
    }

    /// Ends the sequence after the buffered messages.
    func finish() {
        let waiter: Waiter? = state.withLock { state in
            state.finished = true
            defer { state.waiter = nil }
            return state.count == 0 ? state.waiter : nil
        }
        waiter?.resume(returning: .success(nil))
    }

    private func takeSlowConsumer(_ state: inout State) -> NATSError {
        defer { state.dropped = 0 }
        return .slowConsumer(subject: subject, dropped: state.dropped)
    }

    /// The next message without waiting: `nil` if none is buffered and more may come.
    private func poll(_ state: inout State) -> Result<Message?, NATSError>? {
        if state.dropped > 0 { return .failure(takeSlowConsumer(&state)) }
        if state.outgoing.isEmpty && !state.incoming.isEmpty {
            swap(&state.outgoing, &state.incoming)
            state.outgoing.reverse()
        }
        if let message = state.outgoing.popLast() { return .success(message) }
        if state.finished { return .success(nil) }
        return nil
    }

    /// The next message; waits when none is buffered. Cancellation ends the wait with `nil`.
    func next(isolation actor: isolated (any Actor)? = #isolation) async -> Result<
        Message?, NATSError
    > {
        if let ready = state.withLock({ poll(&$0) }) { return ready }
        return await withTaskCancellationHandler {
            await withCheckedContinuation(isolation: actor) { (waiter: Waiter) in
                let ready: Result<Message?, NATSError>? = state.withLock { state in
                    if let ready = poll(&state) { return ready }
                    if Task.isCancelled { return .success(nil) }
                    state.waiter = waiter
                    return nil
                }
                if let ready { waiter.resume(returning: ready) }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume(returning: .success(nil))
        }
    }

    /// The number of buffered messages.
    var pendingCount: Int { state.withLock { $0.count } }
}
