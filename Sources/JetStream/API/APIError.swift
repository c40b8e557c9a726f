/// An error reply of the JetStream API: `{"code": 404, "err_code": 10059, "description": …}`.
///
/// Only `errorCode` is stable between server versions; branch on it, print `description`.
public struct APIError: Error, Codable, Hashable, Sendable, CustomStringConvertible {
    /// The HTTP-like status (`code`), e.g. 404.
    public var code: Int
    /// The NATS error code (`err_code`), e.g. 10059.
    public var errorCode: Int
    /// The server's text (`description`), e.g. `stream not found`.
    public var serverDescription: String

    /// An API error.
    public init(code: Int, errorCode: Int, description: String) {
        self.code = code
        self.errorCode = errorCode
        self.serverDescription = description
    }

    enum CodingKeys: String, CodingKey {
        case code
        case errorCode = "err_code"
        case serverDescription = "description"
    }

    /// Decodes the error object; missing numbers read as zero.
    /// - Throws: `DecodingError` for a member of the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.value(.code, or: 0)
        errorCode = try c.value(.errorCode, or: 0)
        serverDescription = try c.value(.serverDescription, or: "")
    }

    /// `description (err_code)`, as the `nats` CLI prints it, e.g. `stream not found (10059)`.
    public var description: String {
        errorCode == 0 ? serverDescription : "\(serverDescription) (\(errorCode))"
    }

    /// Whether this error has the NATS error code `code`.
    public func `is`(_ code: APIErrorCode) -> Bool { errorCode == code.rawValue }
}

/// The NATS error codes natsctl branches on (`server/errors.json`); others keep the server's
/// description.
public struct APIErrorCode: RawRepresentable, Hashable, Sendable {
    /// The numeric `err_code`.
    public var rawValue: Int
    /// Wraps a code.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// 10039: JetStream not enabled for account.
    public static let notEnabledForAccount = Self(rawValue: 10039)
    /// 10076: JetStream not enabled.
    public static let notEnabled = Self(rawValue: 10076)
    /// 10025: invalid JSON (e.g. a field this server does not know).
    public static let invalidJSON = Self(rawValue: 10025)
    /// 10058: stream name already in use with a different configuration.
    public static let streamNameInUse = Self(rawValue: 10058)
    /// 10059: stream not found.
    public static let streamNotFound = Self(rawValue: 10059)
    /// 10065: subjects overlap with an existing stream.
    public static let subjectsOverlap = Self(rawValue: 10065)
    /// 10052: invalid stream configuration.
    public static let invalidStreamConfig = Self(rawValue: 10052)
    /// 10037: no message found.
    public static let noMessageFound = Self(rawValue: 10037)
    /// 10014: consumer not found.
    public static let consumerNotFound = Self(rawValue: 10014)
    /// 10148: consumer already exists (action create, different config).
    public static let consumerAlreadyExists = Self(rawValue: 10148)
    /// 10149: consumer does not exist (action update).
    public static let consumerDoesNotExist = Self(rawValue: 10149)
    /// 10071: wrong last sequence.
    public static let wrongLastSequence = Self(rawValue: 10071)
    /// 10060: expected stream does not match.
    public static let streamMismatch = Self(rawValue: 10060)
}
