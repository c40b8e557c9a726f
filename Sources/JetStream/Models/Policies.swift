/// A policy spelled as the server spells it. Values the server adds later decode without error
/// and are kept as they came (`rawValue`).
public protocol ServerSpelledValue: RawRepresentable, Codable, Hashable, Sendable,
    CustomStringConvertible, ExpressibleByStringLiteral
where RawValue == String {
    /// The values this version of natsctl knows, for help texts and validation.
    static var known: [Self] { get }
    /// Wraps a spelling.
    init(rawValue: String)
}

extension ServerSpelledValue {
    /// Wraps a spelling given as a literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    /// The server's spelling.
    public var description: String { rawValue }
    /// Whether this version of natsctl knows the value.
    public var isKnown: Bool { Self.known.contains(self) }

    /// Decodes the server's spelling.
    /// - Throws: `DecodingError` when the value is not a string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the server's spelling.
    /// - Throws: the encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// How a stream retains messages (`retention`).
public struct RetentionPolicy: ServerSpelledValue {
    /// The server's spelling.
    public var rawValue: String
    /// Wraps a spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Keep messages until a limit is reached (the default).
    public static let limits: Self = "limits"
    /// Keep messages while some consumer is interested.
    public static let interest: Self = "interest"
    /// Remove each message once it is acknowledged.
    public static let workQueue: Self = "workqueue"
    /// The values this version knows.
    public static let known: [Self] = [.limits, .interest, .workQueue]
}

/// Where a stream stores messages (`storage`).
public struct StorageType: ServerSpelledValue {
    /// The server's spelling.
    public var rawValue: String
    /// Wraps a spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// On disk (the default).
    public static let file: Self = "file"
    /// In memory.
    public static let memory: Self = "memory"
    /// The values this version knows.
    public static let known: [Self] = [.file, .memory]
}

/// What a full stream discards (`discard`).
public struct DiscardPolicy: ServerSpelledValue {
    /// The server's spelling.
    public var rawValue: String
    /// Wraps a spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Drop the oldest messages (the default).
    public static let old: Self = "old"
    /// Refuse new messages.
    public static let new: Self = "new"
    /// The values this version knows.
    public static let known: [Self] = [.old, .new]
}

/// Storage compression (`compression`).
public struct StoreCompression: ServerSpelledValue {
    /// The server's spelling.
    public var rawValue: String
    /// Wraps a spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// No compression (the default).
    public static let none: Self = "none"
    /// S2 compression.
    public static let s2: Self = "s2"
    /// The values this version knows.
    public static let known: [Self] = [.none, .s2]
}

/// How a file-backed stream persists writes (`persist_mode`, server 2.12+).
public struct PersistMode: ServerSpelledValue {
    /// The server's spelling.
    public var rawValue: String
    /// Wraps a spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Synchronous with the stream's sync interval (the default).
    public static let `default`: Self = "default"
    /// Asynchronous writes.
    public static let async: Self = "async"
    /// The values this version knows.
    public static let known: [Self] = [.default, .async]
}

/// Where a consumer starts (`deliver_policy`).
public struct DeliverPolicy: ServerSpelledValue {
    /// The server's spelling.
    public var rawValue: String
    /// Wraps a spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// From the first message (the default).
    public static let all: Self = "all"
    /// From the last message.
    public static let last: Self = "last"
    /// Only messages stored after creation.
    public static let new: Self = "new"
    /// From `opt_start_seq`.
    public static let byStartSequence: Self = "by_start_sequence"
    /// From `opt_start_time`.
    public static let byStartTime: Self = "by_start_time"
    /// The last message of each subject.
    public static let lastPerSubject: Self = "last_per_subject"
    /// The values this version knows.
    public static let known: [Self] = [
        .all, .last, .new, .byStartSequence, .byStartTime, .lastPerSubject,
    ]
}

/// How a consumer expects acknowledgements (`ack_policy`).
public struct AckPolicy: ServerSpelledValue {
    /// The server's spelling.
    public var rawValue: String
    /// Wraps a spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// No acknowledgements (the server's value when the field is omitted).
    public static let none: Self = "none"
    /// Acknowledging a message acknowledges all before it.
    public static let all: Self = "all"
    /// Each message is acknowledged on its own.
    public static let explicit: Self = "explicit"
    /// Push flow control acknowledgements (server 2.14+).
    public static let flowControl: Self = "flow_control"
    /// The values this version knows.
    public static let known: [Self] = [.none, .all, .explicit, .flowControl]
}

/// How fast a consumer replays (`replay_policy`).
public struct ReplayPolicy: ServerSpelledValue {
    /// The server's spelling.
    public var rawValue: String
    /// Wraps a spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// As fast as possible (the default).
    public static let instant: Self = "instant"
    /// At the pace the messages were stored.
    public static let original: Self = "original"
    /// The values this version knows.
    public static let known: [Self] = [.instant, .original]
}

/// How pull requests of priority groups are served (`priority_policy`).
public struct PriorityPolicy: ServerSpelledValue {
    /// The server's spelling.
    public var rawValue: String
    /// Wraps a spelling.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// No priority groups (the default).
    public static let none: Self = "none"
    /// Serve a group only above pending thresholds.
    public static let overflow: Self = "overflow"
    /// One pinned client per group.
    public static let pinnedClient: Self = "pinned_client"
    /// Serve by request priority.
    public static let prioritized: Self = "prioritized"
    /// The values this version knows.
    public static let known: [Self] = [.none, .overflow, .pinnedClient, .prioritized]
}
