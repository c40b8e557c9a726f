/// Why an NKEY seed, public key or signature could not be used. No description ever contains
/// the seed itself.
public enum NKeyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text contains characters outside the base32 alphabet.
    case notBase32(what: String)
    /// The decoded key has the wrong number of bytes.
    case wrongLength(what: String, bytes: Int)
    /// The CRC-16 checksum does not match: the key is damaged or truncated.
    case badChecksum(what: String)
    /// The text is an NKEY but not a seed (it starts with `found`, seeds start with `S`).
    case notASeed(found: Character)
    /// The prefix byte names no known key type.
    case unknownType(what: String)
    /// The key is of another type than the one needed (for example an account seed where a
    /// user seed is needed).
    case wrongType(expected: NKeyType, found: NKeyType)
    /// OpenSSL failed to derive, sign or generate.
    case cryptoFailure(String)

    /// One line that says what is wrong with the key, without showing it.
    public var description: String {
        switch self {
        case .notBase32(let what):
            return "the \(what) is not valid base32"
        case .wrongLength(let what, let bytes):
            return "the \(what) has the wrong length (\(bytes) bytes decoded)"
        case .badChecksum(let what):
            return "the \(what) has a bad checksum (damaged or truncated)"
        case .notASeed(let found):
            return "expected an NKEY seed (starting with S), found a key starting with \(found)"
        case .unknownType(let what):
            return "the \(what) has an unknown type prefix"
        case .wrongType(let expected, let found):
            return "expected a \(expected) key, found a \(found) key"
        case .cryptoFailure(let reason):
            return "Ed25519: \(reason)"
        }
    }
}
