import FoundationEssentials

/// The acknowledgement of a message stored by JetStream: `{stream, seq, duplicate?, domain?}`.
///
/// `json` holds everything the server sent (`pub -J --json` prints it).
public struct PubAck: Codable, Sendable {
    /// The stream that stored the message (`stream`).
    public var stream: String
    /// Its sequence in the stream (`seq`).
    public var sequence: UInt64
    /// The message id was seen before: nothing new was stored (`duplicate`).
    public var duplicate: Bool
    /// The JetStream domain (`domain`).
    public var domain: String?
    /// The whole reply as the server sent it.
    public var json: JSONValue

    enum CodingKeys: String, CodingKey {
        case stream, duplicate, domain
        case sequence = "seq"
    }

    /// Decodes the server's reply and keeps it whole in `json`.
    /// - Throws: `DecodingError` when `stream` or `seq` is missing.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        stream = try c.decode(String.self, forKey: .stream)
        sequence = try c.decode(UInt64.self, forKey: .sequence)
        duplicate = try c.value(.duplicate, or: false)
        domain = try c.optional(.domain)
        json = try decoder.rawJSON()
    }

    /// Writes the server's reply (`json`) unchanged.
    /// - Throws: the encoder's error.
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
