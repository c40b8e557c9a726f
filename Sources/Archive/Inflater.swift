/// Decompresses raw deflate data (RFC 1951: stored, fixed and dynamic Huffman blocks) on demand,
/// into the caller's buffer, keeping only the 32 KiB history window between calls.
final class Inflater {
    private enum Mode {
        case blockHeader
        case stored(remaining: Int)
        case codes
        case finished
    }

    private static let windowSize = 32 * 1024
    private static let windowMask = windowSize - 1

    private let input: BitInput
    private let window = UnsafeMutablePointer<UInt8>.allocate(capacity: Inflater.windowSize)
    private var position = 0
    private var historyCount = 0
    private var mode = Mode.blockHeader
    private var isLastBlock = false
    private var literals = HuffmanTable.fixedLiterals
    private var distances = HuffmanTable.fixedDistances
    private var copyLength = 0
    private var copyDistance = 0

    init(input: BitInput) {
        self.input = input
        window.initialize(repeating: 0, count: Self.windowSize)
    }

    deinit { window.deallocate() }

    /// Whether the final block has been fully decoded.
    var isFinished: Bool {
        if case .finished = mode { return copyLength == 0 }
        return false
    }

    /// Decodes up to `output.count` bytes; returns how many, 0 only when finished.
    /// - Throws: `ArchiveError.corrupted` for invalid data, `.truncated` when input ends early.
    func read(into output: UnsafeMutableRawBufferPointer) throws -> Int {
        var produced = 0
        while produced < output.count {
            if copyLength > 0 {
                produced += copyMatch(into: output, at: produced)
                continue
            }
            switch mode {
            case .finished:
                return produced
            case .blockHeader:
                try readBlockHeader()
            case .stored(let remaining):
                let count = min(remaining, output.count - produced)
                let target = UnsafeMutableRawBufferPointer(
                    rebasing: output[produced..<produced + count])
                try input.readBytes(into: target)
                remember(UnsafeRawBufferPointer(target))
                produced += count
                mode = remaining == count ? endOfBlock() : .stored(remaining: remaining - count)
            case .codes:
                produced += try decodeCodes(into: output, at: produced)
            }
        }
        return produced
    }

    private func endOfBlock() -> Mode { isLastBlock ? .finished : .blockHeader }

    private func readBlockHeader() throws {
        try input.need(3)
        isLastBlock = input.take(1) == 1
        switch input.take(2) {
        case 0:
            input.alignToByte()
            try input.need(32)
            let length = Int(input.take(16))
            let complement = Int(input.take(16))
            guard length == ~complement & 0xFFFF else {
                throw ArchiveError.corrupted("deflate stored block length check failed")
            }
            mode = length == 0 ? endOfBlock() : .stored(remaining: length)
        case 1:
            literals = HuffmanTable.fixedLiterals
            distances = HuffmanTable.fixedDistances
            mode = .codes
        case 2:
            try readDynamicTables()
            mode = .codes
        default:
            throw ArchiveError.corrupted("invalid deflate block type 3")
        }
    }

    private func readDynamicTables() throws {
        try input.need(14)
        let literalCount = Int(input.take(5)) + 257
        let distanceCount = Int(input.take(5)) + 1
        let codeLengthCount = Int(input.take(4)) + 4
        guard literalCount <= 286, distanceCount <= 30 else {
            throw ArchiveError.corrupted("too many deflate length or distance codes")
        }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            try input.need(3)
            codeLengthLengths[codeLengthOrder[index]] = UInt8(input.take(3))
        }
        let codeLengths = try HuffmanTable(lengths: codeLengthLengths[...])
        var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
        var index = 0
        while index < lengths.count {
            let symbol = try decodeSymbol(codeLengths)
            if symbol < 16 {
                lengths[index] = UInt8(symbol)
                index += 1
                continue
            }
            var value: UInt8 = 0
            var repeatCount: Int
            switch symbol {
            case 16:
                guard index > 0 else {
                    throw ArchiveError.corrupted("deflate code length repeat with no previous")
                }
                value = lengths[index - 1]
                try input.need(2)
                repeatCount = 3 + Int(input.take(2))
            case 17:
                try input.need(3)
                repeatCount = 3 + Int(input.take(3))
            default:
                try input.need(7)
                repeatCount = 11 + Int(input.take(7))
            }
            guard index + repeatCount <= lengths.count else {
                throw ArchiveError.corrupted("deflate code lengths overflow their table")
            }
            for _ in 0..<repeatCount {
                lengths[index] = value
                index += 1
            }
        }
        guard lengths[256] != 0 else {
            throw ArchiveError.corrupted("deflate block has no end-of-block code")
        }
        literals = try HuffmanTable(lengths: lengths[0..<literalCount])
        distances = try HuffmanTable(lengths: lengths[literalCount...])
    }

    @inline(__always)
    private func decodeSymbol(_ table: HuffmanTable) throws -> Int {
        try table.entries.withUnsafeBufferPointer { try decodeSymbol($0, mask: table.mask) }
    }

    @inline(__always)
    private func decodeSymbol(_ entries: UnsafeBufferPointer<UInt16>, mask: UInt64) throws -> Int {
        if input.bitCount < 15 { try input.fillBits() }
        let entry = Int(entries[Int(input.bits & mask)])
        let length = entry & 15
        guard length != 0 else { throw ArchiveError.corrupted("invalid deflate Huffman code") }
        guard length <= input.bitCount else { throw truncatedDeflate }
        _ = input.take(length)
        return entry >> 4
    }

    /// Decodes literals and matches of the current Huffman block until `output` is full, the
    /// block ends, or a match must be continued on the next call.
    private func decodeCodes(into output: UnsafeMutableRawBufferPointer, at offset: Int) throws
        -> Int
    {
        let literalTable = literals
        let distanceTable = distances
        let window = self.window
        let mask = Self.windowMask
        var position = self.position
        var history = historyCount
        defer {
            self.position = position
            historyCount = history
        }
        return try literalTable.entries.withUnsafeBufferPointer { literalEntries in
            try distanceTable.entries.withUnsafeBufferPointer { distanceEntries in
                var produced = offset
                while produced < output.count {
                    let symbol = try decodeSymbol(literalEntries, mask: literalTable.mask)
                    if symbol < 256 {
                        let byte = UInt8(truncatingIfNeeded: symbol)
                        output[produced] = byte
                        window[position & mask] = byte
                        position &+= 1
                        produced += 1
                        if history < Self.windowSize { history += 1 }
                        continue
                    }
                    if symbol == 256 {
                        mode = endOfBlock()
                        break
                    }
                    let lengthIndex = symbol - 257
                    guard lengthIndex < 29 else {
                        throw ArchiveError.corrupted("invalid deflate length")
                    }
                    let lengthExtra = lengthExtraBits[lengthIndex]
                    try input.need(lengthExtra)
                    var length = lengthBases[lengthIndex] + Int(input.take(lengthExtra))
                    let distanceSymbol = try decodeSymbol(distanceEntries, mask: distanceTable.mask)
                    guard distanceSymbol < 30 else {
                        throw ArchiveError.corrupted("invalid deflate distance code")
                    }
                    let distanceExtra = distanceExtraBits[distanceSymbol]
                    try input.need(distanceExtra)
                    let distance = distanceBases[distanceSymbol] + Int(input.take(distanceExtra))
                    guard distance <= history else {
                        throw ArchiveError.corrupted(
                            "deflate distance reaches before the data start")
                    }
                    let count = min(length, output.count - produced)
                    for _ in 0..<count {
                        let byte = window[(position &- distance) & mask]
                        window[position & mask] = byte
                        position &+= 1
                        output[produced] = byte
                        produced += 1
                    }
                    length -= count
                    history = min(Self.windowSize, history + count)
                    if length > 0 {
                        copyLength = length
                        copyDistance = distance
                    }
                }
                return produced - offset
            }
        }
    }

    /// Copies as much of the pending match as fits; returns how many bytes.
    private func copyMatch(into output: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
        let count = min(copyLength, output.count - offset)
        for index in 0..<count {
            let byte = window[(position &- copyDistance) & Self.windowMask]
            window[position & Self.windowMask] = byte
            position &+= 1
            output[offset + index] = byte
        }
        copyLength -= count
        historyCount = min(Self.windowSize, historyCount + count)
        return count
    }

    /// Adds bytes copied straight to the output (stored blocks) to the history window.
    private func remember(_ bytes: UnsafeRawBufferPointer) {
        let tail = UnsafeRawBufferPointer(
            rebasing: bytes[max(0, bytes.count - Self.windowSize)...])
        let ring = UnsafeMutableRawBufferPointer(start: window, count: Self.windowSize)
        do {
            var copied = 0
            while copied < tail.count {
                let at = (position &+ copied) & Self.windowMask
                let count = min(tail.count - copied, Self.windowSize - at)
                UnsafeMutableRawBufferPointer(rebasing: ring[at..<at + count])
                    .copyMemory(
                        from: UnsafeRawBufferPointer(rebasing: tail[copied..<copied + count]))
                copied += count
            }
        }
        position &+= tail.count
        historyCount = min(Self.windowSize, historyCount + bytes.count)
    }
}

private let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
private let lengthBases = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
]
private let lengthExtraBits = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
]
private let distanceBases = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
]
private let distanceExtraBits = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
]
