import Archive
import Testing

@Suite struct S2FrameScannerTests {
    private static let identifier: [UInt8] = [0xFF, 6, 0, 0] + Array("S2sTwO".utf8)

    private static func chunk(_ type: UInt8, _ body: [UInt8]) -> [UInt8] {
        [type, UInt8(body.count & 0xFF), UInt8(body.count >> 8 & 0xFF), UInt8(body.count >> 16)]
            + body
    }

    /// Identifier, a compressed chunk claiming 300 000 bytes (varint), an uncompressed chunk of
    /// 1000 bytes, padding, and a skippable index chunk.
    private static let stream: [UInt8] =
        identifier
        + chunk(0x00, [1, 2, 3, 4, 0xE0, 0xA7, 0x12] + randomBytes(50, seed: 1))
        + chunk(0x01, [0, 0, 0, 0] + randomBytes(1000, seed: 2))
        + chunk(0xFE, [0, 0, 0])
        + chunk(0x99, randomBytes(20, seed: 3))

    @Test func countsUncompressedBytesWhateverTheSplit() throws {
        for split in 0...Self.stream.count {
            var scanner = S2FrameScanner()
            scanner.scan(Array(Self.stream[..<split]))
            scanner.scan(Array(Self.stream[split...]))
            try scanner.finish()
            #expect(scanner.uncompressedBytes == 300_000 + 1000)
            #expect(scanner.dataChunks == 2)
        }
    }

    @Test func truncationInsideAChunkIsReported() {
        for cut in [1, 5, 12, 40, Self.stream.count - 1] {
            var scanner = S2FrameScanner()
            scanner.scan(Array(Self.stream.prefix(cut)))
            #expect(throws: ArchiveError.truncated("the snapshot data ends inside an S2 chunk")) {
                try scanner.finish()
            }
        }
    }

    @Test func dataThatIsNotS2IsReported() {
        var plain = S2FrameScanner()
        plain.scan(Array("ustar tar data".utf8))
        #expect(throws: ArchiveError.self) { try plain.finish() }
        #expect(plain.problem?.contains("no stream identifier") == true)

        var reserved = S2FrameScanner()
        reserved.scan(Self.identifier + Self.chunk(0x05, [1, 2]))
        #expect(reserved.problem == "the snapshot data has an S2 chunk of reserved type 5")

        var empty = S2FrameScanner()
        #expect(throws: ArchiveError.corrupted("the snapshot data is empty, not an S2 stream")) {
            try empty.finish()
        }
        empty.scan([UInt8]())
    }

    @Test func snappyIdentifierIsAccepted() throws {
        var scanner = S2FrameScanner()
        scanner.scan([0xFF, 6, 0, 0] + Array("sNaPpY".utf8) + Self.chunk(0x01, [0, 0, 0, 0, 9]))
        try scanner.finish()
        #expect(scanner.uncompressedBytes == 1)
    }
}
