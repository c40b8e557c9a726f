import FoundationEssentials

/// The account's JetStream usage and limits (`$JS.API.INFO`, `account_info_response`).
///
/// `json` holds everything the server sent (tiers included); encoding writes exactly that.
public struct AccountInfo: Codable, Sendable {
    /// Memory used, in bytes (`memory`).
    public var memory: UInt64
    /// Storage used, in bytes (`storage`).
    public var storage: UInt64
    /// Memory reserved by streams with limits (`reserved_memory`).
    public var reservedMemory: UInt64
    /// Storage reserved by streams with limits (`reserved_storage`).
    public var reservedStorage: UInt64
    /// Number of streams (`streams`).
    public var streams: Int
    /// Number of consumers (`consumers`).
    public var consumers: Int
    /// The account's limits (`limits`).
    public var limits: AccountLimits
    /// The JetStream domain (`domain`).
    public var domain: String?
    /// API statistics (`api`).
    public var api: APIStats
    /// The whole document as the server sent it.
    public var json: JSONValue

    enum CodingKeys: String, CodingKey {
        case memory, storage, streams, consumers, limits, domain, api
        case reservedMemory = "reserved_memory"
        case reservedStorage = "reserved_storage"
    }

    /// Decodes the server's document and keeps it whole in `json`.
    /// - Throws: `DecodingError` for a member of the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        memory = try c.value(.memory, or: 0)
        storage = try c.value(.storage, or: 0)
        reservedMemory = try c.value(.reservedMemory, or: 0)
        reservedStorage = try c.value(.reservedStorage, or: 0)
        streams = try c.value(.streams, or: 0)
        consumers = try c.value(.consumers, or: 0)
        limits = try c.value(.limits, or: AccountLimits())
        domain = try c.optional(.domain)
        api = try c.value(.api, or: APIStats())
        json = try decoder.rawJSON()
    }

    /// Writes the server's document (`json`) unchanged.
    /// - Throws: the encoder's error.
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}

/// JetStream limits of an account (`limits`); -1 means unlimited.
public struct AccountLimits: Decodable, Hashable, Sendable {
    /// Maximum memory (`max_memory`).
    public var maxMemory: Int64 = -1
    /// Maximum storage (`max_storage`).
    public var maxStorage: Int64 = -1
    /// Maximum streams (`max_streams`).
    public var maxStreams: Int = -1
    /// Maximum consumers (`max_consumers`).
    public var maxConsumers: Int = -1
    /// Maximum pending acknowledgements per consumer (`max_ack_pending`).
    public var maxAckPending: Int = -1
    /// Largest memory stream (`memory_max_stream_bytes`).
    public var memoryMaxStreamBytes: Int64 = -1
    /// Largest file stream (`storage_max_stream_bytes`).
    public var storageMaxStreamBytes: Int64 = -1
    /// Streams must set `max_bytes` (`max_bytes_required`).
    public var maxBytesRequired: Bool = false

    /// Unlimited limits.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case maxMemory = "max_memory"
        case maxStorage = "max_storage"
        case maxStreams = "max_streams"
        case maxConsumers = "max_consumers"
        case maxAckPending = "max_ack_pending"
        case memoryMaxStreamBytes = "memory_max_stream_bytes"
        case storageMaxStreamBytes = "storage_max_stream_bytes"
        case maxBytesRequired = "max_bytes_required"
    }

    /// Decodes the limits; missing members read as unlimited.
    /// - Throws: `DecodingError` for a member of the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        maxMemory = try c.value(.maxMemory, or: -1)
        maxStorage = try c.value(.maxStorage, or: -1)
        maxStreams = try c.value(.maxStreams, or: -1)
        maxConsumers = try c.value(.maxConsumers, or: -1)
        maxAckPending = try c.value(.maxAckPending, or: -1)
        memoryMaxStreamBytes = try c.value(.memoryMaxStreamBytes, or: -1)
        storageMaxStreamBytes = try c.value(.storageMaxStreamBytes, or: -1)
        maxBytesRequired = try c.value(.maxBytesRequired, or: false)
    }
}

/// JetStream API statistics of an account (`api`).
public struct APIStats: Decodable, Hashable, Sendable {
    /// The server's API level (`level`, 0 before 2.11).
    public var level: Int = 0
    /// Requests served (`total`).
    public var total: UInt64 = 0
    /// Requests that failed (`errors`).
    public var errors: UInt64 = 0

    /// Zero statistics.
    public init() {}

    enum CodingKeys: String, CodingKey { case level, total, errors }

    /// Decodes the statistics; missing members read as zero.
    /// - Throws: `DecodingError` for a member of the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        level = try c.value(.level, or: 0)
        total = try c.value(.total, or: 0)
        errors = try c.value(.errors, or: 0)
    }
}
