import FoundationEssentials
import JetStream
import NATSClient

/// `sub --durable NAME`: a durable consumer, created when missing as a pull consumer filtered
/// on the subject (acks explicit with `--ack`, none otherwise, so delivery alone moves it on).
/// A pull consumer is read with `no_wait` pulls of up to 100 messages, and a waiting pull of one
/// when none is there; an existing push consumer is read on its deliver subject. Both pick up
/// where the last reader stopped, and keep trying for a minute while the server is away.
final class DurableSource: MessageSource, @unchecked Sendable {
    let initialPending: UInt64
    private let manager: JetStreamManager
    private let stream: String
    private let name: String
    private let limit: Int?
    private let push: Subscription?
    // Touched only by the one task that reads (`next`), and by `stop` after it ended.
    private var buffer: [JetStreamMessage] = []
    private var delivered = 0

    private init(
        manager: JetStreamManager, stream: String, name: String, info: ConsumerInfo,
        limit: Int?, push: Subscription?
    ) {
        self.manager = manager
        self.stream = stream
        self.name = name
        self.limit = limit
        self.push = push
        initialPending = info.pending
    }

    /// Looks the consumer up, or creates it, and starts reading.
    /// - Throws: a ``CommandFailure`` when the stream is missing, the consumer filters on
    ///   another subject, or the server refuses the consumer.
    static func open(
        _ manager: JetStreamManager, stream: String, name: String,
        settings: JetStreamSubscribe.Settings, limit: Int?, terminal: Terminal
    ) async throws -> DurableSource {
        var created = false
        let info = try await jetStreamCall("read consumer \(name) of stream \(stream)") {
            do {
                return try await manager.consumerInfo(stream: stream, name: name)
            } catch let error as APIError where error.is(.consumerNotFound) {
                var config = ConsumerConfig()
                config.durableName = name
                config.ackPolicy = settings.ack ? .explicit : AckPolicy.none
                config.deliverPolicy = settings.deliverPolicy
                config.startSequence = settings.startSequence
                config.startTime = settings.startTime
                config.filterSubject = settings.subject
                let consumer = try await manager.createConsumer(
                    stream: stream, config: config, action: .create)
                terminal.errLine("Created durable consumer \(name) on stream \(stream)")
                created = true
                return consumer
            }
        }
        let filters = info.config.filters
        if !filters.isEmpty && filters != [settings.subject] {
            throw CommandFailure(
                "consumer \(name) of stream \(stream) filters on "
                    + filters.joined(separator: ", ") + ", not on \(settings.subject)")
        }
        let livePolicy = info.config.deliverPolicy ?? .all
        if !created && settings.deliverGiven && livePolicy != settings.deliverPolicy {
            terminal.errLine(
                "natsctl: warning: consumer \(name) exists and delivers from "
                    + "\(livePolicy.rawValue), so the requested start is ignored: it goes on "
                    + "where its last reader stopped (another --durable name starts afresh)")
        }
        if settings.terminateAtEnd && info.ackPending > 0 {
            terminal.errLine(
                "natsctl: warning: \(info.ackPending) messages of consumer \(name) await an "
                    + "acknowledgement and come back after its ack wait; -T does not wait for them")
        }
        let policy = info.config.ackPolicy ?? AckPolicy.none
        if policy != AckPolicy.none && !settings.ack {
            terminal.errLine(
                "natsctl: warning: consumer \(name) expects acknowledgements: without --ack "
                    + "its messages are delivered again after the ack wait")
        }
        var push: Subscription?
        if let deliverSubject = info.config.deliverSubject, !deliverSubject.isEmpty {
            push = try await withContext("subscribe to \(deliverSubject)") {
                let subscription = try manager.connection.subscribe(
                    deliverSubject, queue: info.config.deliverGroup)
                try await manager.connection.flush(timeout: manager.timeout)
                return subscription
            }
        }
        return DurableSource(
            manager: manager, stream: stream, name: name, info: info, limit: limit, push: push)
    }

    func next() async throws -> JetStreamMessage? {
        if let push { return try await nextPushed(push) }
        var lastProgress = ContinuousClock.now
        var waitForOne = false
        while buffer.isEmpty {
            if Task.isCancelled { return nil }
            // What is there now, up to 100 at once; when nothing is, wait for the next one
            // (a pull returns only when its batch is full or it expires).
            let wanted = max(1, min(100, limit.map { $0 - delivered } ?? 100))
            let pull =
                waitForOne
                ? PullRequest(batch: 1, expires: .seconds(5), idleHeartbeat: .seconds(1))
                : PullRequest(batch: wanted, expires: nil, noWait: true)
            do {
                let result = try await manager.fetch(stream: stream, consumer: name, pull)
                buffer = result.messages.reversed()
                waitForOne = buffer.isEmpty && !waitForOne
                lastProgress = .now
            } catch {
                guard Self.isTransient(error), ContinuousClock.now - lastProgress < .seconds(60)
                else { throw error }
                try await Task.sleep(for: .milliseconds(250))
            }
        }
        delivered += 1
        return buffer.popLast()
    }

    /// The next message of a push consumer; flow control is answered, heartbeats skipped.
    private func nextPushed(_ subscription: Subscription) async throws -> JetStreamMessage? {
        var iterator = subscription.makeAsyncIterator()
        while let message = try await iterator.next() {
            if message.status == 100 {
                if let reply = message.reply, !reply.isEmpty {
                    try manager.connection.publish(reply)
                } else if let stalled = message.headers?["Nats-Consumer-Stalled"],
                    !stalled.isEmpty
                {
                    try manager.connection.publish(stalled)
                }
                continue
            }
            delivered += 1
            return JetStreamMessage(message: message, connection: manager.connection)
        }
        return nil
    }

    func stop() async {
        try? push?.unsubscribe()
    }

    /// Failures a restarting server gives; the pull is tried again.
    private static func isTransient(_ error: any Error) -> Bool {
        switch error {
        case is NATSError: return true
        case let error as JetStreamError:
            if case .pullTerminated = error { return true }
            return false
        case let error as APIError: return error.code == 503 || error.code == 500
        default: return false
        }
    }
}
