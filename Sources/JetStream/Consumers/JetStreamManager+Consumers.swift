import FoundationEssentials

/// What a consumer create request may do (`action`).
public enum ConsumerAction: String, Sendable, Hashable {
    /// Create it, or update it when it exists (the `nats` CLI's behaviour).
    case createOrUpdate = ""
    /// Only create: an existing consumer with a different config gives 10148.
    case create
    /// Only update: a missing consumer gives 10149.
    case update
}

extension JetStreamManager {
    /// Creates or updates a consumer through `CONSUMER.CREATE.<stream>.<name>[.<filter>]`.
    ///
    /// The name is `config.name`, else `config.durableName`; without either, an ephemeral
    /// consumer gets a generated name. The filter token is added when there is exactly one
    /// filter subject (a one-element `filterSubjects` is sent as `filterSubject`). An unset
    /// `deliverPolicy` is sent as `all`, the server's default.
    /// - Throws: ``JetStreamError`` for names, subjects or combinations the client rejects
    ///   (before any request); ``APIError`` from the server, e.g. 10059 stream not found, 10148
    ///   or 10149 for the action, 10012/10013-style conflicts or a field the server cannot
    ///   update; connection errors.
    public func createConsumer(
        stream: String, config: ConsumerConfig, action: ConsumerAction = .createOrUpdate
    ) async throws -> ConsumerInfo {
        try Validation.validateStreamName(stream)
        var config = config
        if let filters = config.filterSubjects, filters.count == 1,
            (config.filterSubject ?? "").isEmpty
        {
            config.filterSubject = filters[0]
            config.filterSubjects = nil
        }
        if config.name == nil && config.durableName == nil {
            config.name = Self.ephemeralName()
        }
        try Validation.validate(config)
        config.deliverPolicy = config.deliverPolicy ?? .all
        config.metadata = config.metadata?.filter { !$0.key.hasPrefix("_nats.") }
        if config.metadata?.isEmpty == true { config.metadata = nil }
        let name = config.name ?? config.durableName!
        let body = ConsumerCreateRequest(
            streamName: stream, config: config,
            action: action == .createOrUpdate ? nil : action.rawValue)
        return try await request(
            subjects.consumerCreate(stream, name, filter: config.filterSubject), body: body,
            as: ConsumerInfo.self)
    }

    /// A consumer's configuration and state (`CONSUMER.INFO`).
    /// - Throws: ``JetStreamError/invalidName(kind:name:reason:)`` before any request;
    ///   ``APIError`` 10014 consumer not found, 10059 stream not found; connection errors.
    public func consumerInfo(stream: String, name: String) async throws -> ConsumerInfo {
        try Validation.validateStreamName(stream)
        try Validation.validateConsumerName(name)
        return try await request(subjects.consumerInfo(stream, name), as: ConsumerInfo.self)
    }

    /// Deletes a consumer (`CONSUMER.DELETE`).
    /// - Throws: ``JetStreamError/invalidName(kind:name:reason:)`` before any request;
    ///   ``APIError`` 10014 consumer not found, 10059 stream not found; connection errors.
    public func deleteConsumer(stream: String, name: String) async throws {
        try Validation.validateStreamName(stream)
        try Validation.validateConsumerName(name)
        _ = try await request(subjects.consumerDelete(stream, name), as: SuccessResponse.self)
    }

    /// The names of a stream's consumers, page by page (`CONSUMER.NAMES`, 1024 per page).
    public func consumerNames(stream: String) -> Pager<String> {
        let apiSubject = subjects.consumerNames(stream)
        return Pager(subject: apiSubject) { offset in
            try Validation.validateStreamName(stream)
            let page = try await request(
                apiSubject, body: ListRequest(offset: offset), as: ConsumerNamesPage.self)
            return (page.consumers ?? [], page.total)
        }
    }

    /// The infos of a stream's consumers, page by page (`CONSUMER.LIST`, 256 per page).
    public func consumers(stream: String) -> Pager<ConsumerInfo> {
        let apiSubject = subjects.consumerList(stream)
        return Pager(subject: apiSubject) { offset in
            try Validation.validateStreamName(stream)
            let page = try await request(
                apiSubject, body: ListRequest(offset: offset), as: ConsumerListPage.self)
            return (page.consumers ?? [], page.total)
        }
    }

    /// A random 22-character name for an ephemeral consumer.
    static func ephemeralName() -> String {
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        var generator = SystemRandomNumberGenerator()
        return String((0..<22).map { _ in alphabet.randomElement(using: &generator)! })
    }
}

struct ConsumerCreateRequest: Encodable {
    var streamName: String
    var config: ConsumerConfig
    var action: String?

    enum CodingKeys: String, CodingKey {
        case streamName = "stream_name"
        case config, action
    }
}

struct ConsumerNamesPage: Decodable {
    var total: Int
    var consumers: [String]?
}

struct ConsumerListPage: Decodable {
    var total: Int
    var consumers: [ConsumerInfo]?
}
