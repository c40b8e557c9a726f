import Foundation
import JetStream
import NATSClient
import TestSupport
import Testing

/// `stream backup` and `stream restore` as the built binary, from one server into a fresh one;
/// the restored messages are read back through the library. (The 100 000-message round trips of
/// every format are in JetStreamTests.)
@Suite struct BackupCommandTests {
    let source: NATSServerProcess
    let directory: URL

    init() throws {
        source = try NATSServerProcess()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "natsctl-backup-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func natsctl(_ server: NATSServerProcess, _ arguments: [String], stdin: Data? = nil) throws
        -> NatsctlProcess.Result
    {
        try NatsctlProcess.run(["-s", server.url] + arguments, stdin: stdin, timeout: 60)
    }

    func fill(_ server: NATSServerProcess) async throws {
        #expect(
            try natsctl(server, ["stream", "add", "EVENTS", "--subjects", "ev.*", "--defaults"])
                .exitCode == 0)
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        let manager = try JetStreamManager(connection: connection)
        for index in 1...300 {
            var headers = Headers()
            headers.append("Index", "\(index)")
            _ = try await manager.publish(
                "ev.\(index % 3)", payload: Data(String(repeating: "x", count: index).utf8),
                options: PublishOptions(headers: headers))
        }
        try await manager.deleteMessage("EVENTS", sequence: 150)
        await connection.close()
    }

    func messages(on server: NATSServerProcess) async throws -> [(UInt64, String, String?, Int)] {
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        let manager = try JetStreamManager(connection: connection)
        var result: [(UInt64, String, String?, Int)] = []
        for sequence in UInt64(1)...300 where sequence != 150 {
            let message = try await manager.message("EVENTS", sequence: sequence)
            result.append(
                (message.sequence, message.subject, message.headers?["Index"], message.data.count))
        }
        await connection.close()
        return result
    }

    @Test(arguments: ["events.tar.gz", "events.tar", "events-dir", "-"])
    func roundTripIntoAFreshServer(target: String) async throws {
        try await fill(source)
        let expected = try await messages(on: source)
        let path = target == "-" ? "-" : directory.appendingPathComponent(target).path
        let backup = try natsctl(source, ["stream", "backup", "EVENTS", path])
        #expect(backup.exitCode == 0, "\(backup.stderr)")
        let fresh = try NATSServerProcess()
        let restore: NatsctlProcess.Result
        if target == "-" {
            #expect(backup.stderr.contains("Backed up stream EVENTS to standard output"))
            restore = try natsctl(
                fresh, ["stream", "restore", "-"], stdin: backup.stdoutBytes)
        } else {
            restore = try natsctl(fresh, ["stream", "restore", path])
        }
        #expect(restore.exitCode == 0, "\(restore.stderr)")
        #expect(restore.stdout.contains("messages, bytes and sequences match the backup"))
        let restored = try await messages(on: fresh)
        #expect(restored.count == expected.count)
        #expect(zip(restored, expected).allSatisfy { $0 == $1 })
    }

    @Test func archivesAreReadableByTar() async throws {
        try await fill(source)
        let path = directory.appendingPathComponent("events.tgz").path
        #expect(try natsctl(source, ["stream", "backup", "EVENTS", path]).exitCode == 0)
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/bin/tar")
        tar.arguments = ["tzf", path]
        let pipe = Pipe()
        tar.standardOutput = pipe
        try tar.run()
        let listing = String(
            decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        tar.waitUntilExit()
        #expect(tar.terminationStatus == 0)
        #expect(listing.contains("backup.json"))
        #expect(listing.contains("stream.tar.s2"))
    }

    @Test func failuresAreClearAndChangeNothing() async throws {
        try await fill(source)
        let missing = try natsctl(
            source, ["stream", "restore", directory.appendingPathComponent("none.tgz").path])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("does not exist"))
        let path = directory.appendingPathComponent("e.tar.gz").path
        #expect(try natsctl(source, ["stream", "backup", "EVENTS", path]).exitCode == 0)
        let exists = try natsctl(source, ["stream", "restore", path])
        #expect(exists.exitCode == 1)
        #expect(exists.stderr.contains("already exists"))
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let truncated = directory.appendingPathComponent("truncated.tar.gz")
        try bytes.prefix(bytes.count / 2).write(to: truncated)
        bytes[bytes.count / 2] ^= 0xff
        let corrupted = directory.appendingPathComponent("corrupted.tar.gz")
        try bytes.write(to: corrupted)
        let fresh = try NATSServerProcess()
        for damaged in [truncated.path, corrupted.path] {
            let result = try natsctl(fresh, ["stream", "restore", damaged])
            #expect(result.exitCode == 2, "\(damaged): \(result.stderr)")
        }
        let names = try natsctl(fresh, ["stream", "ls", "--names"])
        #expect(names.stdout.isEmpty)
        #expect(
            try natsctl(
                source,
                [
                    "stream", "add", "MEM", "--subjects", "mem.*", "--storage", "memory",
                    "--defaults",
                ]
            ).exitCode == 0)
        let memory = try natsctl(
            source, ["stream", "backup", "MEM", directory.appendingPathComponent("mem.tgz").path])
        #expect(memory.exitCode == 1)
        #expect(memory.stderr.contains("memory storage"))
        #expect(
            !FileManager.default.fileExists(
                atPath: directory.appendingPathComponent("mem.tgz").path))
    }
}
