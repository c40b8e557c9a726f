import FoundationEssentials

/// A consumer's configuration, with the server's JSON names.
///
/// Every field is optional: `nil` means "not set", so the server applies its default. Note
/// that an omitted `ack_policy` means `none` to the server; pull consumers want `explicit`.
/// Durations are `Duration` here and integer nanoseconds on the wire; config files may write
/// them as text (`"30s"`). Members natsctl does not model are kept in `unknownFields` when they
/// come from a user's file, and dropped when they come from the server.
public struct ConsumerConfig: Codable, Hashable, Sendable {
    /// The durable name (`durable_name`); set for durable consumers.
    public var durableName: String?
    /// The consumer's name (`name`).
    public var name: String?
    /// A description (`description`).
    public var description: String?
    /// Where delivery starts (`deliver_policy`, default all).
    public var deliverPolicy: DeliverPolicy?
    /// The start sequence for `by_start_sequence` (`opt_start_seq`).
    public var startSequence: UInt64?
    /// The start time for `by_start_time` (`opt_start_time`).
    public var startTime: Date?
    /// How messages are acknowledged (`ack_policy`; omitted means none).
    public var ackPolicy: AckPolicy?
    /// How long the server waits for an acknowledgement (`ack_wait`, default 30 s).
    public var ackWait: Duration?
    /// Maximum deliveries of one message (`max_deliver`, -1 unlimited).
    public var maxDeliver: Int?
    /// Redelivery delays (`backoff`).
    public var backoff: [Duration]?
    /// One subject filter (`filter_subject`).
    public var filterSubject: String?
    /// Several subject filters (`filter_subjects`).
    public var filterSubjects: [String]?
    /// Replay speed (`replay_policy`, default instant).
    public var replayPolicy: ReplayPolicy?
    /// Push rate limit in bits per second (`rate_limit_bps`).
    public var rateLimit: UInt64?
    /// Sampling of acknowledgements for metrics, e.g. `"30%"` (`sample_freq`).
    public var sampleFrequency: String?
    /// Maximum waiting pull requests (`max_waiting`, pull only, default 512).
    public var maxWaiting: Int?
    /// Maximum unacknowledged messages (`max_ack_pending`, default 1000).
    public var maxAckPending: Int?
    /// Push flow control (`flow_control`).
    public var flowControl: Bool?
    /// Deliver only headers and `Nats-Msg-Size` (`headers_only`).
    public var headersOnly: Bool?
    /// Largest batch of one pull request (`max_batch`).
    public var maxBatch: Int?
    /// Longest expiry of one pull request (`max_expires`).
    public var maxExpires: Duration?
    /// Most bytes of one pull request (`max_bytes`).
    public var maxBytes: Int?
    /// Push delivery subject (`deliver_subject`); set means a push consumer.
    public var deliverSubject: String?
    /// Push queue group (`deliver_group`).
    public var deliverGroup: String?
    /// Push idle heartbeat (`idle_heartbeat`).
    public var idleHeartbeat: Duration?
    /// Delete after this long without activity (`inactive_threshold`).
    public var inactiveThreshold: Duration?
    /// Replicas, 0 = as the stream (`num_replicas`).
    public var replicas: Int?
    /// Keep state in memory (`mem_storage`).
    public var memoryStorage: Bool?
    /// User metadata (`metadata`); keys starting with `_nats.` belong to the server.
    public var metadata: [String: String]?
    /// Paused until this time (`pause_until`, 2.11+).
    public var pauseUntil: Date?
    /// Priority group names (`priority_groups`, 2.11+).
    public var priorityGroups: [String]?
    /// Priority policy (`priority_policy`, 2.11+).
    public var priorityPolicy: PriorityPolicy?
    /// Pinned client timeout (`priority_timeout`, 2.11+).
    public var priorityTimeout: Duration?
    /// Members natsctl does not model, from the user's file (sent as they are).
    public var unknownFields: [String: JSONValue] = [:]

    /// An empty configuration: every field takes the server's default.
    public init() {}

    /// A durable pull consumer with explicit acknowledgement, the common case.
    public static func durablePull(_ name: String) -> ConsumerConfig {
        var config = ConsumerConfig()
        config.durableName = name
        config.ackPolicy = .explicit
        return config
    }

    /// The filter subjects, whichever of the two fields holds them.
    public var filters: [String] {
        if let filterSubject, !filterSubject.isEmpty { return [filterSubject] }
        return filterSubjects ?? []
    }

    /// Whether this is a pull consumer (no deliver subject).
    public var isPull: Bool { (deliverSubject ?? "").isEmpty }

    /// The JSON member names, in the server's order.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case durableName = "durable_name"
        case name, description
        case deliverPolicy = "deliver_policy"
        case startSequence = "opt_start_seq"
        case startTime = "opt_start_time"
        case ackPolicy = "ack_policy"
        case ackWait = "ack_wait"
        case maxDeliver = "max_deliver"
        case backoff
        case filterSubject = "filter_subject"
        case filterSubjects = "filter_subjects"
        case replayPolicy = "replay_policy"
        case rateLimit = "rate_limit_bps"
        case sampleFrequency = "sample_freq"
        case maxWaiting = "max_waiting"
        case maxAckPending = "max_ack_pending"
        case flowControl = "flow_control"
        case headersOnly = "headers_only"
        case maxBatch = "max_batch"
        case maxExpires = "max_expires"
        case maxBytes = "max_bytes"
        case deliverSubject = "deliver_subject"
        case deliverGroup = "deliver_group"
        case idleHeartbeat = "idle_heartbeat"
        case inactiveThreshold = "inactive_threshold"
        case replicas = "num_replicas"
        case memoryStorage = "mem_storage"
        case metadata
        case pauseUntil = "pause_until"
        case priorityGroups = "priority_groups"
        case priorityPolicy = "priority_policy"
        case priorityTimeout = "priority_timeout"
        case direct, sourcing
    }

    /// Decodes a configuration from the server or from a user's file.
    /// - Throws: `DecodingError` when a member has the wrong type (the coding path names it).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        durableName = try c.optional(.durableName)
        name = try c.optional(.name)
        description = try c.optional(.description)
        deliverPolicy = try c.optional(.deliverPolicy)
        startSequence = try c.optional(.startSequence)
        startTime = try c.decodeTime(.startTime)
        ackPolicy = try c.optional(.ackPolicy)
        ackWait = try c.decodeDuration(.ackWait)
        maxDeliver = try c.optional(.maxDeliver)
        backoff = try c.decodeDurations(.backoff)
        filterSubject = try c.optional(.filterSubject)
        filterSubjects = try c.optional(.filterSubjects)
        replayPolicy = try c.optional(.replayPolicy)
        rateLimit = try c.optional(.rateLimit)
        sampleFrequency = try c.optional(.sampleFrequency)
        maxWaiting = try c.optional(.maxWaiting)
        maxAckPending = try c.optional(.maxAckPending)
        flowControl = try c.optional(.flowControl)
        headersOnly = try c.optional(.headersOnly)
        maxBatch = try c.optional(.maxBatch)
        maxExpires = try c.decodeDuration(.maxExpires)
        maxBytes = try c.optional(.maxBytes)
        deliverSubject = try c.optional(.deliverSubject)
        deliverGroup = try c.optional(.deliverGroup)
        idleHeartbeat = try c.decodeDuration(.idleHeartbeat)
        inactiveThreshold = try c.decodeDuration(.inactiveThreshold)
        replicas = try c.optional(.replicas)
        memoryStorage = try c.optional(.memoryStorage)
        metadata = try c.optional(.metadata)
        pauseUntil = try c.decodeTime(.pauseUntil)
        priorityGroups = try c.optional(.priorityGroups)
        priorityPolicy = try c.optional(.priorityPolicy)
        priorityTimeout = try c.decodeDuration(.priorityTimeout)
        unknownFields = try decoder.unknownMembers(besides: CodingKeys.self)
        // `direct` and `sourcing` are set by the server for mirrors and sources only.
        if !decoder.isServerResponse {
            for key in [CodingKeys.direct, .sourcing] {
                if let value = try c.optional(key, as: JSONValue.self) {
                    unknownFields[key.rawValue] = value
                }
            }
        }
    }

    /// Encodes the fields that are set (and the unknown members from the user's file).
    /// - Throws: the encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(durableName, forKey: .durableName)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(deliverPolicy, forKey: .deliverPolicy)
        try c.encodeIfPresent(startSequence, forKey: .startSequence)
        try c.encodeTime(startTime, .startTime)
        try c.encodeIfPresent(ackPolicy, forKey: .ackPolicy)
        try c.encodeDuration(ackWait, .ackWait)
        try c.encodeIfPresent(maxDeliver, forKey: .maxDeliver)
        try c.encodeDurations(backoff, .backoff)
        try c.encodeIfPresent(filterSubject, forKey: .filterSubject)
        try c.encodeIfPresent(filterSubjects, forKey: .filterSubjects)
        try c.encodeIfPresent(replayPolicy, forKey: .replayPolicy)
        try c.encodeIfPresent(rateLimit, forKey: .rateLimit)
        try c.encodeIfPresent(sampleFrequency, forKey: .sampleFrequency)
        try c.encodeIfPresent(maxWaiting, forKey: .maxWaiting)
        try c.encodeIfPresent(maxAckPending, forKey: .maxAckPending)
        try c.encodeIfPresent(flowControl, forKey: .flowControl)
        try c.encodeIfPresent(headersOnly, forKey: .headersOnly)
        try c.encodeIfPresent(maxBatch, forKey: .maxBatch)
        try c.encodeDuration(maxExpires, .maxExpires)
        try c.encodeIfPresent(maxBytes, forKey: .maxBytes)
        try c.encodeIfPresent(deliverSubject, forKey: .deliverSubject)
        try c.encodeIfPresent(deliverGroup, forKey: .deliverGroup)
        try c.encodeDuration(idleHeartbeat, .idleHeartbeat)
        try c.encodeDuration(inactiveThreshold, .inactiveThreshold)
        try c.encodeIfPresent(replicas, forKey: .replicas)
        try c.encodeIfPresent(memoryStorage, forKey: .memoryStorage)
        try c.encodeIfPresent(metadata, forKey: .metadata)
        try c.encodeTime(pauseUntil, .pauseUntil)
        try c.encodeIfPresent(priorityGroups, forKey: .priorityGroups)
        try c.encodeIfPresent(priorityPolicy, forKey: .priorityPolicy)
        try c.encodeDuration(priorityTimeout, .priorityTimeout)
        try encoder.encodeUnknownMembers(unknownFields)
    }
}
