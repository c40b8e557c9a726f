import Foundation
import NATSClient
import TestSupport
import Testing

@testable import JetStream

@Suite struct BackupFailureTests {
    /// A source server with SMALL, backed up as `name` in `scratch`.
    private func backedUp(_ name: String, in scratch: ScratchDirectory) async throws
        -> (NATSServerProcess, StreamFixture, String)
    {
        let server = try NATSServerProcess()
        let fixture = try await StreamFixture.connect(server)
        try await fixture.buildSmallStream()
        let path = scratch.file(name)
        _ = try await BackupManager(connection: fixture.connection).backup(
            stream: "SMALL", to: BackupLocation(backupTarget: path))
        return (server, fixture, path)
    }

    private func restoreIntoFreshServer(
        _ location: BackupLocation, options: RestoreOptions = RestoreOptions()
    )
        async throws -> (BackupError?, [String: String])
    {
        let server = try NATSServerProcess()
        defer { withExtendedLifetime(server) {} }
        let fixture = try await StreamFixture.connect(server)
        let error = await asyncBackupError {
            _ = try await BackupManager(connection: fixture.connection).restore(
                from: location, options: options)
        }
        return (error, try await fixture.serverSnapshot())
    }

    @Test func corruptedArchiveIsRefusedAndTheServerIsUntouched() async throws {
        let scratch = try ScratchDirectory()
        let (_, _, tar) = try await backedUp("small.tar", in: scratch)
        let (_, _, tgz) = try await backedUp("small.tgz", in: scratch)
        for path in [tar, tgz] {
            var bytes = try fileBytes(path)
            bytes[bytes.count / 2] ^= 0x20
            try putFile(path, bytes)
            let (error, server) = try await restoreIntoFreshServer(
                BackupLocation(restoreSource: path))
            #expect(error?.damageReason?.contains("CRC-32") == true, "\(String(describing: error))")
            #expect(
                error?.description.hasPrefix("backup \(path) is damaged or incomplete: ") == true)
            #expect(server.isEmpty)
        }
    }

    @Test func truncatedBackupsAreRefusedAndTheServerIsUntouched() async throws {
        let scratch = try ScratchDirectory()
        let (_, _, tgz) = try await backedUp("small.tgz", in: scratch)
        let (_, _, directory) = try await backedUp("small-dir", in: scratch)
        let whole = try fileBytes(tgz)
        try putFile(tgz, Array(whole.prefix(whole.count * 2 / 3)))
        let (tgzError, tgzServer) = try await restoreIntoFreshServer(.gzipArchive(path: tgz))
        #expect(
            tgzError?.damageReason?.hasPrefix("truncated archive") == true,
            "\(String(describing: tgzError))")
        #expect(tgzServer.isEmpty)

        let data = try fileBytes(directory + "/stream.tar.s2")
        try putFile(directory + "/stream.tar.s2", Array(data.prefix(data.count - 100)))
        let (dirError, dirServer) = try await restoreIntoFreshServer(.directory(path: directory))
        #expect(
            dirError?.damageReason
                == "stream.tar.s2 has \(data.count - 100) bytes, the manifest says \(data.count)")
        #expect(dirServer.isEmpty)
    }

    @Test func existingStreamIsRefusedUnlessReplaceIsAsked() async throws {
        let scratch = try ScratchDirectory()
        let (source, fixture, path) = try await backedUp("small.tgz", in: scratch)
        defer { withExtendedLifetime(source) {} }
        try await fixture.publish("SMALL", [("small.0", nil, Data("one more".utf8))])
        let before = try await fixture.serverSnapshot()
        let manager = BackupManager(connection: fixture.connection)
        let error = await asyncBackupError {
            _ = try await manager.restore(from: .gzipArchive(path: path))
        }
        #expect(error == .streamExists(stream: "SMALL"))
        #expect(
            error?.description
                == "stream SMALL already exists: delete it first or restore with --replace")
        #expect(try await fixture.serverSnapshot() == before)

        var options = RestoreOptions()
        options.replaceExisting = true
        let result = try await manager.restore(from: .gzipArchive(path: path), options: options)
        #expect(result.replacedExisting)
        let state = try await fixture.state("SMALL")
        #expect(state["messages"]?.unsignedValue == 2000)
        #expect(state["consumer_count"]?.unsignedValue == 1)
    }

    @Test func memoryStreamIsRefusedBeforeAnythingIsWritten() async throws {
        let server = try NATSServerProcess()
        defer { withExtendedLifetime(server) {} }
        let fixture = try await StreamFixture.connect(server)
        try await fixture.createStream("MEM", storage: "memory")
        try await fixture.publish("MEM", [("mem.a", nil, Data("x".utf8))])
        let before = try await fixture.serverSnapshot()
        let scratch = try ScratchDirectory()
        for target in ["mem.tgz", "mem.tar", "mem-dir"] {
            let error = await asyncBackupError {
                _ = try await BackupManager(connection: fixture.connection).backup(
                    stream: "MEM", to: BackupLocation(backupTarget: scratch.file(target)))
            }
            #expect(error == .memoryStorage(stream: "MEM"))
        }
        #expect(scratch.listing().isEmpty)
        #expect(try await fixture.serverSnapshot() == before)

        let (_, _, path) = try await backedUp("small.tgz", in: scratch)
        var options = RestoreOptions()
        options.replacementConfig = Array(
            #"{"name":"SMALL","subjects":["small.>"],"storage":"memory"}"#.utf8)
        let (error, after) = try await restoreIntoFreshServer(
            .gzipArchive(path: path), options: options)
        #expect(error == .memoryStorage(stream: "SMALL"))
        #expect(after.isEmpty)
    }

    @Test func missingSourcesAndStreamsAreClearErrors() async throws {
        let scratch = try ScratchDirectory()
        let missing = scratch.file("nothing-here.tgz")
        let (error, server) = try await restoreIntoFreshServer(
            BackupLocation(restoreSource: missing))
        #expect(error == .sourceMissing(path: missing))
        #expect(error?.description == "backup \(missing) does not exist")
        #expect(server.isEmpty)

        let empty = scratch.file("empty-dir")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let (emptyError, _) = try await restoreIntoFreshServer(.directory(path: empty))
        #expect(emptyError?.damageReason == "it has no backup.json")

        let source = try NATSServerProcess()
        defer { withExtendedLifetime(source) {} }
        let fixture = try await StreamFixture.connect(source)
        do {
            _ = try await BackupManager(connection: fixture.connection).backup(
                stream: "NOPE", to: BackupLocation(backupTarget: scratch.file("nope.tgz")))
            Issue.record("backup of a missing stream succeeded")
        } catch {
            #expect("\(error)" == "stream not found (10059)")
        }
        #expect(!scratch.listing().contains { $0.hasPrefix("nope") })
    }

    @Test func replacementConfigMustKeepTheNameAndOverridesApply() async throws {
        let scratch = try ScratchDirectory()
        let (_, _, path) = try await backedUp("small-dir", in: scratch)
        var rename = RestoreOptions()
        rename.replacementConfig = Array(#"{"name":"OTHER","subjects":["small.>"]}"#.utf8)
        let (error, untouched) = try await restoreIntoFreshServer(
            .directory(path: path), options: rename)
        #expect(error == .renameNotAllowed(backup: "SMALL", config: "OTHER"))
        #expect(error?.description.contains("the server refuses renames") == true)
        #expect(untouched.isEmpty)

        let server = try NATSServerProcess()
        defer { withExtendedLifetime(server) {} }
        let fixture = try await StreamFixture.connect(server)
        var options = RestoreOptions()
        options.replacementConfig = Array(
            #"{"config":{"subjects":["small.>"],"storage":"file","description":"restored copy","max_msgs_per_subject":1000}}"#
                .utf8)
        options.replicas = 1
        let result = try await BackupManager(connection: fixture.connection).restore(
            from: .directory(path: path), options: options)
        let info = try OrderedJSON(parsing: result.streamInfoJSON)
        #expect(info["config"]?["description"]?.stringValue == "restored copy")
        #expect(info["config"]?["name"]?.stringValue == "SMALL")
        #expect(info["config"]?["num_replicas"]?.unsignedValue == 1)
        #expect(info["state"]?["messages"]?.unsignedValue == 2000)
    }

    @Test func backupWithoutConsumersRestoresNone() async throws {
        let server = try NATSServerProcess()
        defer { withExtendedLifetime(server) {} }
        let fixture = try await StreamFixture.connect(server)
        try await fixture.buildSmallStream()
        let scratch = try ScratchDirectory()
        var options = BackupOptions()
        options.snapshot.includeConsumers = false
        options.snapshot.chunkSize = 4096
        options.snapshot.checkMessages = true
        let result = try await BackupManager(connection: fixture.connection).backup(
            stream: "SMALL", to: .tarArchive(path: scratch.file("b.tar")), options: options)
        #expect(result.snapshot.chunks > 1)
        let target = try NATSServerProcess()
        defer { withExtendedLifetime(target) {} }
        let restored = try await StreamFixture.connect(target)
        _ = try await BackupManager(connection: restored.connection).restore(
            from: .tarArchive(path: scratch.file("b.tar")))
        let state = try await restored.state("SMALL")
        #expect(state["messages"]?.unsignedValue == 2000)
        #expect(state["consumer_count"]?.unsignedValue == 0)
    }

    @Test func natsCLIDirectoryRestoresUnverifiedUnlessAManifestIsRequired() async throws {
        let scratch = try ScratchDirectory()
        let (_, _, path) = try await backedUp("small-dir", in: scratch)
        try FileManager.default.removeItem(atPath: path + "/natsctl-manifest.json")
        var strict = RestoreOptions()
        strict.requireManifest = true
        let (error, untouched) = try await restoreIntoFreshServer(
            .directory(path: path), options: strict)
        #expect(error?.damageReason?.contains("its checksums cannot be verified") == true)
        #expect(untouched.isEmpty)

        let server = try NATSServerProcess()
        defer { withExtendedLifetime(server) {} }
        let fixture = try await StreamFixture.connect(server)
        let result = try await BackupManager(connection: fixture.connection).restore(
            from: .directory(path: path))
        #expect(!result.verified)
        #expect(try await fixture.state("SMALL")["messages"]?.unsignedValue == 2000)
    }
}
