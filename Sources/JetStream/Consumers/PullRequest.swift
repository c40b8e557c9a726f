/// A pull request to `CONSUMER.MSG.NEXT` (`consumer_getnext_request`).
public struct PullRequest: Encodable, Hashable, Sendable {
    /// The most messages to deliver (`batch`, at least 1).
    public var batch: Int
    /// How long the server keeps the request open (`expires`); `nil` with `noWait`.
    public var expires: Duration?
    /// Answer at once: messages, or `404 No Messages` (`no_wait`).
    public var noWait: Bool
    /// The most bytes to deliver (`max_bytes`).
    public var maxBytes: Int?
    /// Ask for `100 Idle Heartbeat` status messages while idle (`idle_heartbeat`); at most
    /// half of `expires`.
    public var idleHeartbeat: Duration?

    /// A pull request; by default one message, waiting up to 30 s.
    public init(
        batch: Int = 1, expires: Duration? = .seconds(30), noWait: Bool = false,
        maxBytes: Int? = nil, idleHeartbeat: Duration? = nil
    ) {
        self.batch = batch
        self.expires = expires
        self.noWait = noWait
        self.maxBytes = maxBytes
        self.idleHeartbeat = idleHeartbeat
    }

    enum CodingKeys: String, CodingKey {
        case batch, expires
        case noWait = "no_wait"
        case maxBytes = "max_bytes"
        case idleHeartbeat = "idle_heartbeat"
    }

    /// Encodes the request; durations as nanoseconds, unset members left out.
    /// - Throws: the encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(batch, forKey: .batch)
        try c.encodeDuration(expires, .expires)
        if noWait { try c.encode(true, forKey: .noWait) }
        try c.encodeIfPresent(maxBytes, forKey: .maxBytes)
        try c.encodeDuration(idleHeartbeat, .idleHeartbeat)
    }

    /// Checks the combinations the server would refuse.
    /// - Throws: ``JetStreamError/invalidRequest(_:)`` for a batch below 1, or a heartbeat
    ///   longer than half the expiry.
    public func validate() throws(JetStreamError) {
        guard batch >= 1 else { throw .invalidRequest("a pull batch must be at least 1") }
        if let idleHeartbeat {
            guard let expires, idleHeartbeat * 2 <= expires else {
                throw .invalidRequest("the idle heartbeat must be at most half the expiry")
            }
        }
    }
}

/// Why a pull request ended.
public enum PullEnd: Sendable, Hashable {
    /// The batch was filled.
    case batchComplete
    /// `no_wait` found nothing more (`404 No Messages`).
    case noMessages
    /// The request expired on the server (`408 Request Timeout`).
    case expired
    /// `max_bytes` was reached (`409 Batch Completed` / `Message Size Exceeds MaxBytes`).
    case maxBytesReached
    /// No answer came within the expiry plus a margin.
    case clientTimeout
    /// Another status ended the request after some messages were delivered.
    case status(code: Int, description: String)
}

/// The messages of one pull request and why it ended.
public struct PullResult: Sendable {
    /// The delivered messages, in order (status messages are never included).
    public var messages: [JetStreamMessage]
    /// Why the request ended.
    public var end: PullEnd
}
