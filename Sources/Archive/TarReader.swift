/// One member of a tar archive.
public struct TarEntry: Sendable, Equatable {
    /// What kind of member it is.
    public enum Kind: Sendable, Equatable {
        /// A regular file.
        case file
        /// A directory (its size is 0).
        case directory
        /// Anything else (links, devices, …), by its type flag.
        case other(UInt8)
    }

    /// The member's path inside the archive, as stored (PAX and GNU long names applied).
    public let name: String
    /// The member's data size in bytes.
    public let size: UInt64
    /// The member's kind.
    public let kind: Kind
    /// The member's modification time, in seconds since 1970.
    public let modificationTime: Int64

    /// The last path component of `name` (`./dir/backup.json` → `backup.json`).
    public var baseName: String {
        String(name.split(separator: "/", omittingEmptySubsequences: true).last ?? "")
    }
}

/// Reads a tar archive (ustar, GNU and PAX headers) member by member, streaming the data of each.
/// Memory stays at one header block whatever the member sizes.
public final class TarReader: ByteSource {
    private let source: any ByteSource
    private var current: TarEntry?
    private var remaining: UInt64 = 0
    private var padding = 0
    private var isAtEnd = false

    /// Reads the archive from `source`.
    public init(source: any ByteSource) { self.source = source }

    /// Moves to the next member, skipping the unread data of the current one. PAX extended and
    /// GNU long-name headers are applied to the member they describe and not returned.
    /// - Returns: the member, or nil after the end-of-archive marker.
    /// - Throws: `ArchiveError.truncated` when the data ends without the end-of-archive marker,
    ///   `.corrupted` for a damaged header.
    public func next() throws -> TarEntry? {
        try skipRest()
        var longName: String?
        var paxSize: UInt64?
        while !isAtEnd {
            guard let block = try readHeaderBlock() else {
                throw ArchiveError.truncated("tar data ends without its end-of-archive marker")
            }
            if block.allSatisfy({ $0 == 0 }) {
                isAtEnd = true
                return nil
            }
            let header = try TarHeader.decode(block)
            switch header.typeFlag {
            case UInt8(ascii: "x"):
                let records = try readMetadata(header)
                if let path = records["path"] { longName = path }
                if let size = records["size"] {
                    guard let value = UInt64(size) else {
                        throw ArchiveError.corrupted("tar PAX size is not a number")
                    }
                    paxSize = value
                }
            case UInt8(ascii: "L"):
                longName = TarHeader.field(try readMetadataBytes(header)[...])
            case UInt8(ascii: "g"), UInt8(ascii: "K"):
                _ = try readMetadataBytes(header)
            default:
                let size = paxSize ?? header.size
                let entry = TarEntry(
                    name: longName ?? header.name, size: size, kind: kind(of: header.typeFlag),
                    modificationTime: header.modificationTime)
                current = entry
                remaining = hasData(header.typeFlag) ? size : 0
                padding = Int((512 - remaining % 512) % 512)
                return entry
            }
        }
        return nil
    }

    /// Reads the current member's data; 0 at its end.
    /// - Throws: `ArchiveError.truncated` when the archive ends inside the member.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard remaining > 0, !buffer.isEmpty else { return 0 }
        let wanted = Int(min(UInt64(buffer.count), remaining))
        let count = try source.read(
            into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<wanted]))
        guard count > 0 else { throw truncatedMember() }
        remaining -= UInt64(count)
        return count
    }

    /// Reads the whole current member into memory, refusing members larger than `limit`.
    /// - Throws: `ArchiveError.corrupted` when it is larger than `limit`; read errors.
    public func readAll(limit: Int) throws -> [UInt8] {
        guard remaining <= UInt64(limit) else {
            let name = current?.name ?? "?"
            throw ArchiveError.corrupted("tar member \(name) is larger than \(limit) bytes")
        }
        var bytes = [UInt8](repeating: 0, count: Int(remaining))
        let count = try bytes.withUnsafeMutableBytes { try readFully(into: $0) }
        guard count == bytes.count else { throw truncatedMember() }
        return bytes
    }

    private func truncatedMember() -> ArchiveError {
        let name = current?.name ?? "?"
        let size = current?.size ?? 0
        return .truncated("tar member \(name) ends after \(size - remaining) of \(size) bytes")
    }

    private func skipRest() throws {
        var scratch = [UInt8](repeating: 0, count: 64 * 1024)
        while remaining > 0 {
            _ = try scratch.withUnsafeMutableBytes { try read(into: $0) }
        }
        if padding > 0 {
            let count = try scratch.withUnsafeMutableBytes {
                try source.readFully(into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<padding]))
            }
            guard count == padding else {
                throw ArchiveError.truncated("tar data ends inside the padding of a member")
            }
            padding = 0
        }
        current = nil
    }

    /// The next 512-byte block, or nil when the data ends cleanly before it.
    private func readHeaderBlock() throws -> [UInt8]? {
        var block = [UInt8](repeating: 0, count: TarHeader.blockSize)
        let count = try block.withUnsafeMutableBytes { try source.readFully(into: $0) }
        if count == 0 { return nil }
        guard count == TarHeader.blockSize else {
            throw ArchiveError.truncated("tar data ends inside a header")
        }
        return block
    }

    private func readMetadataBytes(_ header: TarHeader) throws -> [UInt8] {
        current = TarEntry(
            name: header.name, size: header.size, kind: .other(header.typeFlag), modificationTime: 0
        )
        remaining = header.size
        padding = Int((512 - header.size % 512) % 512)
        let bytes = try readAll(limit: 1 << 20)
        try skipRest()
        return bytes
    }

    /// PAX records: "<length> <key>=<value>\n" each.
    private func readMetadata(_ header: TarHeader) throws -> [String: String] {
        let bytes = try readMetadataBytes(header)
        var records: [String: String] = [:]
        var index = 0
        while index < bytes.count {
            guard let space = bytes[index...].firstIndex(of: 0x20),
                let length = Int(String(decoding: bytes[index..<space], as: UTF8.self)),
                length > space - index, index + length <= bytes.count,
                let equals = bytes[space..<index + length].firstIndex(of: UInt8(ascii: "="))
            else { throw ArchiveError.corrupted("tar PAX header record is malformed") }
            let key = String(decoding: bytes[(space + 1)..<equals], as: UTF8.self)
            let value = String(decoding: bytes[(equals + 1)..<(index + length - 1)], as: UTF8.self)
            records[key] = value
            index += length
        }
        return records
    }

    private func kind(of flag: UInt8) -> TarEntry.Kind {
        switch flag {
        case 0, UInt8(ascii: "0"), UInt8(ascii: "7"): return .file
        case UInt8(ascii: "5"): return .directory
        default: return .other(flag)
        }
    }

    /// Links, devices, directories and FIFOs carry no data, whatever their size field says.
    private func hasData(_ flag: UInt8) -> Bool {
        !(UInt8(ascii: "1")...UInt8(ascii: "6")).contains(flag)
    }
}
