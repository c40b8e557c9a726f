/// The kind of entity an NKEY belongs to; it decides the key's first letter.
public enum NKeyType: Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// A user (`U…`, seeds `SU…`): what clients authenticate with.
    case user
    /// An account (`A…`, seeds `SA…`): signs user JWTs.
    case account
    /// An operator (`O…`, seeds `SO…`): signs account JWTs.
    case `operator`
    /// A server (`N…`).
    case server
    /// A cluster (`C…`).
    case cluster

    /// The prefix byte of a public key of this type.
    var prefixByte: UInt8 {
        switch self {
        case .user: return 20 << 3
        case .account: return 0
        case .operator: return 14 << 3
        case .server: return 13 << 3
        case .cluster: return 2 << 3
        }
    }

    init?(prefixByte: UInt8) {
        guard let type = Self.allCases.first(where: { $0.prefixByte == prefixByte }) else {
            return nil
        }
        self = type
    }

    /// The type's name: `user`, `account`, `operator`, `server`, `cluster`.
    public var description: String {
        switch self {
        case .user: return "user"
        case .account: return "account"
        case .operator: return "operator"
        case .server: return "server"
        case .cluster: return "cluster"
        }
    }
}

/// A public NKEY: an Ed25519 public key with its type, written as 56 base32 characters
/// (prefix byte, 32 key bytes, CRC-16).
public struct NKeyPublicKey: Sendable, Equatable, CustomStringConvertible {
    /// The entity type of the key.
    public let type: NKeyType
    /// The 32 raw Ed25519 key bytes.
    public let rawKey: [UInt8]

    /// Decodes a public key such as `UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4`.
    /// - Throws: `NKeyError` when the text is not base32, has the wrong length or checksum,
    ///   or has an unknown type prefix.
    public init(_ encoded: String) throws(NKeyError) {
        let what = "public NKEY"
        let bytes = try NKeyCodec.decodeChecked(encoded, what: what, length: 35)
        guard let type = NKeyType(prefixByte: bytes[0]) else { throw .unknownType(what: what) }
        self.type = type
        rawKey = Array(bytes[1..<33])
    }

    init(type: NKeyType, rawKey: [UInt8]) {
        self.type = type
        self.rawKey = rawKey
    }

    /// The key in its text form (`U…`, `A…`, `O…`).
    public var encoded: String { NKeyCodec.encodeChecked([type.prefixByte] + rawKey) }

    /// The key in its text form; public keys are not secret.
    public var description: String { encoded }

    /// Whether `signature` is this key's Ed25519 signature of `message`.
    public func verify(signature: [UInt8], of message: [UInt8]) -> Bool {
        Ed25519.verify(signature: signature, message: message, publicKey: rawKey)
    }
}

/// An NKEY seed: the 32-byte Ed25519 private seed with its type, written as 58 base32
/// characters starting with `S`. Its `description` never shows the seed.
public struct NKeySeed: Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The entity type of the key pair.
    public let type: NKeyType
    private let rawSeed: [UInt8]

    /// Decodes a seed such as `SUA…`.
    /// - Throws: `NKeyError` when the text is not base32, has the wrong length or checksum,
    ///   is a public key rather than a seed, or has an unknown type prefix.
    public init(_ encoded: some StringProtocol) throws(NKeyError) {
        let what = "NKEY seed"
        let text = String(encoded)
        if let first = text.first, first != "S", text.utf8.count == 56 {
            throw .notASeed(found: first)
        }
        let bytes = try NKeyCodec.decodeChecked(text, what: what, length: 36)
        guard bytes[0] & 0xF8 == NKeyCodec.seedPrefix else {
            throw .notASeed(found: text.first ?? "?")
        }
        let prefix = (bytes[0] & 0x07) << 5 | (bytes[1] & 0xF8) >> 3
        guard let type = NKeyType(prefixByte: prefix) else { throw .unknownType(what: what) }
        self.type = type
        rawSeed = Array(bytes[2..<34])
    }

    /// Makes a seed of `type` from 32 raw bytes.
    /// - Throws: `NKeyError.wrongLength` unless `rawSeed` has 32 bytes.
    public init(type: NKeyType, rawSeed: [UInt8]) throws(NKeyError) {
        guard rawSeed.count == 32 else {
            throw .wrongLength(what: "raw seed", bytes: rawSeed.count)
        }
        self.type = type
        self.rawSeed = rawSeed
    }

    /// Makes a new random seed of `type`.
    /// - Throws: `NKeyError.cryptoFailure` when no random bytes are available.
    public static func generate(_ type: NKeyType) throws(NKeyError) -> NKeySeed {
        try NKeySeed(type: type, rawSeed: Ed25519.randomBytes(32))
    }

    /// The seed in its secret text form (`SU…`), for writing a seed or creds file.
    /// Never log or print it.
    public func encodedSeed() -> String {
        let prefix = type.prefixByte
        let head: [UInt8] = [NKeyCodec.seedPrefix | prefix >> 5, (prefix & 31) << 3]
        return NKeyCodec.encodeChecked(head + rawSeed)
    }

    /// The public key of this seed.
    /// - Throws: `NKeyError.cryptoFailure` when OpenSSL cannot derive it.
    public func publicKey() throws(NKeyError) -> NKeyPublicKey {
        NKeyPublicKey(type: type, rawKey: try Ed25519.publicKey(seed: rawSeed))
    }

    /// Signs `message` (for CONNECT, the bytes of the server's `nonce`) with Ed25519.
    /// - Throws: `NKeyError.cryptoFailure` when OpenSSL cannot sign.
    public func sign(_ message: [UInt8]) throws(NKeyError) -> [UInt8] {
        try Ed25519.sign(message, seed: rawSeed)
    }

    /// A redacted form that names only the type.
    public var description: String { "NKeySeed(\(type), redacted)" }
    /// A redacted form that names only the type.
    public var debugDescription: String { description }
    /// A mirror without children, so `dump` cannot show the seed.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}

/// The checked NKEY encoding: bytes, then their CRC-16 little-endian, in unpadded base32.
enum NKeyCodec {
    /// The top five bits of a seed's first byte (base32 `S`).
    static let seedPrefix: UInt8 = 18 << 3

    static func encodeChecked(_ bytes: [UInt8]) -> String {
        let crc = CRC16.checksum(bytes)
        return Base32.encode(bytes + [UInt8(crc & 0xFF), UInt8(crc >> 8)])
    }

    static func decodeChecked(_ text: String, what: String, length: Int) throws(NKeyError)
        -> [UInt8]
    {
        var trimmed = Substring(text)
        while let first = trimmed.first, first.isWhitespace { trimmed.removeFirst() }
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        guard let bytes = Base32.decode(String(trimmed)) else { throw .notBase32(what: what) }
        guard bytes.count == length else { throw .wrongLength(what: what, bytes: bytes.count) }
        let body = bytes[..<(length - 2)]
        let stored = UInt16(bytes[length - 2]) | UInt16(bytes[length - 1]) << 8
        guard CRC16.checksum(body) == stored else { throw .badChecksum(what: what) }
        return Array(body)
    }
}
