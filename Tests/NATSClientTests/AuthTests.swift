import FoundationEssentials
import NATSClient
import Synchronization
import TestSupport
import Testing

/// User/password and token authentication against a server config, and what is traced.
@Suite struct AuthTests {
    static let userConfig = "authorization { user: alice, password: hunter2 }"
    static let tokenConfig = "authorization { token: s3cr3t-t0ken }"

    @Test func userAndPasswordInTheURL() async throws {
        let server = try NATSServerProcess(config: Self.userConfig)
        let url = "nats://alice:hunter2@127.0.0.1:\(server.port)"
        let connection = try await Connection.connect(ConnectionOptions(url: url))
        #expect(connection.serverInfo.authRequired)
        #expect(connection.connectedURL == server.url)
        try await connection.flush()
        await connection.close()
    }

    @Test func userAndPasswordInTheOptions() async throws {
        let server = try NATSServerProcess(config: Self.userConfig)
        var options = try ConnectionOptions(url: server.url)
        options.user = "alice"
        options.password = "hunter2"
        let connection = try await Connection.connect(options)
        try await connection.flush()
        await connection.close()
    }

    @Test func wrongPasswordIsAnAuthorizationViolation() async throws {
        let server = try NATSServerProcess(config: Self.userConfig)
        let url = "nats://alice:wrong-password@127.0.0.1:\(server.port)"
        do {
            _ = try await Connection.connect(ConnectionOptions(url: url))
            Issue.record("connected with a wrong password")
        } catch {
            guard case .authorizationViolation(let at, let message) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(at == server.url)
            #expect(message == "Authorization Violation")
            #expect(!error.description.contains("wrong-password"))
            #expect(error.description.hasPrefix("authorization violation at "))
        }
        await #expect(throws: NATSError.self) {
            try await Connection.connect(ConnectionOptions(url: server.url))
        }
    }

    @Test func tokenSucceedsAndFails() async throws {
        let server = try NATSServerProcess(config: Self.tokenConfig)
        let good = try await Connection.connect(
            ConnectionOptions(url: "nats://s3cr3t-t0ken@127.0.0.1:\(server.port)"))
        try await good.flush()
        await good.close()
        var options = try ConnectionOptions(url: server.url)
        options.token = "not-the-token"
        await #expect {
            try await Connection.connect(options)
        } throws: { error in
            guard let error = error as? NATSError,
                case .authorizationViolation = error
            else { return false }
            return !error.description.contains("not-the-token")
        }
    }

    @Test func traceShowsEveryOpButNoSecrets() async throws {
        let server = try NATSServerProcess(config: Self.userConfig)
        final class Lines: Sendable {
            private let lines = Mutex<[TraceEntry]>([])
            func add(_ entry: TraceEntry) { lines.withLock { $0.append(entry) } }
            var all: [TraceEntry] { lines.withLock { $0 } }
        }
        let lines = Lines()
        var options = try ConnectionOptions(url: "nats://alice:hunter2@127.0.0.1:\(server.port)")
        options.trace = { lines.add($0) }
        let connection = try await Connection.connect(options)
        let subscription = try connection.subscribe("traced")
        try connection.publish("traced", payload: Data("hello".utf8))
        _ = try await collect(subscription, count: 1)
        try await connection.flush()
        await connection.close()
        let sent = lines.all.filter { $0.direction == .sent }.map(\.line)
        let received = lines.all.filter { $0.direction == .received }.map(\.line)
        #expect(lines.all.allSatisfy { !$0.line.contains("hunter2") })
        #expect(sent.contains { $0.hasPrefix("CONNECT {") && $0.contains("[REDACTED]") })
        #expect(sent.contains("SUB traced 1"))
        #expect(sent.contains("PUB traced 5"))
        #expect(sent.contains("PING"))
        #expect(received.first?.hasPrefix("INFO {") == true)
        #expect(received.contains("MSG traced 1 5"))
        #expect(received.contains("PONG"))
    }
}
