#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a `.creds` or NKEY seed file could not be used. No description contains the seed.
public enum CredentialsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)
    /// A `.creds` file has no `BEGIN NATS USER JWT` block.
    case missingJWT(path: String)
    /// The file has no NKEY seed (no seed block and no line starting with `SU`, `SA`, `SO`).
    case missingSeed(path: String)
    /// The seed in the file is damaged or of the wrong type.
    case badSeed(path: String, NKeyError)

    /// One line that names the file and what is wrong with it.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read credentials file \(path): \(reason)"
        case .missingJWT(let path):
            return "credentials file \(path) has no user JWT block"
        case .missingSeed(let path):
            return "credentials file \(path) has no NKEY seed"
        case .badSeed(let path, let error):
            return "credentials file \(path): \(error)"
        }
    }
}

/// The contents of a `.creds` file (user JWT and user seed) or of an NKEY seed file, with a
/// warning when the file is readable by group or others.
public struct CredentialsFile: Sendable {
    /// The user JWT; `nil` for a seed-only NKEY file.
    public let jwt: String?
    /// The user seed that signs the server's nonce.
    public let seed: NKeySeed
    /// A warning for the caller to show, for example when others can read the file.
    public let warnings: [String]

    /// Parses `.creds` text: the first decorated block is the JWT, the second the seed.
    /// - Throws: `CredentialsError.missingJWT`, `.missingSeed`, or `.badSeed` (checksum,
    ///   encoding, or not a user seed); `path` only names the source in messages.
    public static func parseCreds(_ text: String, path: String) throws(CredentialsError) -> Self {
        let blocks = decoratedBlocks(text)
        guard let jwt = blocks.first, jwt.hasPrefix("ey") else { throw .missingJWT(path: path) }
        guard blocks.count > 1 else { throw .missingSeed(path: path) }
        return Self(jwt: jwt, seed: try userSeed(blocks[1], path: path), warnings: [])
    }

    /// Parses NKEY seed file text: a decorated seed block, or the first line that starts
    /// with `SU`, `SA` or `SO`.
    /// - Throws: `CredentialsError.missingSeed` or `.badSeed`.
    public static func parseNKey(_ text: String, path: String) throws(CredentialsError) -> Self {
        let blocks = decoratedBlocks(text)
        var candidate = blocks.count > 1 ? blocks[1] : nil
        if candidate == nil {
            candidate = text.split(whereSeparator: \.isNewline).map { trimmed($0) }.first {
                $0.hasPrefix("SU") || $0.hasPrefix("SA") || $0.hasPrefix("SO")
            }
        }
        guard let candidate else { throw .missingSeed(path: path) }
        return Self(jwt: nil, seed: try userSeed(candidate, path: path), warnings: [])
    }

    /// Reads and parses a `.creds` file.
    /// - Throws: `CredentialsError` when the file cannot be read or is malformed.
    public static func loadCreds(path: String) throws(CredentialsError) -> Self {
        let (text, warning) = try readFile(path)
        return try parseCreds(text, path: path).adding(warning)
    }

    /// Reads and parses an NKEY seed file.
    /// - Throws: `CredentialsError` when the file cannot be read or has no valid user seed.
    public static func loadNKey(path: String) throws(CredentialsError) -> Self {
        let (text, warning) = try readFile(path)
        return try parseNKey(text, path: path).adding(warning)
    }

    private func adding(_ warning: String?) -> Self {
        Self(jwt: jwt, seed: seed, warnings: warnings + (warning.map { [$0] } ?? []))
    }

    private static func userSeed(_ text: String, path: String) throws(CredentialsError) -> NKeySeed
    {
        let seed: NKeySeed
        do {
            seed = try NKeySeed(text)
        } catch {
            throw .badSeed(path: path, error)
        }
        guard seed.type == .user else {
            throw .badSeed(path: path, .wrongType(expected: .user, found: seed.type))
        }
        return seed
    }

    /// The tokens framed by `-----BEGIN …-----` and `------END …------` lines, in order.
    static func decoratedBlocks(_ text: String) -> [String] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { trimmed($0) }
        var blocks: [String] = []
        var index = 0
        while index + 2 < lines.count {
            if isDashedLine(lines[index]), isToken(lines[index + 1]), isDashedLine(lines[index + 2])
            {
                blocks.append(lines[index + 1])
                index += 3
            } else {
                index += 1
            }
        }
        return blocks
    }

    private static func isDashedLine(_ line: String) -> Bool {
        line.hasPrefix("---") && line.hasSuffix("---") && line.count >= 6
    }

    private static func isToken(_ line: String) -> Bool {
        !line.isEmpty
            && line.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || ("0"..."9").contains($0)
                    || "_-.=".unicodeScalars
                        .contains($0)
            }
    }

    private static func trimmed(_ text: some StringProtocol) -> String {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    private static func readFile(_ path: String) throws(CredentialsError) -> (String, String?) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        var warning: String?
        if fstat(descriptor, &status) == 0 {
            if status.st_mode & S_IFMT != S_IFREG {
                throw .unreadable(path: path, reason: "not a regular file")
            }
            let mode = status.st_mode & 0o777
            if mode & 0o077 != 0 {
                warning =
                    "credentials file \(path) is readable by group or others (mode "
                    + "\(String(mode, radix: 8))); restrict it with chmod 600"
            }
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while bytes.count <= 1 << 20 {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        if bytes.count > 1 << 20 { throw .unreadable(path: path, reason: "larger than 1 MiB") }
        return (String(decoding: bytes, as: UTF8.self), warning)
    }
}
