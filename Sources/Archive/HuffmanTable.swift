/// A canonical Huffman code (RFC 1951 §3.2.2) as a single lookup table indexed by the next
/// `maxLength` input bits, least significant first. Entry = symbol << 4 | code length; 0 marks
/// a bit pattern no code starts with.
struct HuffmanTable {
    private(set) var entries: [UInt16]
    private(set) var mask: UInt64

    /// Builds the table for code lengths indexed by symbol (0 = symbol unused).
    /// - Throws: `ArchiveError.corrupted` when the lengths over-subscribe the code space.
    init(lengths: ArraySlice<UInt8>) throws {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = (left << 1) - counts[length]
            if left < 0 { throw ArchiveError.corrupted("invalid deflate Huffman code lengths") }
        }
        let maxLength = (1...15).last { counts[$0] > 0 } ?? 1
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + counts[length - 1]) << 1
            nextCode[length] = code
        }
        let size = 1 << maxLength
        entries = [UInt16](repeating: 0, count: size)
        mask = UInt64(size - 1)
        for (offset, length) in lengths.enumerated() where length > 0 {
            let length = Int(length)
            let reversed = Self.reverse(nextCode[length], bits: length)
            nextCode[length] += 1
            let entry = UInt16(offset << 4 | length)
            var index = reversed
            while index < size {
                entries[index] = entry
                index += 1 << length
            }
        }
    }

    private static func reverse(_ code: Int, bits: Int) -> Int {
        var value = code
        var result = 0
        for _ in 0..<bits {
            result = (result << 1) | (value & 1)
            value >>= 1
        }
        return result
    }

    /// The fixed literal/length code of block type 1.
    static let fixedLiterals: HuffmanTable = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        return try! HuffmanTable(lengths: lengths[...])
    }()

    /// The fixed distance code of block type 1.
    static let fixedDistances = try! HuffmanTable(lengths: [UInt8](repeating: 5, count: 30)[...])
}
