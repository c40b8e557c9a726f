import FoundationEssentials
import NATSClient
import Synchronization

/// Publishes into streams without waiting for each acknowledgement: up to `window` messages
/// are in flight, and a publish waits only when the window is full. Acks come back on one
/// inbox subscription. The first failure (a refused message, no stream, a lost ack) is thrown
/// by the next ``publish(_:payload:options:)`` or by ``finish()``.
///
/// Use it from one task: publishes keep their order.
public final class AsyncPublisher: Sendable {
    /// What the acknowledgements said.
    public struct Summary: Sendable {
        /// Messages acknowledged.
        public var acknowledged = 0
        /// Of those, how many were duplicates (same `Nats-Msg-Id`).
        public var duplicates = 0
        /// The last acknowledgement received.
        public var lastAck: PubAck?
    }

    private let connection: Connection
    private let inboxPrefix: String
    private let window: Int
    private let timeout: Duration
    private let subscription: Subscription
    private let state = PublisherState()
    private let reader: Task<Void, Never>

    /// A publisher over the manager's connection.
    /// - Parameters:
    ///   - window: the most messages awaiting acknowledgement.
    ///   - timeout: how long to wait for progress (an ack) before failing; the manager's
    ///     timeout by default.
    /// - Throws: `NATSError` when the reply subscription cannot be made.
    public init(manager: JetStreamManager, window: Int = 256, timeout: Duration? = nil) throws {
        connection = manager.connection
        inboxPrefix = manager.connection.newInbox()
        self.window = max(1, window)
        self.timeout = timeout ?? manager.timeout
        subscription = try manager.connection.subscribe(inboxPrefix + ".*")
        let state = self.state
        let subscription = self.subscription
        reader = Task {
            do {
                for try await message in subscription { state.receive(message) }
            } catch {
                state.fail(error)
            }
        }
    }

    deinit {
        reader.cancel()
        try? subscription.unsubscribe()
    }

    /// Publishes a message, first waiting while the window is full.
    /// - Throws: the first failure seen so far (``APIError``,
    ///   ``JetStreamError/noStreamForSubject(_:)``, `NATSError.timeout` when acks stop coming),
    ///   or `NATSError` from this publish.
    public func publish(
        _ subject: String, payload: Data = Data(), options: PublishOptions = PublishOptions()
    ) async throws {
        let window = self.window
        try await state.waitUntil(timeout: timeout, subject: subject) { $0 < window }
        let token = state.reserve(subject: subject)
        do {
            try connection.publish(
                subject, payload: payload, reply: inboxPrefix + "." + token,
                headers: options.allHeaders)
        } catch {
            state.cancel(token)
            throw error
        }
    }

    /// Messages published but not yet acknowledged.
    public var outstanding: Int { state.outstanding }

    /// Waits for every outstanding acknowledgement and stops the publisher.
    /// - Throws: the first failure seen, or `NATSError.timeout` when acks stop coming.
    @discardableResult
    public func finish() async throws -> Summary {
        defer {
            reader.cancel()
            try? subscription.unsubscribe()
        }
        try await connection.flush(timeout: timeout)
        try await state.waitUntil(timeout: timeout, subject: inboxPrefix) { $0 == 0 }
        return state.summary
    }
}

/// The lock-protected bookkeeping of an ``AsyncPublisher``.
final class PublisherState: Sendable {
    private struct State {
        var nextToken: UInt64 = 0
        var pending: [String: String] = [:]
        var summary = AsyncPublisher.Summary()
        var failure: (any Error)?
        var nextWaiter = 0
        var waiters: [Int: CheckedContinuation<Bool, Never>] = [:]
    }

    private let state = Mutex(State())

    var outstanding: Int { state.withLock { $0.pending.count } }
    var summary: AsyncPublisher.Summary { state.withLock { $0.summary } }

    func reserve(subject: String) -> String {
        state.withLock { state in
            state.nextToken += 1
            let token = String(state.nextToken)
            state.pending[token] = subject
            return token
        }
    }

    func cancel(_ token: String) {
        _ = state.withLock { $0.pending.removeValue(forKey: token) }
    }

    func receive(_ message: Message) {
        let token = String(message.subject.split(separator: ".").last ?? "")
        var outcome: Result<PubAck, any Error>?
        let subject = state.withLock { $0.pending[token] }
        if let subject {
            if message.status == 503 {
                outcome = .failure(JetStreamError.noStreamForSubject(subject))
            } else {
                outcome = Result {
                    try JetStreamManager.decodeReply(
                        message.payload, from: subject, as: PubAck.self)
                }
            }
        }
        let waiters = state.withLock { state -> [CheckedContinuation<Bool, Never>] in
            guard state.pending.removeValue(forKey: token) != nil, let outcome else { return [] }
            switch outcome {
            case .success(let ack):
                state.summary.acknowledged += 1
                if ack.duplicate { state.summary.duplicates += 1 }
                state.summary.lastAck = ack
            case .failure(let error):
                if state.failure == nil { state.failure = error }
            }
            return takeWaiters(&state)
        }
        for waiter in waiters { waiter.resume(returning: true) }
    }

    func fail(_ error: any Error) {
        let waiters = state.withLock { state in
            if state.failure == nil { state.failure = error }
            return takeWaiters(&state)
        }
        for waiter in waiters { waiter.resume(returning: true) }
    }

    /// Waits until `condition(outstanding)` holds; each acknowledgement restarts the timeout.
    func waitUntil(
        timeout: Duration, subject: String, _ condition: @escaping @Sendable (Int) -> Bool
    ) async throws {
        while true {
            let id: Int? = try state.withLock { state in
                if let failure = state.failure { throw failure }
                if condition(state.pending.count) { return nil }
                state.nextWaiter += 1
                return state.nextWaiter
            }
            guard let id else { return }
            let progressed = await withCheckedContinuation { continuation in
                let registered = state.withLock { state in
                    if state.failure != nil || condition(state.pending.count) { return false }
                    state.waiters[id] = continuation
                    return true
                }
                guard registered else { return continuation.resume(returning: true) }
                Task { [self] in
                    try? await Task.sleep(for: timeout)
                    let waiter = state.withLock { $0.waiters.removeValue(forKey: id) }
                    waiter?.resume(returning: false)
                }
            }
            if !progressed {
                let done = try state.withLock { state in
                    if let failure = state.failure { throw failure }
                    return condition(state.pending.count)
                }
                if !done { throw NATSError.timeout(subject: subject, after: timeout) }
            }
        }
    }

    private func takeWaiters(_ state: inout State) -> [CheckedContinuation<Bool, Never>] {
        let waiters = Array(state.waiters.values)
        state.waiters.removeAll()
        return waiters
    }
}
