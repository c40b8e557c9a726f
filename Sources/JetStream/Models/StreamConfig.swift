import FoundationEssentials

/// A stream's configuration, with the server's JSON names.
///
/// Every field but `name` is optional: `nil` means "not set", so the server applies its
/// default (see ``StreamConfigComparison`` for what those defaults are). Durations are
/// `Duration` here and integer nanoseconds on the wire; config files may also write them as
/// text (`"7d"`, `"1h30m"`). Members natsctl does not model are kept in `unknownFields` when
/// they come from a user's file, and dropped when they come from the server.
public struct StreamConfig: Codable, Hashable, Sendable {
    /// The stream's name (`name`).
    public var name: String
    /// A description (`description`, at most 4096 bytes).
    public var description: String?
    /// The subjects stored (`subjects`; the server defaults to `[name]`).
    public var subjects: [String]?
    /// The retention policy (`retention`, default limits).
    public var retention: RetentionPolicy?
    /// Maximum number of consumers (`max_consumers`, -1 unlimited).
    public var maxConsumers: Int?
    /// Maximum number of messages (`max_msgs`, -1 unlimited).
    public var maxMessages: Int64?
    /// Maximum total size in bytes (`max_bytes`, -1 unlimited).
    public var maxBytes: Int64?
    /// Maximum message age (`max_age`, zero unlimited).
    public var maxAge: Duration?
    /// Maximum messages per subject (`max_msgs_per_subject`, -1 unlimited).
    public var maxMessagesPerSubject: Int64?
    /// Maximum message size (`max_msg_size`, -1 unlimited).
    public var maxMessageSize: Int?
    /// What to discard when full (`discard`, default old).
    public var discard: DiscardPolicy?
    /// Storage type (`storage`, default file).
    public var storage: StorageType?
    /// Number of replicas (`num_replicas`, default 1).
    public var replicas: Int?
    /// Publishers get no acknowledgement (`no_ack`).
    public var noAck: Bool?
    /// Window for duplicate detection by message id (`duplicate_window`, default 2 min).
    public var duplicateWindow: Duration?
    /// Replica placement (`placement`).
    public var placement: Placement?
    /// The stream mirrored (`mirror`).
    public var mirror: StreamSource?
    /// Streams sourced (`sources`).
    public var sources: [StreamSource]?
    /// Storage compression (`compression`, default none).
    public var compression: StoreCompression?
    /// The first sequence of a new stream (`first_seq`).
    public var firstSequence: UInt64?
    /// A transform of incoming subjects (`subject_transform`).
    public var subjectTransform: SubjectTransform?
    /// Republishing of stored messages (`republish`).
    public var republish: RePublish?
    /// Direct get is allowed (`allow_direct`).
    public var allowDirect: Bool?
    /// Direct get of the mirrored stream is served (`mirror_direct`).
    public var mirrorDirect: Bool?
    /// `discard: new` applies per subject (`discard_new_per_subject`).
    public var discardNewPerSubject: Bool?
    /// The stream is sealed: no more writes or deletes (`sealed`, one-way).
    public var sealed: Bool?
    /// Message deletion is refused (`deny_delete`).
    public var denyDelete: Bool?
    /// Purging is refused (`deny_purge`).
    public var denyPurge: Bool?
    /// `Nats-Rollup` headers are honoured (`allow_rollup_hdrs`).
    public var allowRollup: Bool?
    /// Defaults for consumers (`consumer_limits`).
    public var consumerLimits: ConsumerLimits?
    /// Per-message TTLs are allowed (`allow_msg_ttl`, server 2.11+).
    public var allowMessageTTL: Bool?
    /// TTL of the markers left when messages expire (`subject_delete_marker_ttl`, 2.11+).
    public var subjectDeleteMarkerTTL: Duration?
    /// Counter messages are allowed (`allow_msg_counter`, 2.12+).
    public var allowMessageCounter: Bool?
    /// Atomic batch publishing is allowed (`allow_atomic`, 2.12+).
    public var allowAtomicPublish: Bool?
    /// Message schedules are allowed (`allow_msg_schedules`, 2.12+).
    public var allowMessageSchedules: Bool?
    /// Persistence mode (`persist_mode`, 2.12+).
    public var persistMode: PersistMode?
    /// Fast batch publishing is allowed (`allow_batched`, 2.14+).
    public var allowBatchedPublish: Bool?
    /// User metadata (`metadata`); keys starting with `_nats.` belong to the server.
    public var metadata: [String: String]?
    /// Members natsctl does not model, from the user's file (sent as they are).
    public var unknownFields: [String: JSONValue] = [:]

    /// A configuration with only a name: every other field takes the server's default.
    public init(name: String) { self.name = name }

    /// The JSON member names, in the server's order.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case name, description, subjects, retention
        case maxConsumers = "max_consumers"
        case maxMessages = "max_msgs"
        case maxBytes = "max_bytes"
        case maxAge = "max_age"
        case maxMessagesPerSubject = "max_msgs_per_subject"
        case maxMessageSize = "max_msg_size"
        case discard, storage
        case replicas = "num_replicas"
        case noAck = "no_ack"
        case duplicateWindow = "duplicate_window"
        case placement, mirror, sources, compression
        case firstSequence = "first_seq"
        case subjectTransform = "subject_transform"
        case republish
        case allowDirect = "allow_direct"
        case mirrorDirect = "mirror_direct"
        case discardNewPerSubject = "discard_new_per_subject"
        case sealed
        case denyDelete = "deny_delete"
        case denyPurge = "deny_purge"
        case allowRollup = "allow_rollup_hdrs"
        case consumerLimits = "consumer_limits"
        case allowMessageTTL = "allow_msg_ttl"
        case subjectDeleteMarkerTTL = "subject_delete_marker_ttl"
        case allowMessageCounter = "allow_msg_counter"
        case allowAtomicPublish = "allow_atomic"
        case allowMessageSchedules = "allow_msg_schedules"
        case persistMode = "persist_mode"
        case allowBatchedPublish = "allow_batched"
        case metadata
    }

    /// Decodes a configuration from the server or from a user's file.
    /// - Throws: `DecodingError` when `name` is missing or a member has the wrong type
    ///   (the error's coding path names the member).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        description = try c.optional(.description)
        subjects = try c.optional(.subjects)
        retention = try c.optional(.retention)
        maxConsumers = try c.optional(.maxConsumers)
        maxMessages = try c.optional(.maxMessages)
        maxBytes = try c.optional(.maxBytes)
        maxAge = try c.decodeDuration(.maxAge)
        maxMessagesPerSubject = try c.optional(.maxMessagesPerSubject)
        maxMessageSize = try c.optional(.maxMessageSize)
        discard = try c.optional(.discard)
        storage = try c.optional(.storage)
        replicas = try c.optional(.replicas)
        noAck = try c.optional(.noAck)
        duplicateWindow = try c.decodeDuration(.duplicateWindow)
        placement = try c.optional(.placement)
        mirror = try c.optional(.mirror)
        sources = try c.optional(.sources)
        compression = try c.optional(.compression)
        if compression?.rawValue == "" { compression = StoreCompression.none }
        firstSequence = try c.optional(.firstSequence)
        subjectTransform = try c.optional(.subjectTransform)
        republish = try c.optional(.republish)
        allowDirect = try c.optional(.allowDirect)
        mirrorDirect = try c.optional(.mirrorDirect)
        discardNewPerSubject = try c.optional(.discardNewPerSubject)
        sealed = try c.optional(.sealed)
        denyDelete = try c.optional(.denyDelete)
        denyPurge = try c.optional(.denyPurge)
        allowRollup = try c.optional(.allowRollup)
        consumerLimits = try c.optional(.consumerLimits)
        allowMessageTTL = try c.optional(.allowMessageTTL)
        subjectDeleteMarkerTTL = try c.decodeDuration(.subjectDeleteMarkerTTL)
        allowMessageCounter = try c.optional(.allowMessageCounter)
        allowAtomicPublish = try c.optional(.allowAtomicPublish)
        allowMessageSchedules = try c.optional(.allowMessageSchedules)
        persistMode = try c.optional(.persistMode)
        allowBatchedPublish = try c.optional(.allowBatchedPublish)
        metadata = try c.optional(.metadata)
        unknownFields = try decoder.unknownMembers(besides: CodingKeys.self)
    }

    /// Encodes the fields that are set (and the unknown members from the user's file).
    /// - Throws: the encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(subjects, forKey: .subjects)
        try c.encodeIfPresent(retention, forKey: .retention)
        try c.encodeIfPresent(maxConsumers, forKey: .maxConsumers)
        try c.encodeIfPresent(maxMessages, forKey: .maxMessages)
        try c.encodeIfPresent(maxBytes, forKey: .maxBytes)
        try c.encodeDuration(maxAge, .maxAge)
        try c.encodeIfPresent(maxMessagesPerSubject, forKey: .maxMessagesPerSubject)
        try c.encodeIfPresent(maxMessageSize, forKey: .maxMessageSize)
        try c.encodeIfPresent(discard, forKey: .discard)
        try c.encodeIfPresent(storage, forKey: .storage)
        try c.encodeIfPresent(replicas, forKey: .replicas)
        try c.encodeIfPresent(noAck, forKey: .noAck)
        try c.encodeDuration(duplicateWindow, .duplicateWindow)
        try c.encodeIfPresent(placement, forKey: .placement)
        try c.encodeIfPresent(mirror, forKey: .mirror)
        try c.encodeIfPresent(sources, forKey: .sources)
        try c.encodeIfPresent(compression, forKey: .compression)
        try c.encodeIfPresent(firstSequence, forKey: .firstSequence)
        try c.encodeIfPresent(subjectTransform, forKey: .subjectTransform)
        try c.encodeIfPresent(republish, forKey: .republish)
        try c.encodeIfPresent(allowDirect, forKey: .allowDirect)
        try c.encodeIfPresent(mirrorDirect, forKey: .mirrorDirect)
        try c.encodeIfPresent(discardNewPerSubject, forKey: .discardNewPerSubject)
        try c.encodeIfPresent(sealed, forKey: .sealed)
        try c.encodeIfPresent(denyDelete, forKey: .denyDelete)
        try c.encodeIfPresent(denyPurge, forKey: .denyPurge)
        try c.encodeIfPresent(allowRollup, forKey: .allowRollup)
        try c.encodeIfPresent(consumerLimits, forKey: .consumerLimits)
        try c.encodeIfPresent(allowMessageTTL, forKey: .allowMessageTTL)
        try c.encodeDuration(subjectDeleteMarkerTTL, .subjectDeleteMarkerTTL)
        try c.encodeIfPresent(allowMessageCounter, forKey: .allowMessageCounter)
        try c.encodeIfPresent(allowAtomicPublish, forKey: .allowAtomicPublish)
        try c.encodeIfPresent(allowMessageSchedules, forKey: .allowMessageSchedules)
        try c.encodeIfPresent(persistMode, forKey: .persistMode)
        try c.encodeIfPresent(allowBatchedPublish, forKey: .allowBatchedPublish)
        try c.encodeIfPresent(metadata, forKey: .metadata)
        try encoder.encodeUnknownMembers(unknownFields)
    }
}
