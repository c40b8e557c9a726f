import FoundationEssentials
import NATSClient

/// Settings of the JetStream layer.
public struct JetStreamOptions: Sendable {
    /// The JetStream domain (`--js-domain`): the API prefix becomes `$JS.<domain>.API`.
    public var domain: String?
    /// A custom API prefix (`--js-api-prefix`), for JetStream imported from another account.
    public var apiPrefix: String?
    /// How long to wait for each API reply.
    public var timeout: Duration = .seconds(5)
    /// Called with every API request and reply (`--trace`); never given credentials.
    public var trace: (@Sendable (APITraceEvent) -> Void)?

    /// Default settings: no domain, `$JS.API`, 5 s timeout, no trace.
    public init(
        domain: String? = nil, apiPrefix: String? = nil, timeout: Duration = .seconds(5),
        trace: (@Sendable (APITraceEvent) -> Void)? = nil
    ) {
        self.domain = domain
        self.apiPrefix = apiPrefix
        self.timeout = timeout
        self.trace = trace
    }
}

/// One API exchange seen by the trace hook.
public enum APITraceEvent: Sendable, Equatable {
    /// A request was sent: its subject and JSON body (empty for none).
    case request(subject: String, json: String)
    /// A reply arrived for the request on `subject`: its JSON body.
    case response(subject: String, json: String)
}

/// The `$JS.API` request/reply layer: the one place that encodes requests, reads the
/// `{type, error}` envelope and decodes replies. Stream, consumer, message and publish
/// operations are in extensions of this type.
public struct JetStreamManager: Sendable {
    /// The connection requests go over.
    public let connection: Connection
    /// The API subjects, with the domain or prefix applied.
    public let subjects: APISubjects
    /// How long to wait for each API reply.
    public let timeout: Duration
    let trace: (@Sendable (APITraceEvent) -> Void)?

    /// A manager on an open connection.
    /// - Throws: ``JetStreamError/invalidRequest(_:)`` when both a domain and an API prefix are
    ///   set, ``JetStreamError/invalidSubject(subject:reason:)`` when either is malformed.
    public init(connection: Connection, options: JetStreamOptions = JetStreamOptions())
        throws(JetStreamError)
    {
        self.connection = connection
        self.subjects = try APISubjects(domain: options.domain, apiPrefix: options.apiPrefix)
        self.timeout = options.timeout
        self.trace = options.trace
    }

    /// Sends `body` (JSON-encoded, or nothing when `nil`) to an API subject and decodes the
    /// reply as `Response` after checking its error envelope.
    /// - Throws: ``APIError`` when the server answers with an error,
    ///   ``JetStreamError/notEnabled(subject:)`` when nobody answers (no responders),
    ///   ``JetStreamError/invalidResponse(subject:reason:)`` for a reply that is not the
    ///   expected JSON, and `NATSError` (timeout, connection closed) from the connection.
    public func request<Response: Decodable>(
        _ subject: String, body: (some Encodable)?, as type: Response.Type = Response.self,
        timeout: Duration? = nil
    ) async throws -> Response {
        let payload = try body.map { try Self.encoder.encode($0) } ?? Data()
        let reply = try await requestRaw(subject, payload: payload, timeout: timeout)
        return try decodeReply(reply, from: subject, as: type)
    }

    /// Sends a request with no body and decodes the reply as `Response`.
    /// - Throws: as ``request(_:body:as:timeout:)``.
    public func request<Response: Decodable>(
        _ subject: String, as type: Response.Type = Response.self, timeout: Duration? = nil
    ) async throws -> Response {
        try await request(subject, body: Optional<JSONValue>.none, as: type, timeout: timeout)
    }

    /// Sends raw bytes to an API subject and returns the reply's bytes, traced, with "no
    /// responders" turned into ``JetStreamError/notEnabled(subject:)``.
    /// - Throws: ``JetStreamError/notEnabled(subject:)`` and `NATSError` from the connection.
    func requestRaw(_ subject: String, payload: Data, timeout: Duration?) async throws -> Data {
        trace?(.request(subject: subject, json: String(decoding: payload, as: UTF8.self)))
        let message: Message
        do {
            message = try await connection.request(
                subject, payload: payload, timeout: timeout ?? self.timeout)
        } catch {
            if case .noResponders = error { throw JetStreamError.notEnabled(subject: subject) }
            throw error
        }
        if message.status == 503 { throw JetStreamError.notEnabled(subject: subject) }
        trace?(.response(subject: subject, json: String(decoding: message.payload, as: UTF8.self)))
        return message.payload
    }

    /// Reads the envelope of `payload`, throws its error if any, then decodes `Response`.
    /// - Throws: ``APIError`` or ``JetStreamError/invalidResponse(subject:reason:)``.
    func decodeReply<Response: Decodable>(
        _ payload: Data, from subject: String, as type: Response.Type
    ) throws -> Response {
        try Self.decodeReply(payload, from: subject, as: type)
    }

    /// Reads the envelope of `payload`, throws its error if any, then decodes `Response`.
    /// - Throws: ``APIError`` or ``JetStreamError/invalidResponse(subject:reason:)``.
    static func decodeReply<Response: Decodable>(
        _ payload: Data, from subject: String, as type: Response.Type
    ) throws -> Response {
        let envelope: APIEnvelope
        do {
            envelope = try Self.decoder.decode(APIEnvelope.self, from: payload)
        } catch {
            throw JetStreamError.invalidResponse(
                subject: subject, reason: "not a JSON object: \(Self.snippet(payload))")
        }
        if let error = envelope.error { throw error }
        do {
            return try Self.decoder.decode(type, from: payload)
        } catch let error as DecodingError {
            throw JetStreamError.invalidResponse(subject: subject, reason: error.summary)
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.userInfo[.serverResponse] = true
        return decoder
    }()

    private static func snippet(_ payload: Data) -> String {
        let text = String(decoding: payload.prefix(120), as: UTF8.self)
        return payload.count > 120 ? text + "…" : text
    }
}

/// The members every API reply starts with.
struct APIEnvelope: Decodable {
    var type: String?
    var error: APIError?
}

/// `{"success": true}` replies (deletes).
struct SuccessResponse: Decodable {
    var success: Bool?
}

extension DecodingError {
    /// A one-line reason naming the member at fault, e.g. `config.max_age: expected a duration`.
    public var summary: String {
        func path(_ context: Context) -> String {
            let names = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return names.isEmpty ? "" : names.joined(separator: ".") + ": "
        }
        switch self {
        case .typeMismatch(let type, let context):
            return "\(path(context))expected \(Self.jsonTypeName(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context))expected \(Self.jsonTypeName(type)), found null"
        case .keyNotFound(let key, let context):
            return "\(path(context))missing member \"\(key.stringValue)\""
        case .dataCorrupted(let context):
            return "\(path(context))\(context.debugDescription)"
        @unknown default:
            return "\(self)"
        }
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "a boolean"
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt64.Type: return "an integer"
        case is Double.Type: return "a number"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "a value of type \(name)"
        }
    }
}
