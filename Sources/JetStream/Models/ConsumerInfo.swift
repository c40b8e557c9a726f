import FoundationEssentials

/// A consumer's configuration and state (`consumer_info_response`, `consumer_create_response`,
/// and each item of a consumer list).
///
/// `json` holds everything the server sent; encoding writes exactly that.
public struct ConsumerInfo: Codable, Sendable {
    /// The stream (`stream_name`).
    public var streamName: String
    /// The consumer's name (`name`).
    public var name: String
    /// When it was created (`created`).
    public var created: Date?
    /// The configuration (`config`).
    public var config: ConsumerConfig
    /// The last delivered message (`delivered`).
    public var delivered: SequenceInfo
    /// The acknowledgement floor (`ack_floor`).
    public var ackFloor: SequenceInfo
    /// Delivered but not yet acknowledged (`num_ack_pending`).
    public var ackPending: Int
    /// Messages redelivered at least once (`num_redelivered`).
    public var redelivered: Int
    /// Waiting pull requests (`num_waiting`).
    public var waiting: Int
    /// Messages not yet delivered (`num_pending`).
    public var pending: UInt64
    /// Cluster details (`cluster`).
    public var cluster: ClusterInfo?
    /// A push consumer has a subscriber (`push_bound`).
    public var pushBound: Bool
    /// The consumer is paused (`paused`).
    public var paused: Bool
    /// Time left in the pause (`pause_remaining`).
    public var pauseRemaining: Duration?
    /// When the server gathered this information (`ts`).
    public var timestamp: Date?
    /// The whole document as the server sent it.
    public var json: JSONValue

    enum CodingKeys: String, CodingKey {
        case name, created, config, delivered, cluster, paused
        case streamName = "stream_name"
        case ackFloor = "ack_floor"
        case ackPending = "num_ack_pending"
        case redelivered = "num_redelivered"
        case waiting = "num_waiting"
        case pending = "num_pending"
        case pushBound = "push_bound"
        case pauseRemaining = "pause_remaining"
        case timestamp = "ts"
    }

    /// Decodes the server's document and keeps it whole in `json`.
    /// - Throws: `DecodingError` when `name`, `stream_name` or `config` is missing or a member
    ///   has the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        streamName = try c.decode(String.self, forKey: .streamName)
        name = try c.decode(String.self, forKey: .name)
        created = try c.decodeTime(.created)
        config = try c.decode(ConsumerConfig.self, forKey: .config)
        delivered = try c.value(.delivered, or: SequenceInfo())
        ackFloor = try c.value(.ackFloor, or: SequenceInfo())
        ackPending = try c.value(.ackPending, or: 0)
        redelivered = try c.value(.redelivered, or: 0)
        waiting = try c.value(.waiting, or: 0)
        pending = try c.value(.pending, or: 0)
        cluster = try c.optional(.cluster)
        pushBound = try c.value(.pushBound, or: false)
        paused = try c.value(.paused, or: false)
        pauseRemaining = try c.decodeDuration(.pauseRemaining)
        timestamp = try c.decodeTime(.timestamp)
        json = try decoder.rawJSON()
    }

    /// Writes the server's document (`json`) unchanged.
    /// - Throws: the encoder's error.
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}

/// A position of a consumer (`delivered`, `ack_floor`).
public struct SequenceInfo: Decodable, Hashable, Sendable {
    /// The consumer sequence (`consumer_seq`).
    public var consumerSequence: UInt64
    /// The stream sequence (`stream_seq`).
    public var streamSequence: UInt64
    /// When it last moved (`last_active`).
    public var lastActive: Date?

    /// A position (all zero by default).
    public init(consumerSequence: UInt64 = 0, streamSequence: UInt64 = 0, lastActive: Date? = nil) {
        self.consumerSequence = consumerSequence
        self.streamSequence = streamSequence
        self.lastActive = lastActive
    }

    enum CodingKeys: String, CodingKey {
        case consumerSequence = "consumer_seq"
        case streamSequence = "stream_seq"
        case lastActive = "last_active"
    }

    /// Decodes a position; missing numbers read as zero.
    /// - Throws: `DecodingError` for a member of the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        consumerSequence = try c.value(.consumerSequence, or: 0)
        streamSequence = try c.value(.streamSequence, or: 0)
        lastActive = try c.decodeTime(.lastActive)
    }
}
