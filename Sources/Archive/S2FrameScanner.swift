/// Walks the chunk headers of an S2 (or Snappy) framed stream, the format of a JetStream
/// snapshot, without decompressing it: counts the chunks and the uncompressed bytes, and tells
/// whether the stream is complete (it ends on a chunk boundary after a stream identifier).
/// Bytes can be fed in pieces of any size; memory stays at a few bytes.
public struct S2FrameScanner: Sendable {
    /// The uncompressed size of the data chunks seen so far.
    public private(set) var uncompressedBytes: UInt64 = 0
    /// The data chunks seen so far.
    public private(set) var dataChunks = 0
    /// The first problem found, if any; later bytes are ignored after it.
    public private(set) var problem: String?

    private var header: [UInt8] = []
    private var chunkType: UInt8 = 0
    private var chunkLength = 0
    private var remaining = 0
    private var prefix: [UInt8] = []
    private var sawIdentifier = false
    private var inChunk = false

    /// A scanner at the start of a stream.
    public init() {}

    /// Scans the next bytes of the stream.
    public mutating func scan(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        while index < bytes.count && problem == nil {
            if !inChunk {
                header.append(bytes[index])
                index += 1
                if header.count == 4 { startChunk() }
                continue
            }
            let take = min(remaining, bytes.count - index)
            let wanted = min(prefixLength - prefix.count, take)
            if wanted > 0 {
                prefix.append(
                    contentsOf: UnsafeRawBufferPointer(rebasing: bytes[index..<index + wanted]))
            }
            index += take
            remaining -= take
            if remaining == 0 { endChunk() }
        }
    }

    /// Scans the next bytes of the stream.
    public mutating func scan(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { scan($0) }
    }

    /// Checks that the stream seen so far is complete.
    /// - Throws: `ArchiveError.corrupted` for invalid framing, `.truncated` when the data ends
    ///   inside a chunk.
    public func finish() throws {
        if let problem { throw ArchiveError.corrupted(problem) }
        if inChunk || !header.isEmpty {
            throw ArchiveError.truncated("the snapshot data ends inside an S2 chunk")
        }
        guard sawIdentifier else {
            throw ArchiveError.corrupted("the snapshot data is empty, not an S2 stream")
        }
    }

    /// How many leading bytes of the current chunk are needed to account for it.
    private var prefixLength: Int {
        switch chunkType {
        case 0xFF: return 6
        case 0x00: return 4 + 10
        default: return 0
        }
    }

    private mutating func startChunk() {
        chunkType = header[0]
        chunkLength = Int(header[1]) | Int(header[2]) << 8 | Int(header[3]) << 16
        header.removeAll(keepingCapacity: true)
        prefix.removeAll(keepingCapacity: true)
        if !sawIdentifier && chunkType != 0xFF {
            problem = "the snapshot data is not an S2 stream (no stream identifier)"
            return
        }
        if (0x02...0x7F).contains(chunkType) {
            problem = "the snapshot data has an S2 chunk of reserved type \(chunkType)"
            return
        }
        remaining = chunkLength
        inChunk = true
        if remaining == 0 { endChunk() }
    }

    private mutating func endChunk() {
        inChunk = false
        switch chunkType {
        case 0xFF:
            let body = String(decoding: prefix, as: UTF8.self)
            guard chunkLength == 6, body == "S2sTwO" || body == "sNaPpY" else {
                problem = "the snapshot data has an invalid S2 stream identifier"
                return
            }
            sawIdentifier = true
        case 0x00:
            guard chunkLength > 4, let length = Self.uvarint(prefix.dropFirst(4)) else {
                problem = "the snapshot data has an invalid S2 compressed chunk"
                return
            }
            uncompressedBytes += length
            dataChunks += 1
        case 0x01:
            guard chunkLength >= 4 else {
                problem = "the snapshot data has an invalid S2 uncompressed chunk"
                return
            }
            uncompressedBytes += UInt64(chunkLength - 4)
            dataChunks += 1
        default:
            break
        }
    }

    private static func uvarint(_ bytes: ArraySlice<UInt8>) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes {
            guard shift < 64 else { return nil }
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }
}
