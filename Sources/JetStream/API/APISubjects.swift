/// Every `$JS.API` subject natsctl uses. The JetStream domain or a custom API prefix is applied
/// here and nowhere else; `$JS.ACK`, `$JS.FC` and `$JS.SNAPSHOT` subjects never take it.
public struct APISubjects: Sendable, Hashable {
    /// The prefix every API subject starts with: `$JS.API`, `$JS.<domain>.API`, or a custom one.
    public let prefix: String

    /// The default prefix `$JS.API`.
    public static let defaultPrefix = "$JS.API"

    /// Subjects for a JetStream domain or a custom API prefix (at most one of the two).
    /// - Throws: ``JetStreamError/invalidRequest(_:)`` when both are given, and
    ///   ``JetStreamError/invalidSubject(subject:reason:)`` when either is not a valid subject.
    public init(domain: String? = nil, apiPrefix: String? = nil) throws(JetStreamError) {
        let domain = domain.flatMap { $0.isEmpty ? nil : $0 }
        var apiPrefix = apiPrefix.flatMap { $0.isEmpty ? nil : $0 }
        while apiPrefix?.hasSuffix(".") == true { apiPrefix?.removeLast() }
        switch (domain, apiPrefix) {
        case (let domain?, nil):
            try Validation.validateSubject(domain, kind: "JetStream domain", wildcards: false)
            prefix = "$JS.\(domain).API"
        case (nil, let apiPrefix?):
            try Validation.validateSubject(apiPrefix, kind: "API prefix", wildcards: false)
            prefix = apiPrefix
        case (nil, nil):
            prefix = Self.defaultPrefix
        case (.some, .some):
            throw .invalidRequest("a JetStream domain and an API prefix cannot be used together")
        }
    }

    private func api(_ suffix: String) -> String { prefix + "." + suffix }

    /// `INFO`: account information.
    public var accountInfo: String { api("INFO") }
    /// `STREAM.CREATE.<s>`.
    public func streamCreate(_ stream: String) -> String { api("STREAM.CREATE.\(stream)") }
    /// `STREAM.UPDATE.<s>`.
    public func streamUpdate(_ stream: String) -> String { api("STREAM.UPDATE.\(stream)") }
    /// `STREAM.NAMES`.
    public var streamNames: String { api("STREAM.NAMES") }
    /// `STREAM.LIST`.
    public var streamList: String { api("STREAM.LIST") }
    /// `STREAM.INFO.<s>`.
    public func streamInfo(_ stream: String) -> String { api("STREAM.INFO.\(stream)") }
    /// `STREAM.DELETE.<s>`.
    public func streamDelete(_ stream: String) -> String { api("STREAM.DELETE.\(stream)") }
    /// `STREAM.PURGE.<s>`.
    public func streamPurge(_ stream: String) -> String { api("STREAM.PURGE.\(stream)") }
    /// `STREAM.MSG.GET.<s>`.
    public func messageGet(_ stream: String) -> String { api("STREAM.MSG.GET.\(stream)") }
    /// `STREAM.MSG.DELETE.<s>`.
    public func messageDelete(_ stream: String) -> String { api("STREAM.MSG.DELETE.\(stream)") }
    /// `DIRECT.GET.<s>`.
    public func directGet(_ stream: String) -> String { api("DIRECT.GET.\(stream)") }
    /// `STREAM.SNAPSHOT.<s>`.
    public func streamSnapshot(_ stream: String) -> String { api("STREAM.SNAPSHOT.\(stream)") }
    /// `STREAM.RESTORE.<s>`.
    public func streamRestore(_ stream: String) -> String { api("STREAM.RESTORE.\(stream)") }
    /// `STREAM.LEADER.STEPDOWN.<s>`.
    public func streamLeaderStepdown(_ stream: String) -> String {
        api("STREAM.LEADER.STEPDOWN.\(stream)")
    }

    /// `CONSUMER.CREATE.<s>.<c>`, with `.<filter>` when exactly one filter subject is given.
    public func consumerCreate(_ stream: String, _ consumer: String, filter: String? = nil)
        -> String
    {
        let base = api("CONSUMER.CREATE.\(stream).\(consumer)")
        guard let filter, !filter.isEmpty else { return base }
        return base + "." + filter
    }
    /// `CONSUMER.NAMES.<s>`.
    public func consumerNames(_ stream: String) -> String { api("CONSUMER.NAMES.\(stream)") }
    /// `CONSUMER.LIST.<s>`.
    public func consumerList(_ stream: String) -> String { api("CONSUMER.LIST.\(stream)") }
    /// `CONSUMER.INFO.<s>.<c>`.
    public func consumerInfo(_ stream: String, _ consumer: String) -> String {
        api("CONSUMER.INFO.\(stream).\(consumer)")
    }
    /// `CONSUMER.DELETE.<s>.<c>`.
    public func consumerDelete(_ stream: String, _ consumer: String) -> String {
        api("CONSUMER.DELETE.\(stream).\(consumer)")
    }
    /// `CONSUMER.MSG.NEXT.<s>.<c>`: pull requests.
    public func consumerNext(_ stream: String, _ consumer: String) -> String {
        api("CONSUMER.MSG.NEXT.\(stream).\(consumer)")
    }
    /// `CONSUMER.PAUSE.<s>.<c>`.
    public func consumerPause(_ stream: String, _ consumer: String) -> String {
        api("CONSUMER.PAUSE.\(stream).\(consumer)")
    }
    /// `CONSUMER.LEADER.STEPDOWN.<s>.<c>`.
    public func consumerLeaderStepdown(_ stream: String, _ consumer: String) -> String {
        api("CONSUMER.LEADER.STEPDOWN.\(stream).\(consumer)")
    }

    /// Whether `subject` is one of this prefix's API subjects.
    public func isAPISubject(_ subject: String) -> Bool { subject.hasPrefix(prefix + ".") }
}
