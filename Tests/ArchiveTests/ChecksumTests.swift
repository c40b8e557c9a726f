import Archive
import Testing

@Suite struct CRC32Tests {
    @Test func knownVectors() {
        #expect(CRC32.checksum([]) == 0)
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(
            CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339
        )
    }

    @Test func incrementalEqualsOneShotAtEverySplit() {
        let bytes = randomBytes(77, seed: 1)
        let whole = CRC32.checksum(bytes)
        for split in 0...bytes.count {
            var crc = CRC32()
            crc.update(Array(bytes[..<split]))
            crc.update(Array(bytes[split...]))
            #expect(crc.value == whole, "split at \(split)")
        }
    }

    @Test func combineEqualsCRCOfConcatenation() {
        let first = randomBytes(1000, seed: 2)
        for length in [0, 1, 7, 512, 65_536, 100_003] {
            let second = randomBytes(length, seed: UInt64(length))
            let combined = CRC32.combine(
                CRC32.checksum(first), CRC32.checksum(second), secondLength: UInt64(length))
            #expect(combined == CRC32.checksum(first + second), "length \(length)")
        }
    }
}

@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(
            SHA256.hex(of: [])
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256.hex(of: Array("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(
            SHA256.hex(of: Array(twoBlocks.utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func incrementalEqualsOneShotAcrossBlockBoundaries() {
        let bytes = randomBytes(300, seed: 3)
        let whole = SHA256.hex(of: bytes)
        for split in [0, 1, 55, 56, 63, 64, 65, 128, 299, 300] {
            var hash = SHA256()
            hash.update(Array(bytes[..<split]))
            hash.update(Array(bytes[split...]))
            #expect(hash.finalizeHex() == whole, "split at \(split)")
        }
    }

    @Test func agreesWithSha256sum() throws {
        let directory = try TemporaryDirectory()
        let bytes = randomBytes(1_000_003, seed: 4)
        try writeFile(directory.file("data"), bytes)
        let result = try runTool(["sha256sum", directory.file("data")])
        try #require(result.status == 0, "sha256sum failed: \(result.errorOutput)")
        #expect(result.output.hasPrefix(SHA256.hex(of: bytes) + " "))
    }
}
