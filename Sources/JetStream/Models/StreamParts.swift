import FoundationEssentials

/// Where a stream's replicas are placed (`placement`).
public struct Placement: Codable, Hashable, Sendable {
    /// The cluster to place the stream in.
    public var cluster: String?
    /// Server tags the placement must match.
    public var tags: [String]?
    /// The server preferred as leader (server 2.11+).
    public var preferred: String?

    /// A placement.
    public init(cluster: String? = nil, tags: [String]? = nil, preferred: String? = nil) {
        self.cluster = cluster
        self.tags = tags
        self.preferred = preferred
    }
}

/// A subject rewrite (`subject_transform`, `subject_transforms[]`).
public struct SubjectTransform: Codable, Hashable, Sendable {
    /// The subjects matched (`src`).
    public var source: String
    /// What they become (`dest`).
    public var destination: String

    /// A transform from `source` to `destination`.
    public init(source: String, destination: String) {
        self.source = source
        self.destination = destination
    }

    enum CodingKeys: String, CodingKey {
        case source = "src"
        case destination = "dest"
    }

    /// Decodes `{src, dest}`; a missing `src` reads as empty.
    /// - Throws: `DecodingError` when `dest` is missing or a type is wrong.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.value(.source, or: "")
        destination = try container.decode(String.self, forKey: .destination)
    }
}

/// Republishing of stored messages (`republish`).
public struct RePublish: Codable, Hashable, Sendable {
    /// The subjects republished (`src`).
    public var source: String?
    /// Where they are republished (`dest`).
    public var destination: String
    /// Republish headers only (`headers_only`).
    public var headersOnly: Bool?

    /// A republish rule.
    public init(source: String? = nil, destination: String, headersOnly: Bool? = nil) {
        self.source = source
        self.destination = destination
        self.headersOnly = headersOnly
    }

    enum CodingKeys: String, CodingKey {
        case source = "src"
        case destination = "dest"
        case headersOnly = "headers_only"
    }
}

/// Defaults a stream imposes on its consumers (`consumer_limits`).
public struct ConsumerLimits: Codable, Hashable, Sendable {
    /// Default inactivity threshold (`inactive_threshold`).
    public var inactiveThreshold: Duration?
    /// Default maximum of pending acknowledgements (`max_ack_pending`).
    public var maxAckPending: Int?

    /// Consumer limits.
    public init(inactiveThreshold: Duration? = nil, maxAckPending: Int? = nil) {
        self.inactiveThreshold = inactiveThreshold
        self.maxAckPending = maxAckPending
    }

    enum CodingKeys: String, CodingKey {
        case inactiveThreshold = "inactive_threshold"
        case maxAckPending = "max_ack_pending"
    }

    /// Decodes the limits; durations may be nanoseconds or text.
    /// - Throws: `DecodingError` for a value of the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        inactiveThreshold = try container.decodeDuration(.inactiveThreshold)
        maxAckPending = try container.optional(.maxAckPending)
    }

    /// Encodes the limits that are set.
    /// - Throws: the encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeDuration(inactiveThreshold, .inactiveThreshold)
        try container.encodeIfPresent(maxAckPending, forKey: .maxAckPending)
    }
}

/// A stream in another account or domain (`external` of a source or mirror).
public struct ExternalStream: Codable, Hashable, Sendable {
    /// The API prefix to reach it (`api`).
    public var apiPrefix: String
    /// The delivery prefix (`deliver`).
    public var deliverPrefix: String?

    /// An external stream reference.
    public init(apiPrefix: String, deliverPrefix: String? = nil) {
        self.apiPrefix = apiPrefix
        self.deliverPrefix = deliverPrefix
    }

    enum CodingKeys: String, CodingKey {
        case apiPrefix = "api"
        case deliverPrefix = "deliver"
    }
}

/// A mirror or source of a stream (`mirror`, `sources[]`).
public struct StreamSource: Codable, Hashable, Sendable {
    /// The origin stream's name.
    public var name: String
    /// Start at this sequence (`opt_start_seq`).
    public var startSequence: UInt64?
    /// Start at this time (`opt_start_time`).
    public var startTime: Date?
    /// Only these subjects (`filter_subject`).
    public var filterSubject: String?
    /// Subject transforms applied while sourcing (`subject_transforms`).
    public var subjectTransforms: [SubjectTransform]?
    /// The origin in another account or domain (`external`).
    public var external: ExternalStream?
    /// Members natsctl does not model, from the user's file (sent as they are).
    public var unknownFields: [String: JSONValue] = [:]

    /// A source of the stream `name`.
    public init(
        name: String, startSequence: UInt64? = nil, startTime: Date? = nil,
        filterSubject: String? = nil, subjectTransforms: [SubjectTransform]? = nil,
        external: ExternalStream? = nil
    ) {
        self.name = name
        self.startSequence = startSequence
        self.startTime = startTime
        self.filterSubject = filterSubject
        self.subjectTransforms = subjectTransforms
        self.external = external
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case startSequence = "opt_start_seq"
        case startTime = "opt_start_time"
        case filterSubject = "filter_subject"
        case subjectTransforms = "subject_transforms"
        case external
    }

    /// Decodes a source; unknown members are kept unless this is a server response.
    /// - Throws: `DecodingError` when `name` is missing or a type is wrong.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        startSequence = try container.optional(.startSequence)
        startTime = try container.decodeTime(.startTime)
        filterSubject = try container.optional(.filterSubject)
        subjectTransforms = try container.optional(.subjectTransforms)
        external = try container.optional(.external)
        unknownFields = try decoder.unknownMembers(besides: CodingKeys.self)
    }

    /// Encodes the members that are set.
    /// - Throws: the encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(startSequence, forKey: .startSequence)
        try container.encodeTime(startTime, .startTime)
        try container.encodeIfPresent(filterSubject, forKey: .filterSubject)
        try container.encodeIfPresent(subjectTransforms, forKey: .subjectTransforms)
        try container.encodeIfPresent(external, forKey: .external)
        try encoder.encodeUnknownMembers(unknownFields)
    }
}
