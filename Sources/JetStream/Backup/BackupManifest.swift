import Archive
import FoundationEssentials

/// The integrity record natsctl adds to a backup as `natsctl-manifest.json`: the size and
/// checksum of `backup.json` and `stream.tar.s2`. It is never sent to the server; the `nats`
/// CLI ignores it.
public struct BackupManifest: Codable, Sendable, Equatable {
    /// The member or file name of the manifest.
    public static let fileName = "natsctl-manifest.json"
    /// The value of `format` this version writes and reads.
    public static let currentFormat = "natsctl-stream-backup/1"

    /// One checksummed file of the backup.
    public struct File: Codable, Sendable, Equatable {
        /// `backup.json` or `stream.tar.s2`.
        public var name: String
        /// Its size in bytes.
        public var size: UInt64
        /// Its CRC-32 as eight lowercase hex digits, when recorded.
        public var crc32: String?
        /// Its SHA-256 as 64 lowercase hex digits, when recorded.
        public var sha256: String?

        /// Creates a record.
        public init(name: String, size: UInt64, crc32: String? = nil, sha256: String? = nil) {
            self.name = name
            self.size = size
            self.crc32 = crc32
            self.sha256 = sha256
        }
    }

    /// The format identifier, `natsctl-stream-backup/1`.
    public var format: String
    /// The version of natsctl that wrote the backup.
    public var natsctlVersion: String
    /// The stream's name.
    public var stream: String
    /// When the backup was completed (RFC 3339).
    public var created: String
    /// The checksummed files.
    public var files: [File]

    /// Creates a manifest in the current format.
    public init(natsctlVersion: String, stream: String, created: String, files: [File]) {
        format = Self.currentFormat
        self.natsctlVersion = natsctlVersion
        self.stream = stream
        self.created = created
        self.files = files
    }

    enum CodingKeys: String, CodingKey {
        case format
        case natsctlVersion = "natsctl_version"
        case stream, created, files
    }

    /// The record of the file called `name`.
    public func file(_ name: String) -> File? { files.first { $0.name == name } }

    /// The manifest as pretty-printed JSON.
    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }
}

/// Which checksum a backup's manifest records.
public enum BackupChecksum: Sendable, Equatable {
    /// CRC-32 (fast; detects damage and truncation).
    case crc32
    /// SHA-256 (slower; lets people check `stream.tar.s2` with `sha256sum`).
    case sha256
}

/// Size and checksum of bytes as they stream past.
struct FileDigest {
    private(set) var size: UInt64 = 0
    private var crc: CRC32?
    private var sha: SHA256?

    init(_ kind: BackupChecksum) {
        switch kind {
        case .crc32: crc = CRC32()
        case .sha256: sha = SHA256()
        }
    }

    /// Computes what `record` holds (both when it holds both).
    init(matching record: BackupManifest.File) {
        if record.crc32 != nil { crc = CRC32() }
        if record.sha256 != nil { sha = SHA256() }
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        size += UInt64(bytes.count)
        crc?.update(bytes)
        sha?.update(bytes)
    }

    mutating func record(name: String) -> BackupManifest.File {
        BackupManifest.File(
            name: name, size: size, crc32: crc.map { hex8($0.value) }, sha256: sha?.finalizeHex())
    }
}

/// Eight lowercase hex digits.
func hex8(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
}
