import NATSClient

/// Failures of the JetStream layer other than API error replies (``APIError``) and connection
/// failures (`NATSError`, passed through unchanged).
public enum JetStreamError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nobody answers on the API subject: JetStream is off for this account or server.
    case notEnabled(subject: String)
    /// A stream or consumer name breaks the naming rules.
    case invalidName(kind: String, name: String, reason: String)
    /// A subject is not valid where it is used.
    case invalidSubject(subject: String, reason: String)
    /// A request could not be built (conflicting options).
    case invalidRequest(String)
    /// The server's reply could not be read.
    case invalidResponse(subject: String, reason: String)
    /// A paged listing reported more items but returned none.
    case pagingStalled(subject: String, offset: Int, total: Int)
    /// A publish was not stored: no stream takes the subject.
    case noStreamForSubject(String)
    /// A pull request ended with a status the caller must see (e.g. 409 Consumer Deleted).
    case pullTerminated(status: Int, description: String)
    /// An acknowledgement subject could not be parsed.
    case invalidAckSubject(String)

    /// One line saying what went wrong.
    public var description: String {
        switch self {
        case .notEnabled:
            return "JetStream not enabled for this account or server"
        case .invalidName(let kind, let name, let reason):
            return "invalid \(kind) name \"\(name)\": \(reason)"
        case .invalidSubject(let subject, let reason):
            return "invalid subject \"\(subject)\": \(reason)"
        case .invalidRequest(let reason):
            return reason
        case .invalidResponse(let subject, let reason):
            return "invalid response on \(subject): \(reason)"
        case .pagingStalled(let subject, let offset, let total):
            return "\(subject) reported \(total) items but returned none at offset \(offset)"
        case .noStreamForSubject(let subject):
            return "no stream stores subject \(subject) (no responders)"
        case .pullTerminated(let status, let description):
            return "pull request ended: \(status) \(description)"
        case .invalidAckSubject(let subject):
            return "not a JetStream acknowledgement subject: \(subject)"
        }
    }
}
