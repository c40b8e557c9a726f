/// Writes a gzip stream (RFC 1952) whose deflate data is made of stored (uncompressed) blocks,
/// for data that is already compressed. Memory stays at one block (64 KiB) whatever the size.
///
/// Over a `PatchableSink` it is patchable too: `reserve` puts the placeholder in a block of its
/// own, and `fill` rewrites it in the file and corrects the CRC-32 at `finish`.
public final class GzipWriter: PatchableSink {
    private static let maxBlock = 65_535
    private let sink: any ByteSink
    private var pending: [UInt8] = []
    private var crc = CRC32()
    private var count: UInt64 = 0
    private var reserved: [UInt64: (slot: PatchSlot, end: UInt64)] = [:]
    private var corrections: [(linear: UInt32, end: UInt64)] = []
    private var isFinished = false

    /// Starts a gzip stream on `sink` by writing its 10-byte header.
    /// - Parameters:
    ///   - sink: where the compressed bytes go.
    ///   - modificationTime: seconds since 1970 stored in the header (0 = none).
    /// - Throws: whatever the sink throws.
    public init(sink: any ByteSink, modificationTime: UInt32 = 0) throws {
        self.sink = sink
        pending.reserveCapacity(Self.maxBlock)
        let time = modificationTime
        try sink.write([
            0x1F, 0x8B, 8, 0,
            UInt8(truncatingIfNeeded: time), UInt8(truncatingIfNeeded: time >> 8),
            UInt8(truncatingIfNeeded: time >> 16), UInt8(truncatingIfNeeded: time >> 24),
            0, 3,
        ])
    }

    /// How many uncompressed bytes have been written.
    public var uncompressedCount: UInt64 { count }

    /// Appends uncompressed bytes.
    /// - Throws: `ArchiveError.misuse` after `finish`, or whatever the sink throws.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard !isFinished else { throw ArchiveError.misuse("write after gzip finish") }
        crc.update(bytes)
        count += UInt64(bytes.count)
        var index = 0
        while index < bytes.count {
            if pending.isEmpty && bytes.count - index >= Self.maxBlock {
                let block = UnsafeRawBufferPointer(rebasing: bytes[index..<index + Self.maxBlock])
                try writeBlock(block)
                index += Self.maxBlock
                continue
            }
            let take = min(Self.maxBlock - pending.count, bytes.count - index)
            pending.append(
                contentsOf: UnsafeRawBufferPointer(rebasing: bytes[index..<index + take]))
            index += take
            if pending.count == Self.maxBlock { try flushPending() }
        }
    }

    /// Writes `count` zero bytes in a stored block of their own and returns their position in
    /// the uncompressed stream.
    /// - Throws: `ArchiveError.misuse` when the sink below is not patchable or `count` exceeds
    ///   one block.
    public func reserve(_ count: Int) throws -> PatchSlot {
        guard let patchable = sink as? any PatchableSink, count <= Self.maxBlock else {
            throw ArchiveError.misuse("gzip placeholder needs a seekable file and ≤ 64 KiB")
        }
        try flushPending()
        try sink.write(Self.blockHeader(count: count, isFinal: false))
        let below = try patchable.reserve(count)
        let slot = PatchSlot(offset: self.count, count: count)
        crc.update([UInt8](repeating: 0, count: count))
        self.count += UInt64(count)
        reserved[slot.offset] = (below, self.count)
        return slot
    }

    /// Rewrites the placeholder of `slot` and records the CRC-32 correction.
    /// - Throws: `ArchiveError.misuse` for an unknown slot or a wrong length.
    public func fill(_ slot: PatchSlot, with bytes: [UInt8]) throws {
        guard let entry = reserved[slot.offset], entry.slot.count == bytes.count,
            let patchable = sink as? any PatchableSink
        else { throw ArchiveError.misuse("fill of an unknown gzip placeholder") }
        try patchable.fill(entry.slot, with: bytes)
        // The placeholder was zeros, so the CRC changes by the linear CRC of the new bytes,
        // advanced over everything that follows them.
        let linear = bytes.withUnsafeBytes { CRC32.advance(0, over: $0) }
        corrections.append((linear, entry.end))
        reserved[slot.offset] = nil
    }

    /// Ends the stream: the last (empty) block and the trailer with CRC-32 and length. Does not
    /// finish the sink.
    /// - Throws: `ArchiveError.misuse` when a placeholder was never filled, or a sink error.
    public func finish() throws {
        guard !isFinished else { return }
        guard reserved.isEmpty else { throw ArchiveError.misuse("gzip placeholder never filled") }
        try flushPending()
        try sink.write(Self.blockHeader(count: 0, isFinal: true))
        var value = crc.value
        for correction in corrections {
            value ^= CRC32.shift(correction.linear, byZeroBytes: count - correction.end)
        }
        let size = UInt32(truncatingIfNeeded: count)
        var trailer: [UInt8] = []
        for shift in stride(from: 0, to: 32, by: 8) {
            trailer.append(UInt8(truncatingIfNeeded: value >> UInt32(shift)))
        }
        for shift in stride(from: 0, to: 32, by: 8) {
            trailer.append(UInt8(truncatingIfNeeded: size >> UInt32(shift)))
        }
        try sink.write(trailer)
        isFinished = true
    }

    private func flushPending() throws {
        guard !pending.isEmpty else { return }
        try pending.withUnsafeBytes { try writeBlock($0) }
        pending.removeAll(keepingCapacity: true)
    }

    private func writeBlock(_ data: UnsafeRawBufferPointer) throws {
        try sink.write(Self.blockHeader(count: data.count, isFinal: false))
        try sink.write(data)
    }

    /// BFINAL and BTYPE=00 padded to a byte, then LEN and its complement, little-endian.
    private static func blockHeader(count: Int, isFinal: Bool) -> [UInt8] {
        let length = UInt16(count)
        return [
            isFinal ? 1 : 0,
            UInt8(length & 0xFF), UInt8(length >> 8),
            UInt8(~length & 0xFF), UInt8(~length >> 8),
        ]
    }
}
