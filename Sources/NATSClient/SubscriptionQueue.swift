import Synchronization

/// The bounded buffer between the reader thread and one subscription's iterators.
///
/// Two locks, so that the reader and a reading task rarely meet: the reader appends whole
/// batches to `incoming` under one lock; readers pop from `outgoing` under the other and take
/// all of `incoming` at once when `outgoing` runs dry.
final class SubscriptionQueue: @unchecked Sendable {
    private struct Incoming: ~Copyable {
        var messages = MessageFIFO()
        var dropped = 0
        var finished = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let incomingLock = ConditionLock()
    private let incoming = UnsafeMutablePointer<Incoming>.allocate(capacity: 1)
    private let outgoingLock = ConditionLock()
    private let outgoing = UnsafeMutablePointer<MessageFIFO>.allocate(capacity: 1)
    private let outgoingCount = Atomic<Int>(0)
    private let capacity: Int
    private let subject: String

    init(subject: String, capacity: Int) {
        self.subject = subject
        self.capacity = max(capacity, 1)
        incoming.initialize(to: Incoming())
        outgoing.initialize(to: MessageFIFO())
    }

    deinit {
        incoming.deinitialize(count: 1)
        incoming.deallocate()
        outgoing.deinitialize(count: 1)
        outgoing.deallocate()
    }

    /// Takes the messages of `batch` (leaving it empty); those beyond the capacity are counted
    /// as dropped.
    func push(_ batch: inout MessageFIFO) {
        guard !batch.isEmpty else { return }
        incomingLock.lock()
        let state = incoming
        if state.pointee.finished {
            incomingLock.unlock()
            batch.removeAll()
            return
        }
        let held = state.pointee.messages.count + outgoingCount.load(ordering: .relaxed)
        let room = max(0, capacity - held)
        if batch.count > room {
            state.pointee.dropped += batch.count - room
            batch.removeLast(batch.count - room)
        }
        state.pointee.messages.moveAll(from: &batch)
        let waiters = state.pointee.waiters
        if !waiters.isEmpty { state.pointee.waiters.removeAll() }
        incomingLock.unlock()
        for waiter in waiters { waiter.resume() }
    }

    /// Ends the sequence after the buffered messages.
    func finish() {
        incomingLock.lock()
        incoming.pointee.finished = true
        let waiters = incoming.pointee.waiters
        incoming.pointee.waiters.removeAll()
        incomingLock.unlock()
        for waiter in waiters { waiter.resume() }
    }

    /// The next message without waiting: `nil` if none is buffered and more may come.
    private func poll() -> Result<QueuedMessage?, NATSError>? {
        outgoingLock.lock()
        defer { outgoingLock.unlock() }
        if let message = outgoing.pointee.popFirst() {
            outgoingCount.subtract(1, ordering: .relaxed)
            return .success(message)
        }
        incomingLock.lock()
        defer { incomingLock.unlock() }
        let state = incoming
        if state.pointee.dropped > 0 {
            defer { state.pointee.dropped = 0 }
            return .failure(.slowConsumer(subject: subject, dropped: state.pointee.dropped))
        }
        if !state.pointee.messages.isEmpty {
            outgoing.pointee.swap(with: &state.pointee.messages)
            let message = outgoing.pointee.popFirst()
            outgoingCount.store(outgoing.pointee.count, ordering: .relaxed)
            return .success(message)
        }
        return state.pointee.finished ? .success(nil) : nil
    }

    /// The next message if one is buffered (or the end, or an overflow), without waiting.
    @inline(__always) func nextIfReady() -> Result<Message?, NATSError>? {
        switch poll() {
        case .success(let queued?): return .success(queued.message())
        case .success(nil): return .success(nil)
        case .failure(let error): return .failure(error)
        case nil: return nil
        }
    }

    /// The next message; waits when none is buffered. Cancellation ends the wait with `nil`.
    func next(isolation actor: isolated (any Actor)? = #isolation) async -> Result<
        Message?, NATSError
    > {
        while true {
            if let ready = nextIfReady() { return ready }
            await withTaskCancellationHandler {
                await withCheckedContinuation(isolation: actor) {
                    (waiter: CheckedContinuation<Void, Never>) in
                    incomingLock.lock()
                    let state = incoming
                    let wait =
                        state.pointee.messages.isEmpty && state.pointee.dropped == 0
                        && !state.pointee.finished && !Task.isCancelled
                    if wait { state.pointee.waiters.append(waiter) }
                    incomingLock.unlock()
                    if !wait { waiter.resume() }
                }
            } onCancel: {
                incomingLock.lock()
                let waiters = incoming.pointee.waiters
                incoming.pointee.waiters.removeAll()
                incomingLock.unlock()
                for waiter in waiters { waiter.resume() }
            }
            if Task.isCancelled { return .success(nil) }
        }
    }

    /// The number of messages received but not yet read.
    var pendingCount: Int {
        incomingLock.withLock { incoming.pointee.messages.count }
            + outgoingCount.load(ordering: .relaxed)
    }
}
