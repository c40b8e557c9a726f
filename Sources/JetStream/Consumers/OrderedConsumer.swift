import FoundationEssentials
import NATSClient
import Synchronization

/// Where an ordered consumer starts, and what it delivers.
public struct OrderedConsumerOptions: Sendable, Hashable {
    /// Where delivery starts (`all` by default).
    public var deliverPolicy: DeliverPolicy = .all
    /// The first stream sequence, for `by_start_sequence`.
    public var startSequence: UInt64?
    /// The first time, for `by_start_time`.
    public var startTime: Date?
    /// Only these subjects (none means all of the stream's).
    public var filterSubjects: [String] = []
    /// Deliver headers only (with `Nats-Msg-Size`).
    public var headersOnly = false
    /// Replay at the original pace instead of at once.
    public var replayOriginal = false
    /// The idle heartbeat asked of the server; three missed ones recreate the consumer.
    public var heartbeat: Duration = .seconds(5)
    /// How long to keep trying to recreate the consumer (e.g. while a server restarts).
    public var recoveryTimeout: Duration = .seconds(60)

    /// Options that deliver the whole stream.
    public init() {}
}

/// A tail of a stream that neither drops nor repeats messages: an ephemeral push consumer
/// without acks, flow-controlled, with heartbeats. When a consumer sequence is skipped, the
/// heartbeats stop (a server restart) or the subscription overflows, the consumer is recreated
/// to start right after the last stream sequence delivered.
///
/// Iterate it from one task. Iteration ends when the task is cancelled; it throws when the
/// connection closes or the consumer cannot be recreated within `recoveryTimeout`.
public final class OrderedConsumer: AsyncSequence, @unchecked Sendable {
    /// The element: a delivered message (its `metadata` gives stream sequence, time and
    /// pending count; it needs no acknowledgement).
    public typealias Element = JetStreamMessage

    /// The stream tailed.
    public let stream: String
    /// Messages waiting when the consumer was first created (0 means caught up at once).
    public private(set) var initialPending: UInt64 = 0
    /// How many times the consumer was recreated.
    public private(set) var resets = 0

    private let manager: JetStreamManager
    private let options: OrderedConsumerOptions
    private var subscription: Subscription?
    private var consumerName: String?
    private var lastStreamSequence: UInt64 = 0
    private var lastConsumerSequence: UInt64 = 0
    private var watchdog: HeartbeatWatchdog?

    init(manager: JetStreamManager, stream: String, options: OrderedConsumerOptions) {
        self.manager = manager
        self.stream = stream
        self.options = options
    }

    deinit {
        watchdog?.stop()
        try? subscription?.unsubscribe()
    }

    /// Creates the iterator (use one).
    public func makeAsyncIterator() -> Iterator { Iterator(consumer: self) }

    /// Delivers messages in stream order.
    public struct Iterator: AsyncIteratorProtocol {
        let consumer: OrderedConsumer

        /// The next message; `nil` when the task is cancelled.
        /// - Throws: `NATSError.connectionClosed` when the connection closes;
        ///   ``APIError`` or connection errors when the consumer cannot be recreated in time.
        public mutating func next() async throws -> JetStreamMessage? {
            try await consumer.nextMessage()
        }
    }

    /// Creates the first consumer.
    func start() async throws {
        let info = try await recreate(startingAfter: nil)
        initialPending = info.pending
    }

    /// Stops the tail and deletes its consumer (best effort).
    public func stop() async {
        watchdog?.stop()
        try? subscription?.unsubscribe()
        if let consumerName {
            try? await manager.deleteConsumer(stream: stream, name: consumerName)
        }
    }

    private func nextMessage() async throws -> JetStreamMessage? {
        while !Task.isCancelled {
            guard let subscription, let watchdog else { return nil }
            var iterator = subscription.makeAsyncIterator()
            let received: Message?
            do {
                received = try await iterator.next()
            } catch {
                try await reset()
                continue
            }
            guard let message = received else {
                if Task.isCancelled { return nil }
                if watchdog.fired {
                    try await reset()
                    continue
                }
                throw NATSError.connectionClosed(reason: nil)
            }
            watchdog.touch()
            if message.status == 100 {
                try handleControl(message)
                if watchdog.gapSignalled { try await reset() }
                continue
            }
            let delivered = JetStreamMessage(message: message, connection: manager.connection)
            guard let metadata = delivered.metadata else { continue }
            if metadata.consumerSequence != lastConsumerSequence + 1 {
                try await reset()
                continue
            }
            lastConsumerSequence = metadata.consumerSequence
            lastStreamSequence = metadata.streamSequence
            return delivered
        }
        return nil
    }

    /// Answers flow control, unsticks a stalled consumer, and checks heartbeats for gaps.
    private func handleControl(_ message: Message) throws {
        if let reply = message.reply, !reply.isEmpty {
            try manager.connection.publish(reply)
            return
        }
        if let stalled = message.headers?["Nats-Consumer-Stalled"], !stalled.isEmpty {
            try manager.connection.publish(stalled)
        }
        if let last = message.headers?["Nats-Last-Consumer"].flatMap(UInt64.init),
            last != lastConsumerSequence
        {
            watchdog?.signalGap()
        }
    }

    private func reset() async throws {
        resets += 1
        _ = try await recreate(startingAfter: lastStreamSequence)
    }

    /// Makes a new subscription and consumer; retries while the server is unreachable.
    private func recreate(startingAfter sequence: UInt64?) async throws -> ConsumerInfo {
        watchdog?.stop()
        try? subscription?.unsubscribe()
        if let old = consumerName {
            consumerName = nil
            let manager = manager
            let stream = stream
            Task { try? await manager.deleteConsumer(stream: stream, name: old) }
        }
        let deadline = ContinuousClock.now + options.recoveryTimeout
        var pause: Duration = .milliseconds(100)
        while true {
            do {
                return try await createConsumer(startingAfter: sequence)
            } catch {
                try? subscription?.unsubscribe()
                let retry = Self.isTransient(error) && !Task.isCancelled
                if !retry || ContinuousClock.now + pause > deadline { throw error }
                try await Task.sleep(for: pause)
                pause = Swift.min(pause * 2, .seconds(2))
            }
        }
    }

    /// Errors a restarting or briefly unreachable server gives.
    private static func isTransient(_ error: any Error) -> Bool {
        switch error {
        case let error as APIError: return error.code == 503 || error.code == 500
        case is NATSError: return true
        case let error as JetStreamError:
            if case .notEnabled = error { return true }
            return false
        default: return false
        }
    }

    private func createConsumer(startingAfter sequence: UInt64?) async throws -> ConsumerInfo {
        let inbox = manager.connection.newInbox()
        let subscription = try manager.connection.subscribe(inbox)
        var config = ConsumerConfig()
        config.name = JetStreamManager.ephemeralName()
        config.deliverSubject = inbox
        config.ackPolicy = AckPolicy.none
        config.maxDeliver = 1
        config.flowControl = true
        config.idleHeartbeat = options.heartbeat
        config.memoryStorage = true
        config.replicas = 1
        config.inactiveThreshold = .seconds(300)
        config.headersOnly = options.headersOnly ? true : nil
        config.replayPolicy = options.replayOriginal ? .original : nil
        if options.filterSubjects.count == 1 {
            config.filterSubject = options.filterSubjects[0]
        } else if !options.filterSubjects.isEmpty {
            config.filterSubjects = options.filterSubjects
        }
        if let sequence, sequence > 0 {
            config.deliverPolicy = .byStartSequence
            config.startSequence = sequence + 1
        } else {
            config.deliverPolicy = options.deliverPolicy
            config.startSequence = options.startSequence
            config.startTime = options.startTime
        }
        self.subscription = subscription
        let info = try await manager.createConsumer(stream: stream, config: config, action: .create)
        consumerName = info.name
        lastConsumerSequence = 0
        let watchdog = HeartbeatWatchdog(interval: options.heartbeat)
        self.watchdog = watchdog
        watchdog.start { try? subscription.unsubscribe() }
        return info
    }
}

/// Ends a push subscription when its heartbeats stop (three intervals of silence).
final class HeartbeatWatchdog: Sendable {
    private struct State {
        var lastActivity = ContinuousClock.now
        var fired = false
        var gap = false
        var task: Task<Void, Never>?
    }

    private let interval: Duration
    private let state = Mutex(State())

    init(interval: Duration) { self.interval = interval }

    var fired: Bool { state.withLock { $0.fired || $0.gap } }
    var gapSignalled: Bool { state.withLock { $0.gap } }

    func touch() { state.withLock { $0.lastActivity = .now } }

    func signalGap() { state.withLock { $0.gap = true } }

    func start(expire: @escaping @Sendable () -> Void) {
        let interval = interval
        let task = Task { [self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let silent = state.withLock { ContinuousClock.now - $0.lastActivity }
                if silent > interval * 3 {
                    state.withLock { $0.fired = true }
                    expire()
                    return
                }
            }
        }
        state.withLock { $0.task = task }
    }

    func stop() {
        let task = state.withLock { $0.task }
        task?.cancel()
    }
}

extension JetStreamManager {
    /// Starts an ordered consumer on `stream`.
    /// - Throws: ``JetStreamError/invalidName(kind:name:reason:)`` or an invalid filter before
    ///   any request; ``APIError`` (e.g. 10059 stream not found) or connection errors when the
    ///   first consumer cannot be created within `options.recoveryTimeout`.
    public func orderedConsumer(
        stream: String, options: OrderedConsumerOptions = OrderedConsumerOptions()
    ) async throws -> OrderedConsumer {
        try Validation.validateStreamName(stream)
        for filter in options.filterSubjects { try Validation.validateSubject(filter) }
        let consumer = OrderedConsumer(manager: self, stream: stream, options: options)
        try await consumer.start()
        return consumer
    }
}
