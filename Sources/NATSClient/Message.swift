import FoundationEssentials

/// A message received from the server.
public struct Message: Sendable, Equatable {
    /// The subject the message was published to (for JetStream deliveries: the stream subject).
    public var subject: String
    /// The reply subject, if the publisher expects an answer.
    public var reply: String?
    /// The headers, if the message had a header block.
    public var headers: Headers?
    /// The payload bytes.
    public var payload: Data

    /// The inline status code of a status message (503, 408, 404, 409, 100…), if any.
    public var status: Int? { headers?.status }
    /// The text after the status code, if any.
    public var statusDescription: String? { headers?.statusDescription }

    /// Creates a message.
    public init(subject: String, reply: String? = nil, headers: Headers? = nil, payload: Data) {
        self.subject = subject
        self.reply = reply
        self.headers = headers
        self.payload = payload
    }
}

/// What happened to a connection, for callers that want to know.
public enum ConnectionEvent: Sendable, Equatable {
    /// The connection dropped; the client will try to reconnect if allowed.
    case disconnected(reason: String)
    /// The connection is back, to the server at `url` (no credentials in it).
    case reconnected(url: String)
    /// The server announced lame-duck mode: it will go away soon.
    case lameDuckMode
    /// The server sent a non-fatal `-ERR` (e.g. a permissions violation).
    case serverError(String)
    /// The connection is closed for good.
    case closed(reason: String?)
}
