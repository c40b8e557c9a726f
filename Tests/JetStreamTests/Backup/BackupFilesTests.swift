import Archive
import Foundation
import Testing

@testable import JetStream

@Suite struct BackupFilesTests {
    private let config = Array(
        """
        {
          "config": {
            "name": "ORDERS",
            "subjects": ["orders.>"],
            "storage": "file",
            "future_field": {"x": 1.50}
          },
          "state": {"messages": 3, "bytes": 120, "first_seq": 1, "last_seq": 3}
        }

        """.utf8)
    private let data = s2Framed(pseudoRandomBytes(700_001, seed: 1))

    private func write(
        _ location: BackupLocation, checksum: BackupChecksum = .crc32, spool: String? = nil
    ) throws -> BackupManifest {
        let writer = try BackupWriter(
            location: location, stream: "ORDERS", toolVersion: "9.9.9", checksum: checksum,
            spoolDirectory: spool)
        try writer.begin(backupJSON: config)
        var offset = 0
        var step = 1
        while offset < data.count {
            let end = min(data.count, offset + step)
            try data[offset..<end].withUnsafeBytes { try writer.write($0) }
            offset = end
            step = step * 3 + 7
        }
        return try writer.commit()
    }

    private func readBack(_ location: BackupLocation) throws -> (BackupContents, [UInt8]) {
        let reader = try BackupReader(location: location)
        let contents = try reader.verify()
        let source = try reader.openData()
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 100_000)
        while true {
            let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        return (contents, bytes)
    }

    @Test(arguments: ["b.tar.gz", "b.tgz", "b.tar", "b-directory"])
    func roundTripsThroughEveryFileForm(name: String) throws {
        let scratch = try ScratchDirectory()
        let target = scratch.file(name)
        let manifest = try write(BackupLocation(backupTarget: target))
        #expect(manifest.stream == "ORDERS")
        #expect(manifest.natsctlVersion == "9.9.9")
        #expect(manifest.file("stream.tar.s2")?.size == UInt64(data.count))
        #expect(manifest.file("stream.tar.s2")?.crc32 == hex8(CRC32.checksum(data)))
        #expect(scratch.listing() == [name], "no temporary files left")

        let (contents, bytes) = try readBack(BackupLocation(restoreSource: target))
        #expect(contents.backupJSON == config)
        #expect(contents.streamName == "ORDERS")
        #expect(contents.isVerified)
        #expect(contents.manifest == manifest)
        #expect(bytes == data)
    }

    @Test func archivesAreValidForTarAndGzip() throws {
        let scratch = try ScratchDirectory()
        _ = try write(.gzipArchive(path: scratch.file("b.tgz")))
        _ = try write(.tarArchive(path: scratch.file("b.tar")))
        #expect(try runCommand(["gzip", "-t", scratch.file("b.tgz")]).0 == 0)
        let members = ["backup.json", "stream.tar.s2", "natsctl-manifest.json"]
        for (flags, file) in [("tzf", "b.tgz"), ("tf", "b.tar")] {
            let (status, listing) = try runCommand(["tar", flags, scratch.file(file)])
            #expect(status == 0, "\(listing)")
            #expect(listing.split(separator: "\n").map(String.init) == members)
        }
        let unpack = scratch.file("x")
        try FileManager.default.createDirectory(atPath: unpack, withIntermediateDirectories: true)
        #expect(try runCommand(["tar", "xzf", scratch.file("b.tgz")], in: unpack).0 == 0)
        #expect(try fileBytes(unpack + "/stream.tar.s2") == data)
        #expect(try fileBytes(unpack + "/backup.json") == config)
    }

    @Test func directoryHasTheNatsCLILayoutPlusTheManifest() throws {
        let scratch = try ScratchDirectory()
        _ = try write(.directory(path: scratch.file("d")))
        #expect(scratch.listing("d") == ["backup.json", "natsctl-manifest.json", "stream.tar.s2"])
        #expect(try fileBytes(scratch.file("d/backup.json")) == config)
        #expect(try fileBytes(scratch.file("d/stream.tar.s2")) == data)
    }

    @Test func truncatedDataWithoutManifestIsCaughtByItsFraming() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(
            atPath: scratch.file("nats"), withIntermediateDirectories: true)
        try putFile(scratch.file("nats/backup.json"), config)
        try putFile(scratch.file("nats/stream.tar.s2"), Array(data.prefix(data.count - 10)))
        let error = backupError {
            _ = try BackupReader(location: .directory(path: scratch.file("nats"))).verify()
        }
        #expect(
            error?.damageReason
                == "stream.tar.s2: truncated archive: the snapshot data ends inside an S2 chunk")
    }

    @Test func directoryWithoutManifestReadsUnverified() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(
            atPath: scratch.file("nats"), withIntermediateDirectories: true)
        try putFile(scratch.file("nats/backup.json"), config)
        try putFile(scratch.file("nats/stream.tar.s2"), data)
        let (contents, bytes) = try readBack(.directory(path: scratch.file("nats")))
        #expect(!contents.isVerified)
        #expect(contents.uncompressedSize == 700_001)
        #expect(bytes == data)
    }

    @Test func tarMadeByHandFromADirectoryIsRead() throws {
        let scratch = try ScratchDirectory()
        _ = try write(.directory(path: scratch.file("d")))
        let (status, output) = try runCommand(
            ["tar", "czf", scratch.file("re.tgz"), "d"], in: scratch.path)
        try #require(status == 0, "\(output)")
        let (contents, bytes) = try readBack(BackupLocation(restoreSource: scratch.file("re.tgz")))
        #expect(contents.isVerified)
        #expect(bytes == data)
    }

    @Test func existingDirectoryBackupIsReplacedInPlace() throws {
        let scratch = try ScratchDirectory()
        let target = scratch.file("d")
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        try putFile(target + "/backup.json", Array("old".utf8))
        try putFile(target + "/stream.tar.s2", Array("old".utf8))
        try putFile(target + "/notes.txt", Array("keep me".utf8))
        _ = try write(.directory(path: target))
        #expect(try fileBytes(target + "/stream.tar.s2") == data)
        #expect(try fileBytes(target + "/notes.txt") == Array("keep me".utf8))
        #expect(scratch.listing() == ["d"])
    }

    @Test func abortLeavesNothingAndKeepsTheOldBackup() throws {
        let scratch = try ScratchDirectory()
        try putFile(scratch.file("b.tgz"), Array("previous backup".utf8))
        for location in [
            BackupLocation.gzipArchive(path: scratch.file("b.tgz")),
            .directory(path: scratch.file("d")),
        ] {
            let writer = try BackupWriter(location: location, stream: "ORDERS", toolVersion: "1")
            try writer.begin(backupJSON: config)
            try data.withUnsafeBytes { try writer.write($0) }
            writer.abort()
        }
        do {
            let dropped = try BackupWriter(
                location: .tarArchive(path: scratch.file("c.tar")), stream: "ORDERS",
                toolVersion: "1")
            try dropped.begin(backupJSON: config)
        }
        #expect(scratch.listing() == ["b.tgz"])
        #expect(try fileBytes(scratch.file("b.tgz")) == Array("previous backup".utf8))
    }

    @Test func pipeTargetAndStandardInputRoundTrip() throws {
        let scratch = try ScratchDirectory()
        for gzip in [false, true] {
            let collector = try PipeCollector()
            _ = try write(.fileDescriptor(collector.writeEnd, gzip: gzip), spool: scratch.path)
            let archive = collector.finish()
            #expect(scratch.listing().isEmpty, "spool file removed")
            #expect(GzipReader.isGzip(archive) == gzip)
            let feeder = try PipeFeeder(archive)
            let reader = try BackupReader(
                location: .fileDescriptor(feeder.readEnd, gzip: false),
                spoolDirectory: scratch.path)
            let contents = try reader.verify()
            #expect(contents.isVerified)
            let source = try reader.openData()
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
                if count == 0 { break }
                bytes += buffer[0..<count]
            }
            #expect(bytes == data)
        }
        #expect(scratch.listing().isEmpty, "restore spool removed with the reader")
    }

    @Test func regularFileOnStandardInputIsReadTwiceWithoutSpooling() throws {
        let scratch = try ScratchDirectory()
        let spool = try ScratchDirectory()
        for name in ["in.tgz", "in.tar"] {
            _ = try write(BackupLocation(backupTarget: scratch.file(name)), checksum: .sha256)
            let fd = open(scratch.file(name), O_RDONLY)
            try #require(fd >= 0)
            defer { close(fd) }
            let reader = try BackupReader(
                location: .fileDescriptor(fd, gzip: false), spoolDirectory: spool.path)
            #expect(try reader.verify().isVerified)
            #expect(spool.listing().isEmpty)
            let source = try reader.openData()
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
                if count == 0 { break }
                bytes += buffer[0..<count]
            }
            #expect(bytes == data)
        }
    }

    @Test func sha256ManifestIsCheckedToo() throws {
        let scratch = try ScratchDirectory()
        for target in ["s.tgz", "s-dir"] {
            let manifest = try write(
                BackupLocation(backupTarget: scratch.file(target)), checksum: .sha256)
            #expect(manifest.file("stream.tar.s2")?.sha256 == SHA256.hex(of: data))
            #expect(try readBack(BackupLocation(restoreSource: scratch.file(target))).1 == data)
        }
        var damaged = data
        damaged[12_345] ^= 0x10
        try putFile(scratch.file("s-dir/stream.tar.s2"), damaged)
        let error = backupError {
            _ = try BackupReader(location: .directory(path: scratch.file("s-dir"))).verify()
        }
        #expect(error?.damageReason?.contains("SHA-256") == true, "\(String(describing: error))")
    }

    @Test func damageIsDetectedBeforeAnythingIsRead() throws {
        let scratch = try ScratchDirectory()
        _ = try write(.directory(path: scratch.file("d")))
        var damaged = data
        damaged[500_000] ^= 0x01
        try putFile(scratch.file("d/stream.tar.s2"), damaged)
        let flipped = backupError {
            _ = try BackupReader(location: .directory(path: scratch.file("d"))).verify()
        }
        #expect(flipped?.damageReason?.contains("stream.tar.s2 CRC-32 is") == true)

        try putFile(scratch.file("d/stream.tar.s2"), Array(data.prefix(1000)))
        let short = backupError {
            _ = try BackupReader(location: .directory(path: scratch.file("d"))).verify()
        }
        #expect(
            short?.damageReason == "stream.tar.s2 has 1000 bytes, the manifest says \(data.count)")

        _ = try write(.gzipArchive(path: scratch.file("b.tgz")))
        let archive = try fileBytes(scratch.file("b.tgz"))
        try putFile(scratch.file("cut.tgz"), Array(archive.prefix(archive.count / 2)))
        let cut = backupError {
            _ = try BackupReader(location: .gzipArchive(path: scratch.file("cut.tgz"))).verify()
        }
        #expect(
            cut?.damageReason?.hasPrefix("truncated archive") == true, "\(String(describing: cut))")

        var corrupt = archive
        corrupt[archive.count / 2] ^= 0x40
        try putFile(scratch.file("bad.tgz"), corrupt)
        let bad = backupError {
            _ = try BackupReader(location: .gzipArchive(path: scratch.file("bad.tgz"))).verify()
        }
        #expect(bad?.damageReason?.contains("CRC-32") == true, "\(String(describing: bad))")

        try putFile(scratch.file("junk.tar"), Array(repeating: 0x41, count: 2048))
        let junk = backupError {
            _ = try BackupReader(location: .tarArchive(path: scratch.file("junk.tar"))).verify()
        }
        #expect(junk?.damageReason?.hasPrefix("it is not a tar or tar.gz archive") == true)

        let missing = backupError {
            _ = try BackupReader(location: BackupLocation(restoreSource: scratch.file("nope.tgz")))
        }
        #expect(missing == .sourceMissing(path: scratch.file("nope.tgz")))
    }

    @Test func wrongTargetsAreRefusedUpFront() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(
            atPath: scratch.file("dir.tgz"), withIntermediateDirectories: true)
        try putFile(scratch.file("file"), [1])
        let cases: [(BackupLocation, BackupError)] = [
            (
                .gzipArchive(path: scratch.file("dir.tgz")),
                .invalidTarget(path: scratch.file("dir.tgz"), reason: "it is a directory")
            ),
            (
                .tarArchive(path: scratch.file("no/such/b.tar")),
                .invalidTarget(
                    path: scratch.file("no/such/b.tar"),
                    reason: "directory \(scratch.file("no/such")) does not exist")
            ),
        ]
        for (location, expected) in cases {
            #expect(
                backupError {
                    _ = try BackupWriter(location: location, stream: "S", toolVersion: "1")
                } == expected)
        }
        let notDirectory = backupError {
            _ = try BackupWriter(
                location: .directory(path: scratch.file("file")), stream: "S", toolVersion: "1")
        }
        #expect(notDirectory?.description.contains("it exists and is not a directory") == true)
    }

    @Test func inputProblemsAreValidationErrors() {
        #expect(BackupError.sourceMissing(path: "x").isValidationError)
        #expect(BackupError.damagedBackup(source: "x", reason: "y").isValidationError)
        #expect(BackupError.renameNotAllowed(backup: "A", config: "B").isValidationError)
        #expect(BackupError.invalidTarget(path: "x", reason: "y").isValidationError)
        #expect(!BackupError.streamExists(stream: "A").isValidationError)
        #expect(
            !BackupError.snapshotFailed(stream: "A", status: 500, description: "").isValidationError
        )
    }

    @Test func locationsFollowTheArgumentForms() {
        #expect(BackupLocation(backupTarget: "-") == .fileDescriptor(1, gzip: false))
        #expect(BackupLocation(backupTarget: "x.tar.gz") == .gzipArchive(path: "x.tar.gz"))
        #expect(BackupLocation(backupTarget: "x.tgz") == .gzipArchive(path: "x.tgz"))
        #expect(BackupLocation(backupTarget: "x.tar") == .tarArchive(path: "x.tar"))
        #expect(BackupLocation(backupTarget: "backups/x") == .directory(path: "backups/x"))
        #expect(BackupLocation(restoreSource: "-") == .fileDescriptor(0, gzip: false))
        #expect(BackupLocation(restoreSource: "/tmp") == .directory(path: "/tmp"))
    }
}
