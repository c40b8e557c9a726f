import Archive
import Foundation
import Testing

@Suite struct TarTests {
    private let members: [(String, [UInt8])] = [
        ("backup.json", Array("{\"config\":{},\"state\":{}}".utf8)),
        ("empty", []),
        ("exactly-one-block", randomBytes(512, seed: 20)),
        ("one-more", randomBytes(513, seed: 21)),
        ("stream.tar.s2", randomBytes(200_000, seed: 22)),
    ]

    private func writeArchive(to sink: any ByteSink) throws {
        let writer = TarWriter(sink: sink)
        for (name, bytes) in members {
            try writer.addFile(name: name, contents: bytes, modificationTime: 1_700_000_000)
        }
        try writer.finish()
    }

    private func readArchive(_ source: any ByteSource) throws -> [(String, [UInt8])] {
        let reader = TarReader(source: source)
        var result: [(String, [UInt8])] = []
        while let entry = try reader.next() {
            guard entry.kind == .file else { continue }
            result.append((entry.name, try drain(reader, chunk: 1000)))
        }
        return result
    }

    @Test func roundTripInMemory() throws {
        let sink = MemorySink()
        try writeArchive(to: sink)
        #expect(sink.bytes.count % 512 == 0)
        let read = try readArchive(MemorySource(sink.bytes))
        #expect(read.map(\.0) == members.map(\.0))
        #expect(read.map(\.1) == members.map(\.1))
    }

    @Test func tarToolListsAndExtractsWhatWeWrite() throws {
        let directory = try TemporaryDirectory()
        let sink = try FileSink(creating: directory.file("a.tar"))
        try writeArchive(to: sink)
        try sink.finish()
        let list = try runTool(["tar", "tf", directory.file("a.tar")])
        #expect(list.status == 0, "tar tf: \(list.errorOutput)")
        #expect(list.output.split(separator: "\n").map(String.init) == members.map(\.0))
        try FileManager.default.createDirectory(
            atPath: directory.file("x"), withIntermediateDirectories: false)
        let extract = try runTool(["tar", "xf", directory.file("a.tar")], in: directory.file("x"))
        #expect(extract.status == 0, "tar xf: \(extract.errorOutput)")
        for (name, bytes) in members {
            #expect(try readFile(directory.file("x/" + name)) == bytes, "\(name)")
        }
    }

    @Test(arguments: [false, true])
    func memberOfUnknownSizeIsPatchedIn(gzip: Bool) throws {
        let directory = try TemporaryDirectory()
        let path = directory.file(gzip ? "a.tar.gz" : "a.tar")
        let file = try FileSink(creating: path)
        let gzipWriter = gzip ? try GzipWriter(sink: file) : nil
        let writer = TarWriter(sink: gzipWriter ?? file)
        try writer.addFile(name: "backup.json", contents: Array("{}".utf8), modificationTime: 0)
        try writer.beginFile(name: "stream.tar.s2", modificationTime: 1_700_000_000)
        var expected: [UInt8] = []
        for chunk in 0..<20 {
            let bytes = randomBytes(10_000 + chunk * 333, seed: UInt64(chunk))
            expected += bytes
            try writer.write(bytes)
        }
        try writer.endFile()
        try writer.addFile(name: "manifest.json", contents: Array("{}".utf8), modificationTime: 0)
        try writer.finish()
        try gzipWriter?.finish()
        try file.finish()

        if gzip {
            let check = try runTool(["gzip", "-t", path])
            #expect(check.status == 0, "gzip -t: \(check.errorOutput)")
        }
        let list = try runTool(["tar", gzip ? "tzvf" : "tvf", path])
        #expect(list.status == 0, "tar t: \(list.errorOutput)")
        #expect(list.output.contains(" \(expected.count) "), "size in listing:\n\(list.output)")
        _ = try runTool(["tar", gzip ? "xzf" : "xf", path], in: directory.path)
        #expect(try readFile(directory.file("stream.tar.s2")) == expected)
        let source: any ByteSource =
            gzip ? GzipReader(source: try FileSource(path: path)) : try FileSource(path: path)
        let read = try readArchive(source)
        #expect(read.map(\.0) == ["backup.json", "stream.tar.s2", "manifest.json"])
        #expect(read[1].1 == expected)
    }

    @Test(arguments: ["--format=gnu", "--format=pax", "--format=ustar", "--format=v7"])
    func readsWhatTarWrites(format: String) throws {
        let directory = try TemporaryDirectory()
        let folder = directory.file("backup")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let longName = String(repeating: "n", count: 120) + ".bin"
        var files = [
            ("backup.json", textBytes(3000, seed: 30)),
            ("stream.tar.s2", randomBytes(100_000, seed: 31)),
        ]
        if format != "--format=ustar" && format != "--format=v7" {
            files.append((longName, randomBytes(10, seed: 32)))
        }
        for (name, bytes) in files { try writeFile(folder + "/" + name, bytes) }
        let create = try runTool(
            ["tar", format, "-czf", directory.file("b.tgz"), "backup"], in: directory.path)
        try #require(create.status == 0, "tar czf: \(create.errorOutput)")

        let reader = TarReader(
            source: GzipReader(source: try FileSource(path: directory.file("b.tgz"))))
        var seen: [String: [UInt8]] = [:]
        var directories = 0
        while let entry = try reader.next() {
            switch entry.kind {
            case .file: seen[entry.baseName] = try drain(reader)
            case .directory: directories += 1
            case .other: Issue.record("unexpected member \(entry.name)")
            }
        }
        #expect(directories == 1)
        #expect(seen.count == files.count)
        for (name, bytes) in files { #expect(seen[name] == bytes, "\(name)") }
    }

    @Test func hugeSizesUseBase256AndRoundTrip() throws {
        let sink = MemorySink()
        let writer = TarWriter(sink: sink)
        let size: UInt64 = 10 << 30
        try writer.beginFile(name: "big", size: size, modificationTime: 0)
        let header = sink.bytes
        #expect(header[124] == 0x80)
        let reader = TarReader(source: MemorySource(header))
        #expect(try reader.next()?.size == size)
    }

    @Test func damagedHeaderIsReported() throws {
        let sink = MemorySink()
        try writeArchive(to: sink)
        var bytes = sink.bytes
        bytes[3] ^= 0x20  // a letter of the first name; the checksum no longer matches
        let error = archiveError { _ = try readArchive(MemorySource(bytes)) }
        #expect(error == .corrupted("tar header checksum mismatch"))

        var garbage = sink.bytes
        for index in 124..<136 { garbage[index] = UInt8(ascii: "9") }
        let fixed = try TarHeaderChecksum.repair(garbage)
        let sizeError = archiveError { _ = try readArchive(MemorySource(fixed)) }
        #expect(sizeError == .corrupted("tar header size field is not a number"))
    }

    @Test func truncationIsReported() throws {
        let sink = MemorySink()
        try writeArchive(to: sink)
        let bytes = sink.bytes
        for cut in [100, 512 + 10, 3000, bytes.count / 2, bytes.count - 1024, bytes.count - 600] {
            let error = archiveError { _ = try readArchive(MemorySource(Array(bytes[..<cut]))) }
            #expect(error?.isTruncated == true, "cut at \(cut): \(String(describing: error))")
        }
        let midMember = archiveError {
            _ = try readArchive(MemorySource(Array(bytes[..<(bytes.count / 2)])))
        }
        #expect(midMember?.description.contains("tar member stream.tar.s2 ends after") == true)
    }

    @Test func oneZeroBlockAtTheEndIsAccepted() throws {
        let sink = MemorySink()
        try writeArchive(to: sink)
        let read = try readArchive(MemorySource(Array(sink.bytes.dropLast(512))))
        #expect(read.count == members.count)
    }
}

/// Recomputes a header checksum, to build headers that are well-formed but semantically bad.
enum TarHeaderChecksum {
    static func repair(_ bytes: [UInt8]) throws -> [UInt8] {
        var block = bytes
        for index in 148..<156 { block[index] = 0x20 }
        let sum = block[0..<512].reduce(0) { $0 + Int($1) }
        let digits = Array(String(sum, radix: 8).utf8)
        let field =
            [UInt8](repeating: UInt8(ascii: "0"), count: 6 - digits.count) + digits + [0, 0x20]
        block.replaceSubrange(148..<156, with: field)
        return block
    }
}
