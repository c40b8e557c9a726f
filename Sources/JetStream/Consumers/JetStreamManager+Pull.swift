import FoundationEssentials
import NATSClient
import Synchronization

extension JetStreamManager {
    /// Sends one pull request for a consumer and collects what it delivers.
    ///
    /// The request gets its own inbox subscription (deliveries carry the stream subject, so
    /// they cannot go through the request mux). Status messages are never returned as data:
    /// `100` heartbeats keep the request alive, `404`/`408` end it normally, a `409` ends it
    /// with the messages so far (or throws when there are none, except for max-bytes ends).
    /// - Throws: ``JetStreamError/invalidRequest(_:)`` for a bad request;
    ///   ``JetStreamError/pullTerminated(status:description:)`` for `409 Consumer Deleted`,
    ///   `Exceeded MaxWaiting`, a `400`, `503` (no such consumer, or JetStream off) or missed
    ///   heartbeats; `NATSError` from the connection.
    public func fetch(stream: String, consumer: String, _ pull: PullRequest = PullRequest())
        async throws -> PullResult
    {
        try Validation.validateStreamName(stream)
        try Validation.validateConsumerName(consumer)
        try pull.validate()
        let inbox = connection.newInbox()
        let subscription = try connection.subscribe(inbox)
        let payload = try Self.encoder.encode(pull)
        trace?(
            .request(
                subject: subjects.consumerNext(stream, consumer),
                json: String(decoding: payload, as: UTF8.self)))
        try connection.publish(
            subjects.consumerNext(stream, consumer), payload: payload, reply: inbox)

        let watchdog = PullWatchdog()
        let limit = pull.noWait ? timeout : (pull.expires ?? timeout) + .seconds(2)
        let timer = Task {
            await watchdog.run(limit: limit, heartbeat: pull.idleHeartbeat) {
                try? subscription.unsubscribe()
            }
        }
        defer {
            timer.cancel()
            try? subscription.unsubscribe()
        }

        var messages: [JetStreamMessage] = []
        for try await message in subscription {
            watchdog.touch()
            guard let status = message.status else {
                messages.append(JetStreamMessage(message: message, connection: connection))
                if messages.count >= pull.batch {
                    return PullResult(messages: messages, end: .batchComplete)
                }
                continue
            }
            let description = message.statusDescription ?? ""
            switch status {
            case 100:
                continue
            case 404:
                return PullResult(messages: messages, end: .noMessages)
            case 408:
                return PullResult(messages: messages, end: .expired)
            case 409
            where description.hasPrefix("Batch Completed")
                || description.hasPrefix("Message Size Exceeds MaxBytes"):
                return PullResult(messages: messages, end: .maxBytesReached)
            case 409 where !messages.isEmpty:
                return PullResult(
                    messages: messages, end: .status(code: 409, description: description))
            case 503:
                throw JetStreamError.pullTerminated(
                    status: 503,
                    description: "no responders: the consumer or stream does not exist, "
                        + "or JetStream is not enabled")
            default:
                throw JetStreamError.pullTerminated(status: status, description: description)
            }
        }
        if watchdog.missedHeartbeats {
            throw JetStreamError.pullTerminated(status: 0, description: "missed idle heartbeats")
        }
        return PullResult(messages: messages, end: .clientTimeout)
    }
}

/// Ends a pull request's subscription at its deadline, or earlier when heartbeats stop.
final class PullWatchdog: Sendable {
    private let state = Mutex<(lastActivity: ContinuousClock.Instant, missed: Bool)>(
        (ContinuousClock.now, false))

    func touch() { state.withLock { $0.lastActivity = .now } }

    var missedHeartbeats: Bool { state.withLock { $0.missed } }

    func run(limit: Duration, heartbeat: Duration?, expire: @Sendable () -> Void) async {
        let deadline = ContinuousClock.now + limit
        let step = heartbeat.map { min($0, limit) } ?? limit
        while ContinuousClock.now < deadline {
            do {
                try await Task.sleep(for: min(step, deadline - .now))
            } catch {
                return
            }
            if let heartbeat {
                let silent = state.withLock { ContinuousClock.now - $0.lastActivity }
                if silent > heartbeat * 3 {
                    state.withLock { $0.missed = true }
                    break
                }
            }
        }
        expire()
    }
}
