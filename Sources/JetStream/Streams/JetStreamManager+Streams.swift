import FoundationEssentials

/// What to purge from a stream (`$JS.API.STREAM.PURGE`).
public struct PurgeRequest: Encodable, Hashable, Sendable {
    /// Only messages on this subject (wildcards allowed) (`filter`).
    public var subject: String?
    /// Purge up to but not including this sequence (`seq`).
    public var upToSequence: UInt64?
    /// Keep this many of the newest messages (`keep`).
    public var keep: UInt64?

    /// A purge; with no arguments, of every message.
    public init(subject: String? = nil, upToSequence: UInt64? = nil, keep: UInt64? = nil) {
        self.subject = subject
        self.upToSequence = upToSequence
        self.keep = keep
    }

    enum CodingKeys: String, CodingKey {
        case subject = "filter"
        case upToSequence = "seq"
        case keep
    }
}

extension JetStreamManager {
    /// Creates a stream (`STREAM.CREATE`). Creating a stream that exists with the same
    /// configuration succeeds and returns its info.
    /// - Throws: ``JetStreamError`` for a name, subject or size the client rejects (before any
    ///   request); ``APIError`` from the server, e.g. 10058 name in use with a different
    ///   configuration, 10065 subjects overlap; connection errors as ``request(_:body:as:timeout:)``.
    public func createStream(_ config: StreamConfig) async throws -> StreamInfo {
        try Validation.validate(config)
        return try await request(
            subjects.streamCreate(config.name), body: StreamRequestBody(config), as: StreamInfo.self
        )
    }

    /// Replaces a stream's configuration (`STREAM.UPDATE`). Unset fields take the server's
    /// defaults, as at creation.
    /// - Throws: ``JetStreamError`` for a config the client rejects; ``APIError`` from the
    ///   server, e.g. 10059 stream not found, 10052 a change the server cannot make.
    public func updateStream(_ config: StreamConfig) async throws -> StreamInfo {
        try Validation.validate(config)
        return try await request(
            subjects.streamUpdate(config.name), body: StreamRequestBody(config), as: StreamInfo.self
        )
    }

    /// A stream's configuration and state (`STREAM.INFO`).
    /// - Parameters:
    ///   - subjectsFilter: when set (e.g. `">"`), `state.subjects` is filled with the message
    ///     count of every matching subject (all pages are fetched).
    ///   - deletedDetails: fill `state.deleted` with the deleted sequences.
    /// - Throws: ``JetStreamError/invalidName(kind:name:reason:)`` before any request;
    ///   ``APIError`` 10059 when the stream does not exist; connection errors.
    public func streamInfo(
        _ name: String, subjectsFilter: String? = nil, deletedDetails: Bool = false
    ) async throws -> StreamInfo {
        try Validation.validateStreamName(name)
        if let subjectsFilter { try Validation.validateSubject(subjectsFilter) }
        let subject = subjects.streamInfo(name)
        guard subjectsFilter != nil || deletedDetails else {
            return try await request(subject, as: StreamInfo.self)
        }
        var body = StreamInfoRequest(
            subjectsFilter: subjectsFilter, deletedDetails: deletedDetails ? true : nil)
        var info = try await request(subject, body: body, as: StreamInfoPage.self)
        var collected = info.info.state.subjects ?? [:]
        var pages = 1
        while subjectsFilter != nil, collected.count < info.total, pages < 10_000 {
            body.offset = collected.count
            let page = try await request(subject, body: body, as: StreamInfoPage.self)
            let more = page.info.state.subjects ?? [:]
            guard !more.isEmpty else {
                throw JetStreamError.pagingStalled(
                    subject: subject, offset: collected.count, total: info.total)
            }
            collected.merge(more) { first, _ in first }
            info.total = page.total
            pages += 1
        }
        if subjectsFilter != nil { info.info.state.subjects = collected }
        return info.info
    }

    /// Deletes a stream and all its messages and consumers (`STREAM.DELETE`).
    /// - Throws: ``JetStreamError/invalidName(kind:name:reason:)`` before any request;
    ///   ``APIError`` 10059 when the stream does not exist; connection errors.
    public func deleteStream(_ name: String) async throws {
        try Validation.validateStreamName(name)
        _ = try await request(subjects.streamDelete(name), as: SuccessResponse.self)
    }

    /// Purges messages from a stream (`STREAM.PURGE`) and returns how many were removed.
    /// - Throws: ``JetStreamError/invalidRequest(_:)`` when both `upToSequence` and `keep` are
    ///   set, ``JetStreamError/invalidName(kind:name:reason:)`` or an invalid subject before any
    ///   request; ``APIError`` from the server (10059 not found); connection errors.
    @discardableResult
    public func purgeStream(_ name: String, _ purge: PurgeRequest = PurgeRequest())
        async throws -> UInt64
    {
        try Validation.validateStreamName(name)
        if let subject = purge.subject { try Validation.validateSubject(subject) }
        if purge.upToSequence != nil && purge.keep != nil {
            throw JetStreamError.invalidRequest("purge by sequence and keep cannot be combined")
        }
        let subject = subjects.streamPurge(name)
        let reply: PurgeResponse
        if purge == PurgeRequest() {
            reply = try await request(subject, as: PurgeResponse.self)
        } else {
            reply = try await request(subject, body: purge, as: PurgeResponse.self)
        }
        return reply.purged ?? 0
    }

    /// The names of all streams, optionally only those storing `subject`, page by page
    /// (`STREAM.NAMES`, 1024 per page).
    public func streamNames(subject: String? = nil) -> Pager<String> {
        let apiSubject = subjects.streamNames
        return Pager(subject: apiSubject) { offset in
            if let subject { try Validation.validateSubject(subject) }
            let page = try await request(
                apiSubject, body: ListRequest(offset: offset, subject: subject),
                as: NamesPage.self)
            return (page.streams ?? [], page.total)
        }
    }

    /// The infos of all streams, optionally only those storing `subject`, page by page
    /// (`STREAM.LIST`, 256 per page).
    public func streams(subject: String? = nil) -> Pager<StreamInfo> {
        let apiSubject = subjects.streamList
        return Pager(subject: apiSubject) { offset in
            if let subject { try Validation.validateSubject(subject) }
            let page = try await request(
                apiSubject, body: ListRequest(offset: offset, subject: subject),
                as: StreamListPage.self)
            return (page.streams ?? [], page.total)
        }
    }

    /// The account's JetStream usage and limits (`$JS.API.INFO`).
    /// - Throws: ``JetStreamError/notEnabled(subject:)`` when JetStream is off;
    ///   ``APIError`` 10039 when it is not enabled for the account; connection errors.
    public func accountInfo() async throws -> AccountInfo {
        try await request(subjects.accountInfo, as: AccountInfo.self)
    }
}

/// A stream config as sent: the schema's required members filled with the server's defaults
/// when unset, and the server's own metadata keys left out.
struct StreamRequestBody: Encodable {
    var config: StreamConfig

    init(_ config: StreamConfig) {
        var config = config
        config.retention = config.retention ?? .limits
        config.maxConsumers = config.maxConsumers ?? -1
        config.maxMessages = config.maxMessages ?? -1
        config.maxBytes = config.maxBytes ?? -1
        config.maxAge = config.maxAge ?? .zero
        config.storage = config.storage ?? .file
        config.replicas = config.replicas ?? 1
        config.metadata = config.metadata?.filter { !$0.key.hasPrefix("_nats.") }
        if config.metadata?.isEmpty == true { config.metadata = nil }
        self.config = config
    }

    func encode(to encoder: any Encoder) throws { try config.encode(to: encoder) }
}

struct StreamInfoRequest: Encodable {
    var subjectsFilter: String?
    var deletedDetails: Bool?
    var offset: Int?

    enum CodingKeys: String, CodingKey {
        case subjectsFilter = "subjects_filter"
        case deletedDetails = "deleted_details"
        case offset
    }
}

struct StreamInfoPage: Decodable {
    var info: StreamInfo
    var total: Int

    enum CodingKeys: String, CodingKey { case total }

    init(from decoder: any Decoder) throws {
        info = try StreamInfo(from: decoder)
        total = try decoder.container(keyedBy: CodingKeys.self).value(.total, or: 0)
    }
}

struct PurgeResponse: Decodable {
    var success: Bool?
    var purged: UInt64?
}

struct ListRequest: Encodable {
    var offset: Int
    var subject: String?
}

struct NamesPage: Decodable {
    var total: Int
    var streams: [String]?
}

struct StreamListPage: Decodable {
    var total: Int
    var streams: [StreamInfo]?
}
