import Archive
import Testing

@Suite struct GzipWriterTests {
    private func gzip(_ bytes: [UInt8], writeSize: Int = 10_000) throws -> [UInt8] {
        let sink = MemorySink()
        let writer = try GzipWriter(sink: sink)
        var index = 0
        while index < bytes.count {
            let end = min(bytes.count, index + writeSize)
            try writer.write(Array(bytes[index..<end]))
            index = end
        }
        try writer.finish()
        return sink.bytes
    }

    @Test(arguments: [0, 1, 65_534, 65_535, 65_536, 300_001])
    func roundTrip(size: Int) throws {
        let data = randomBytes(size, seed: UInt64(size))
        let compressed = try gzip(data, writeSize: 70_000)
        #expect(
            compressed.count == data.count + 10 + 8 + 5 * (data.count / 65_535 + 1) + 5
                - (data.count % 65_535 == 0 ? 5 : 0))
        #expect(try drain(GzipReader(source: MemorySource(compressed))) == data)
    }

    @Test func gzipToolAcceptsOutputAndDecompressesItIdentically() throws {
        let directory = try TemporaryDirectory()
        let data = randomBytes(1_000_000, seed: 5)
        try writeFile(directory.file("data.gz"), try gzip(data, writeSize: 4096))
        let check = try runTool(["gzip", "-t", directory.file("data.gz")])
        #expect(check.status == 0, "gzip -t: \(check.errorOutput)")
        let unpack = try runTool(["gzip", "-d", directory.file("data.gz")])
        try #require(unpack.status == 0, "gzip -d: \(unpack.errorOutput)")
        #expect(try readFile(directory.file("data")) == data)
    }

    @Test func patchedPlaceholderKeepsTheCRCRight() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("patched.gz")
        let file = try FileSink(creating: path)
        let writer = try GzipWriter(sink: file)
        try writer.write(randomBytes(70_000, seed: 6))
        let slot = try writer.reserve(512)
        let tail = randomBytes(200_000, seed: 7)
        try writer.write(tail)
        let patch = randomBytes(512, seed: 8)
        try writer.fill(slot, with: patch)
        try writer.finish()
        try file.finish()
        let check = try runTool(["gzip", "-t", path])
        #expect(check.status == 0, "gzip -t: \(check.errorOutput)")
        let expected = randomBytes(70_000, seed: 6) + patch + tail
        #expect(try drain(GzipReader(source: FileSource(path: path))) == expected)
    }

    @Test func reserveNeedsASeekableSink() throws {
        let writer = try GzipWriter(sink: MemorySink())
        #expect(archiveError { _ = try writer.reserve(512) } != nil)
    }
}

@Suite struct GzipReaderTests {
    /// Compresses with the gzip tool, which uses fixed Huffman blocks for short inputs, dynamic
    /// ones for longer text and stored blocks for incompressible data.
    private func toolGzip(_ data: [UInt8], level: String) throws -> [UInt8] {
        let directory = try TemporaryDirectory()
        try writeFile(directory.file("in"), data)
        let result = try runTool(["gzip", level, "-n", directory.file("in")])
        try #require(result.status == 0, "gzip: \(result.errorOutput)")
        return try readFile(directory.file("in.gz"))
    }

    @Test(arguments: [
        ("short text, fixed Huffman", 40, "-6"),
        ("text, dynamic Huffman", 500_000, "-6"),
        ("text, fastest", 200_000, "-1"),
        ("text, best", 200_000, "-9"),
        ("empty", 0, "-6"),
    ])
    func readsWhatGzipWrites(_ label: String, size: Int, level: String) throws {
        let data = textBytes(size, seed: UInt64(size))
        let compressed = try toolGzip(data, level: level)
        for chunk in [1, 777, 65_536] where size <= 50_000 || chunk > 1 {
            #expect(
                try drain(GzipReader(source: MemorySource(compressed)), chunk: chunk) == data,
                "\(label) chunk \(chunk)")
        }
    }

    @Test func readsIncompressibleDataGzipStores() throws {
        let data = randomBytes(300_000, seed: 9) + textBytes(100_000, seed: 10)
        let compressed = try toolGzip(data, level: "-9")
        #expect(try drain(GzipReader(source: MemorySource(compressed))) == data)
        let trickled = try drain(GzipReader(source: TrickleSource(compressed, maxChunk: 5000)))
        #expect(trickled == data)
    }

    @Test func readsConcatenatedMembersAndZeroPadding() throws {
        let first = textBytes(10_000, seed: 11)
        let second = randomBytes(5_000, seed: 12)
        let joined = try toolGzip(first, level: "-6") + toolGzip(second, level: "-1") + [0, 0, 0]
        #expect(try drain(GzipReader(source: MemorySource(joined))) == first + second)
    }

    @Test func readsHeaderWithFileNameAndComment() throws {
        let directory = try TemporaryDirectory()
        try writeFile(directory.file("named.txt"), textBytes(1000, seed: 13))
        _ = try runTool(["gzip", "-N", directory.file("named.txt")])
        let compressed = try readFile(directory.file("named.txt.gz"))
        #expect(compressed[3] & 0x08 != 0, "gzip stored the file name")
        #expect(
            try drain(GzipReader(source: MemorySource(compressed))) == textBytes(1000, seed: 13))
    }

    @Test func corruptedCRCIsReported() throws {
        var compressed = try toolGzip(textBytes(5000, seed: 14), level: "-6")
        compressed[compressed.count - 6] ^= 0xFF
        let error = archiveError { _ = try drain(GzipReader(source: MemorySource(compressed))) }
        #expect(error?.isCorrupted == true)
        #expect(error?.description.contains("CRC-32 mismatch") == true)
    }

    @Test func damagedStoredDataFailsTheCRC() throws {
        let sink = MemorySink()
        let writer = try GzipWriter(sink: sink)
        try writer.write(randomBytes(100_000, seed: 15))
        try writer.finish()
        var bytes = sink.bytes
        bytes[50_000] ^= 0x01
        let error = archiveError { _ = try drain(GzipReader(source: MemorySource(bytes))) }
        #expect(error?.description.contains("CRC-32 mismatch") == true)
    }

    @Test func damagedHuffmanDataIsReported() throws {
        var compressed = try toolGzip(textBytes(50_000, seed: 16), level: "-6")
        for index in stride(from: 100, to: compressed.count - 100, by: 97) {
            compressed[index] ^= 0x5A
        }
        let error = archiveError { _ = try drain(GzipReader(source: MemorySource(compressed))) }
        #expect(error != nil)
    }

    @Test func truncationAnywhereIsReportedAsTruncated() throws {
        let stored = try {
            let sink = MemorySink()
            let writer = try GzipWriter(sink: sink)
            try writer.write(randomBytes(70_000, seed: 17))
            try writer.finish()
            return sink.bytes
        }()
        let huffman = try toolGzip(textBytes(20_000, seed: 18), level: "-6")
        for compressed in [stored, huffman] {
            for cut in [
                1, 5, 10, 11, 100, compressed.count / 2, compressed.count - 8, compressed.count - 1,
            ] {
                let error = archiveError {
                    _ = try drain(GzipReader(source: MemorySource(Array(compressed[..<cut]))))
                }
                #expect(
                    error?.isTruncated == true,
                    "cut at \(cut) of \(compressed.count): \(String(describing: error))")
            }
        }
    }

    @Test func readsManyTinyStoredBlocksWithAnyBufferSize() throws {
        var payload: [UInt8] = []
        var stream: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]
        for size in [0, 1, 2, 3, 5, 8, 13, 0, 21, 34, 1, 55] {
            let block = randomBytes(size, seed: UInt64(size) + 40)
            payload += block
            let length = UInt16(size)
            stream += [0, UInt8(length & 0xFF), UInt8(length >> 8)]
            stream += [UInt8(~length & 0xFF), UInt8(~length >> 8)] + block
        }
        stream += [1, 0, 0, 0xFF, 0xFF]
        let crc = CRC32.checksum(payload)
        let size = UInt32(payload.count)
        for shift in stride(from: 0, to: 32, by: 8) {
            stream.append(UInt8(truncatingIfNeeded: crc >> UInt32(shift)))
        }
        for shift in stride(from: 0, to: 32, by: 8) {
            stream.append(UInt8(truncatingIfNeeded: size >> UInt32(shift)))
        }
        for chunk in [1, 2, 7, 64, 4096] {
            let read = try drain(GzipReader(source: MemorySource(stream)), chunk: chunk)
            #expect(read == payload, "chunk \(chunk)")
            let trickled = try drain(GzipReader(source: TrickleSource(stream, maxChunk: 9)))
            #expect(trickled == payload)
        }
    }

    @Test func otherDataIsNotGzip() {
        let error = archiveError {
            _ = try drain(GzipReader(source: MemorySource(Array("hello, world".utf8))))
        }
        #expect(error == .unsupported("not gzip data (the magic bytes 1f 8b are missing)"))
        #expect(GzipReader.isGzip([0x1F, 0x8B, 8]))
        #expect(!GzipReader.isGzip(Array("ustar".utf8)))
    }
}
