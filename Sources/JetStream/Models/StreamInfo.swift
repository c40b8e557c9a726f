import FoundationEssentials

/// A stream's configuration and state (`stream_info_response`, and each item of a stream list).
///
/// `json` holds everything the server sent, including members natsctl does not model; encoding
/// a `StreamInfo` writes exactly that, so `--json` shows the server's own document.
public struct StreamInfo: Codable, Sendable {
    /// The configuration (`config`).
    public var config: StreamConfig
    /// When the stream was created (`created`).
    public var created: Date?
    /// Messages, sequences and counts (`state`).
    public var state: StreamState
    /// The JetStream domain (`domain`).
    public var domain: String?
    /// Cluster and replica details (`cluster`).
    public var cluster: ClusterInfo?
    /// The mirror's progress (`mirror`).
    public var mirror: StreamSourceInfo?
    /// The sources' progress (`sources`).
    public var sources: [StreamSourceInfo]?
    /// When the server gathered this information (`ts`).
    public var timestamp: Date?
    /// The whole document as the server sent it.
    public var json: JSONValue

    enum CodingKeys: String, CodingKey {
        case config, created, state, domain, cluster, mirror, sources
        case timestamp = "ts"
    }

    /// Decodes the server's document and keeps it whole in `json`.
    /// - Throws: `DecodingError` when `config` or `state` is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        config = try c.decode(StreamConfig.self, forKey: .config)
        created = try c.decodeTime(.created)
        state = try c.decode(StreamState.self, forKey: .state)
        domain = try c.optional(.domain)
        cluster = try c.optional(.cluster)
        mirror = try c.optional(.mirror)
        sources = try c.optional(.sources)
        timestamp = try c.decodeTime(.timestamp)
        json = try decoder.rawJSON()
    }

    /// Writes the server's document (`json`) unchanged.
    /// - Throws: the encoder's error.
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}

/// A stream's messages, sequences and counts (`state`).
public struct StreamState: Decodable, Hashable, Sendable {
    /// Messages stored (`messages`).
    public var messages: UInt64
    /// Bytes stored (`bytes`).
    public var bytes: UInt64
    /// The first sequence (`first_seq`).
    public var firstSequence: UInt64
    /// When the first message was stored (`first_ts`).
    public var firstTime: Date?
    /// The last sequence (`last_seq`).
    public var lastSequence: UInt64
    /// When the last message was stored (`last_ts`).
    public var lastTime: Date?
    /// Distinct subjects (`num_subjects`).
    public var subjectCount: Int?
    /// Messages per subject (`subjects`; only when asked for with a subjects filter).
    public var subjects: [String: UInt64]?
    /// Interior deletes (`num_deleted`).
    public var deletedCount: Int?
    /// Deleted sequences (`deleted`; only when asked for).
    public var deleted: [UInt64]?
    /// Messages lost to storage failures (`lost.msgs`).
    public var lostMessages: [UInt64]?
    /// Bytes lost (`lost.bytes`).
    public var lostBytes: UInt64?
    /// Consumers of the stream (`consumer_count`).
    public var consumerCount: Int

    enum CodingKeys: String, CodingKey {
        case messages, bytes, subjects, deleted, lost
        case firstSequence = "first_seq"
        case firstTime = "first_ts"
        case lastSequence = "last_seq"
        case lastTime = "last_ts"
        case subjectCount = "num_subjects"
        case deletedCount = "num_deleted"
        case consumerCount = "consumer_count"
    }

    private struct Lost: Decodable {
        var msgs: [UInt64]?
        var bytes: UInt64?
    }

    /// Decodes the state; missing counters read as zero.
    /// - Throws: `DecodingError` for a member of the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        messages = try c.value(.messages, or: 0)
        bytes = try c.value(.bytes, or: 0)
        firstSequence = try c.value(.firstSequence, or: 0)
        firstTime = try c.decodeTime(.firstTime)
        lastSequence = try c.value(.lastSequence, or: 0)
        lastTime = try c.decodeTime(.lastTime)
        subjectCount = try c.optional(.subjectCount)
        subjects = try c.optional(.subjects)
        deletedCount = try c.optional(.deletedCount)
        deleted = try c.optional(.deleted)
        let lost = try c.optional(.lost, as: Lost.self)
        lostMessages = lost?.msgs
        lostBytes = lost?.bytes
        consumerCount = try c.value(.consumerCount, or: 0)
    }
}

/// Where a clustered stream or consumer lives (`cluster`).
public struct ClusterInfo: Decodable, Hashable, Sendable {
    /// The cluster's name (`name`).
    public var name: String?
    /// The RAFT group (`raft_group`).
    public var raftGroup: String?
    /// The leader server (`leader`).
    public var leader: String?
    /// Since when it leads (`leader_since`).
    public var leaderSince: Date?
    /// The other replicas (`replicas`).
    public var replicas: [PeerInfo]?

    enum CodingKeys: String, CodingKey {
        case name, leader, replicas
        case raftGroup = "raft_group"
        case leaderSince = "leader_since"
    }

    /// Decodes cluster details.
    /// - Throws: `DecodingError` for a member of the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.optional(.name)
        raftGroup = try c.optional(.raftGroup)
        leader = try c.optional(.leader)
        leaderSince = try c.decodeTime(.leaderSince)
        replicas = try c.optional(.replicas)
    }
}

/// One replica of a clustered asset (`cluster.replicas[]`).
public struct PeerInfo: Decodable, Hashable, Sendable {
    /// The server's name (`name`).
    public var name: String
    /// Whether it is up to date (`current`).
    public var current: Bool
    /// Whether it is offline (`offline`).
    public var offline: Bool
    /// Time since it was last seen (`active`).
    public var active: Duration
    /// Operations behind the leader (`lag`).
    public var lag: UInt64?
    /// The peer id (`peer`).
    public var peer: String?

    enum CodingKeys: String, CodingKey {
        case name, current, offline, active, lag, peer
    }

    /// Decodes a replica.
    /// - Throws: `DecodingError` when `name` is missing or a member has the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        current = try c.value(.current, or: false)
        offline = try c.value(.offline, or: false)
        active = try c.decodeDuration(.active) ?? .zero
        lag = try c.optional(.lag)
        peer = try c.optional(.peer)
    }
}

/// The progress of a mirror or source (`mirror`, `sources[]` of a stream info).
public struct StreamSourceInfo: Decodable, Hashable, Sendable {
    /// The origin stream (`name`).
    public var name: String
    /// The origin in another account or domain (`external`).
    public var external: ExternalStream?
    /// Messages behind (`lag`).
    public var lag: UInt64
    /// Time since last contact; `nil` when never (`active`, -1 on the wire).
    public var active: Duration?
    /// The filter (`filter_subject`).
    public var filterSubject: String?
    /// The transforms (`subject_transforms`).
    public var subjectTransforms: [SubjectTransform]?
    /// The last error (`error`).
    public var error: APIError?

    enum CodingKeys: String, CodingKey {
        case name, external, lag, active, error
        case filterSubject = "filter_subject"
        case subjectTransforms = "subject_transforms"
    }

    /// Decodes a source's progress.
    /// - Throws: `DecodingError` when `name` is missing or a member has the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        external = try c.optional(.external)
        lag = try c.value(.lag, or: 0)
        let active = try c.decodeDuration(.active)
        self.active = active.flatMap { $0 < .zero ? nil : $0 }
        filterSubject = try c.optional(.filterSubject)
        subjectTransforms = try c.optional(.subjectTransforms)
        error = try c.optional(.error)
    }
}
