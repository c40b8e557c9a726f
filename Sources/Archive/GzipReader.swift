/// Reads a gzip stream (RFC 1952) as the uncompressed bytes: any deflate data (stored, fixed or
/// dynamic Huffman blocks), several members one after another, CRC-32 and length checked at the
/// end of each member. Memory stays at the input buffer plus the 32 KiB window.
public final class GzipReader: ByteSource {
    private let input: BitInput
    private var inflater: Inflater?
    private var crc = CRC32()
    private var memberSize: UInt32 = 0
    private var isDone = false

    /// Reads gzip data from `source`.
    public init(source: any ByteSource) {
        input = BitInput(source: source)
    }

    /// Whether `prefix` (the first bytes of some data) starts like a gzip stream.
    public static func isGzip(_ prefix: [UInt8]) -> Bool {
        prefix.count >= 2 && prefix[0] == 0x1F && prefix[1] == 0x8B
    }

    /// Reads the next uncompressed bytes.
    /// - Throws: `ArchiveError.unsupported` for data that is not gzip, `.corrupted` for invalid
    ///   deflate data or a CRC-32/length mismatch, `.truncated` when the data ends early.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while !isDone {
            guard let inflater else {
                try startMember()
                continue
            }
            let count = try inflater.read(into: buffer)
            if count > 0 {
                crc.update(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
                memberSize &+= UInt32(truncatingIfNeeded: count)
                return count
            }
            try finishMember()
        }
        return 0
    }

    /// Parses a member header; `magicRead` when the caller has already consumed 1f 8b.
    private func startMember(magicRead: Bool = false) throws {
        var header = [UInt8](repeating: 0, count: magicRead ? 8 : 10)
        try readHeaderBytes(&header)
        if magicRead { header = [0x1F, 0x8B] + header }
        guard header[0] == 0x1F, header[1] == 0x8B else {
            throw ArchiveError.unsupported("not gzip data (the magic bytes 1f 8b are missing)")
        }
        guard header[2] == 8 else {
            throw ArchiveError.unsupported("gzip compression method \(header[2]) (only deflate)")
        }
        let flags = header[3]
        guard flags & 0xE0 == 0 else { throw ArchiveError.corrupted("gzip header reserved flags") }
        if flags & 0x04 != 0 {
            var length = [UInt8](repeating: 0, count: 2)
            try readHeaderBytes(&length)
            var extra = [UInt8](repeating: 0, count: Int(length[0]) | Int(length[1]) << 8)
            try readHeaderBytes(&extra)
        }
        if flags & 0x08 != 0 { try skipZeroTerminated() }
        if flags & 0x10 != 0 { try skipZeroTerminated() }
        if flags & 0x02 != 0 {
            var headerCRC = [UInt8](repeating: 0, count: 2)
            try readHeaderBytes(&headerCRC)
        }
        crc = CRC32()
        memberSize = 0
        inflater = Inflater(input: input)
    }

    private func finishMember() throws {
        input.alignToByte()
        var trailer = [UInt8](repeating: 0, count: 8)
        try readHeaderBytes(&trailer, part: "trailer")
        let storedCRC = trailer[0..<4].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let storedSize = trailer[4..<8].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard storedCRC == crc.value else {
            throw ArchiveError.corrupted(
                "gzip CRC-32 mismatch (stored \(hex(storedCRC)), computed \(hex(crc.value)))")
        }
        guard storedSize == memberSize else {
            throw ArchiveError.corrupted(
                "gzip length mismatch (stored \(storedSize), decoded \(memberSize) mod 2^32)")
        }
        inflater = nil
        try skipToNextMember()
    }

    /// After a member: the end, another member, or zero padding (which gzip(1) also accepts).
    private func skipToNextMember() throws {
        guard let first = try input.readByte() else {
            isDone = true
            return
        }
        if first == 0x1F, let second = try input.readByte() {
            guard second == 0x8B else { throw trailingGarbage }
            try startMember(magicRead: true)
            return
        }
        guard first == 0 else { throw trailingGarbage }
        while let byte = try input.readByte() {
            guard byte == 0 else { throw trailingGarbage }
        }
        isDone = true
    }

    private var trailingGarbage: ArchiveError {
        ArchiveError.corrupted("unexpected data after the end of the gzip stream")
    }

    private func readHeaderBytes(_ bytes: inout [UInt8], part: String = "header") throws {
        try bytes.withUnsafeMutableBytes { raw in
            do { try input.readBytes(into: raw) } catch ArchiveError.truncated {
                throw ArchiveError.truncated("gzip data ends inside its \(part)")
            }
        }
    }

    private func skipZeroTerminated() throws {
        while true {
            guard let byte = try input.readByte() else {
                throw ArchiveError.truncated("gzip header is incomplete")
            }
            if byte == 0 { return }
        }
    }
}

private func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
}
