import FoundationEssentials
import NATSClient

/// A message read from a stream (`stream_msg_get_response.message`).
///
/// `json` holds the server's `message` object (`subject`, `seq`, base64 `hdrs` and `data`,
/// `time`); encoding writes exactly that, as `stream get --json` shows it.
public struct StoredMessage: Codable, Sendable {
    /// The subject it was stored under (`subject`).
    public var subject: String
    /// Its stream sequence (`seq`).
    public var sequence: UInt64
    /// Its headers (decoded from base64 `hdrs`), or `nil` when it has none.
    public var headers: Headers?
    /// Its payload (decoded from base64 `data`).
    public var data: Data
    /// When it was stored (`time`).
    public var time: Date?
    /// The `message` object as the server sent it.
    public var json: JSONValue

    enum CodingKeys: String, CodingKey {
        case subject, time
        case sequence = "seq"
        case headers = "hdrs"
        case data
    }

    /// Decodes the server's `message` object.
    /// - Throws: `DecodingError` when `subject` or `seq` is missing, or `hdrs`/`data` is not
    ///   base64 or the header block is malformed.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        subject = try c.decode(String.self, forKey: .subject)
        sequence = try c.decode(UInt64.self, forKey: .sequence)
        data = try c.optional(.data, as: Data.self) ?? Data()
        if let block = try c.optional(.headers, as: Data.self), !block.isEmpty {
            guard let headers = HeaderBlock.parse(block) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .headers, in: c, debugDescription: "malformed header block")
            }
            self.headers = headers
        }
        time = try c.decodeTime(.time)
        json = try decoder.rawJSON()
    }

    /// Writes the server's `message` object unchanged.
    /// - Throws: the encoder's error.
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}

/// Parses a stored `NATS/1.0` header block (the `hdrs` of a message get).
enum HeaderBlock {
    static func parse(_ block: Data) -> Headers? {
        let text = String(decoding: block, as: UTF8.self)
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.hasPrefix("NATS/1.0") else { return nil }
        lines.removeFirst()
        var headers = Headers()
        let status = trimmed(first.dropFirst("NATS/1.0".count))
        if status.count >= 3, let code = Int(status.prefix(3)) {
            headers.status = code
            let description = trimmed(status.dropFirst(3))
            headers.statusDescription = description.isEmpty ? nil : description
        }
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = String(line[..<colon])
            let value = trimmed(line[line.index(after: colon)...])
            headers.append(name, value)
        }
        return headers
    }

    private static func trimmed(_ text: Substring) -> String {
        var text = text
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return String(text)
    }
}
