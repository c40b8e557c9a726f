/// Buffered input for the gzip reader: whole bytes for headers and stored blocks, and bits
/// (least significant first) for Huffman-coded deflate data.
final class BitInput {
    private let source: any ByteSource
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var sourceEnded = false
    /// Bits read from the buffer but not consumed yet, the next bit in bit 0.
    private(set) var bits: UInt64 = 0
    /// How many bits of `bits` are valid.
    private(set) var bitCount = 0

    init(source: any ByteSource, capacity: Int = 64 * 1024) {
        self.source = source
        buffer = [UInt8](repeating: 0, count: capacity)
    }

    /// Refills the byte buffer when it is empty; false when the source has ended.
    private func refill() throws -> Bool {
        if start < end { return true }
        if sourceEnded { return false }
        let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
        start = 0
        end = count
        if count == 0 { sourceEnded = true }
        return count > 0
    }

    /// Loads whole bytes into the bit buffer until it holds at least 57 bits or input ends.
    /// The fast path loads eight bytes at once; bits above `bitCount` then hold a copy of the
    /// next unread byte, which the next load ORs in again unchanged.
    @inline(__always)
    func fillBits() throws {
        if bitCount <= 56 && end - start >= 8 {
            let word = buffer.withUnsafeBytes {
                $0.loadUnaligned(fromByteOffset: start, as: UInt64.self)
            }
            let taken = (63 - bitCount) >> 3
            bits |= UInt64(littleEndian: word) << UInt64(bitCount)
            start += taken
            bitCount += taken << 3
            return
        }
        while bitCount <= 56 {
            if start == end {
                guard try refill() else { return }
            }
            bits |= UInt64(buffer[start]) << UInt64(bitCount)
            start += 1
            bitCount += 8
        }
    }

    /// Makes sure `count` (≤ 32) bits are available.
    /// - Throws: `ArchiveError.truncated` when the input ends first.
    @inline(__always)
    func need(_ count: Int) throws {
        if bitCount < count {
            try fillBits()
            if bitCount < count { throw truncatedDeflate }
        }
    }

    /// Consumes and returns `count` (≤ 32) bits; `need` must have been called.
    @inline(__always)
    func take(_ count: Int) -> UInt32 {
        let value = UInt32(truncatingIfNeeded: bits & ((1 << UInt64(count)) - 1))
        bits >>= UInt64(count)
        bitCount -= count
        return value
    }

    /// Drops the bits up to the next byte boundary.
    func alignToByte() {
        let drop = bitCount % 8
        bits >>= UInt64(drop)
        bitCount -= drop
    }

    /// The next whole byte, or nil at the end of input. Only after `alignToByte`.
    func readByte() throws -> UInt8? {
        if bitCount >= 8 { return UInt8(take(8)) }
        bits = 0
        guard try refill() else { return nil }
        start += 1
        return buffer[start - 1]
    }

    /// Fills `destination` with the next whole bytes. Only after `alignToByte`.
    /// - Throws: `ArchiveError.truncated` when input ends first.
    func readBytes(into destination: UnsafeMutableRawBufferPointer) throws {
        var filled = 0
        while filled < destination.count && bitCount >= 8 {
            destination[filled] = UInt8(take(8))
            filled += 1
        }
        // The fast refill leaves copies of unread bytes above `bitCount`; they must not be ORed
        // into the bits of whatever is read after these bytes.
        if filled < destination.count { bits = 0 }
        while filled < destination.count {
            guard try refill() else { throw truncatedDeflate }
            let count = min(end - start, destination.count - filled)
            buffer.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(rebasing: destination[filled..<filled + count])
                    .copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[start..<start + count]))
            }
            start += count
            filled += count
        }
    }

    /// True when no byte is left (after `alignToByte`).
    func isAtEnd() throws -> Bool {
        if bitCount >= 8 { return false }
        return try !refill()
    }
}

let truncatedDeflate = ArchiveError.truncated("gzip data ends before its end marker")
