import Foundation
import JetStream
import NATSClient
import TestSupport
import Testing

/// A test suite with its own server, running the built binary against it and checking results
/// through the JetStream library.
protocol ServerBackedTest {
    var server: NATSServerProcess { get }
}

/// A server-backed suite that also writes files (config files, backups) to a scratch directory.
protocol ServerBackedFileTest: ServerBackedTest {
    var directory: URL { get }
}

extension ServerBackedFileTest {
    /// A fresh scratch directory for one suite instance.
    static func scratchDirectory(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "\(prefix)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes a file into the scratch directory and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

}

extension ServerBackedTest {
    /// Runs `natsctl -s <server> arguments...` without a terminal.
    func natsctl(_ arguments: [String], stdin: Data? = nil) throws -> NatsctlProcess.Result {
        try NatsctlProcess.run(["-s", server.url] + arguments, stdin: stdin)
    }

    /// Runs `body` with a JetStream manager on a connection of its own, closed afterwards.
    func withManager<T>(_ body: (JetStreamManager) async throws -> T) async throws -> T {
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        let manager = try JetStreamManager(connection: connection)
        do {
            let result = try await body(manager)
            await connection.close()
            return result
        } catch {
            await connection.close()
            throw error
        }
    }

    /// Waits (at most 10 s) until `stream` holds at least `count` messages; records an issue
    /// when it does not.
    func waitForMessages(_ stream: String, _ count: UInt64) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if try await withManager({ try await $0.streamInfo(stream).state.messages }) >= count {
                return
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("stream \(stream) did not reach \(count) messages")
    }
}
