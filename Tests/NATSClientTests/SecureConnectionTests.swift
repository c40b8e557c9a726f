import Foundation
import NATSClient
import Synchronization
import TestSupport
import Testing

/// TLS, mutual TLS, TLS-first, reconnects over TLS, and NKEY and creds users, through
/// `Connection` against real servers.
@Suite struct SecureConnectionTests {
    static func tlsServer(
        _ pki: TestPKI, names: [String] = ["IP:127.0.0.1", "DNS:localhost"], days: Int = 2,
        extra: String = "", before: String = ""
    ) throws -> NATSServerProcess {
        let pair = try pki.serverCertificate(names: names, days: days)
        let config = """
            \(before)
            tls {
              cert_file: "\(pair.certificate)"
              key_file: "\(pair.key)"
              ca_file: "\(pki.caFile)"
            \(extra)
            }
            """
        return try NATSServerProcess(jetstream: false, config: config)
    }

    /// Connects, checks a publish reaches a subscriber, and closes.
    static func roundTrip(_ options: ConnectionOptions) async throws {
        let connection = try await Connection.connect(options)
        let subscription = try connection.subscribe("secure.check")
        try connection.publish("secure.check", payload: Data("over tls".utf8))
        let messages = try await collect(subscription, count: 1)
        #expect(messages.first.map { String(decoding: $0.payload, as: UTF8.self) } == "over tls")
        await connection.close()
    }

    /// The error `connect` throws, or `nil` (recorded as an issue) when it connects.
    static func connectError(_ options: ConnectionOptions) async -> NATSError? {
        do {
            let connection = try await Connection.connect(options)
            Issue.record("connected although it should not have")
            await connection.close()
            return nil
        } catch {
            return error
        }
    }

    static func options(_ url: String, ca: String? = nil) throws -> ConnectionOptions {
        var options = try ConnectionOptions(url: url)
        options.tls.caFile = ca
        options.reconnect = ReconnectPolicy(allowReconnect: false)
        return options
    }

    @Test func tlsURLWithTheTestCA() async throws {
        let pki = try TestPKI()
        let server = try Self.tlsServer(pki)
        try await Self.roundTrip(
            try Self.options("tls://127.0.0.1:\(server.port)", ca: pki.caFile))
    }

    @Test func serverRequiringTLSUpgradesANatsURL() async throws {
        let pki = try TestPKI()
        let server = try Self.tlsServer(pki)
        try await Self.roundTrip(try Self.options(server.url, ca: pki.caFile))
        let error = await Self.connectError(try Self.options(server.url))
        #expect(error?.description.contains("unknown authority") == true)
    }

    @Test func wrongCAIsRefusedWithItsReason() async throws {
        let pki = try TestPKI()
        let other = try TestPKI(name: "unrelated CA")
        let server = try Self.tlsServer(pki)
        let error = await Self.connectError(
            try Self.options("tls://127.0.0.1:\(server.port)", ca: other.caFile))
        #expect(
            error?.description.hasPrefix(
                "could not connect to tls://127.0.0.1:\(server.port): TLS: the certificate of "
                    + "127.0.0.1 is signed by an unknown authority") == true)
    }

    @Test func wrongHostnameIsRefusedWithItsReason() async throws {
        let pki = try TestPKI()
        let server = try Self.tlsServer(pki, names: ["DNS:nats.example.test"])
        let error = await Self.connectError(try Self.options(server.url, ca: pki.caFile))
        #expect(
            error?.description
                == "could not connect to \(server.url): TLS: the server certificate does not "
                + "match the host name 127.0.0.1")
        var unchecked = try Self.options(server.url, ca: pki.caFile)
        unchecked.tls.verifyHostname = false
        try await Self.roundTrip(unchecked)
    }

    @Test func expiredCertificateIsRefusedWithItsReason() async throws {
        let pki = try TestPKI()
        let server = try Self.tlsServer(pki, days: -1)
        let error = await Self.connectError(try Self.options(server.url, ca: pki.caFile))
        #expect(
            error?.description
                == "could not connect to \(server.url): TLS: the certificate of 127.0.0.1 has "
                + "expired")
    }

    @Test func mutualTLS() async throws {
        let pki = try TestPKI()
        let server = try Self.tlsServer(pki, extra: "  verify: true")
        let client = try pki.clientCertificate()
        var options = try Self.options(server.url, ca: pki.caFile)
        options.tls.certificateFile = client.certificate
        options.tls.keyFile = client.key
        try await Self.roundTrip(options)
        let error = await Self.connectError(try Self.options(server.url, ca: pki.caFile))
        #expect(error?.description.contains("the server requires a client certificate") == true)
    }

    @Test func tlsFirst() async throws {
        let pki = try TestPKI()
        let server = try Self.tlsServer(pki, extra: "  handshake_first: true")
        var options = try Self.options(server.url, ca: pki.caFile)
        options.tls.handshakeFirst = true
        try await Self.roundTrip(options)
    }

    @Test func bulkTrafficOverTLSArrivesIntact() async throws {
        let pki = try TestPKI()
        let server = try Self.tlsServer(pki)
        let connection = try await Connection.connect(try Self.options(server.url, ca: pki.caFile))
        let subscription = try connection.subscribe("bulk")
        try await connection.flush()
        let payloads = (0..<400).map { index in
            Data((0..<32_768).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) })
        }
        for payload in payloads { try connection.publish("bulk", payload: payload) }
        let received = try await collect(subscription, count: payloads.count, within: .seconds(60))
        #expect(received.map(\.payload) == payloads)
        await connection.close()
    }

    @Test func reconnectKeepsTLS() async throws {
        let pki = try TestPKI()
        let server = try Self.tlsServer(pki)
        var options = try Self.options(server.url, ca: pki.caFile)
        options.reconnect = ReconnectPolicy(maxAttempts: 200, wait: .milliseconds(50))
        let connection = try await Connection.connect(options)
        let events = connection.events
        let subscription = try connection.subscribe("after.restart")
        try await connection.flush()
        try server.restart()
        let reconnected = try await firstEvent(in: events, within: .seconds(30)) {
            if case .reconnected = $0 { return true }
            return false
        }
        #expect(reconnected != nil)
        try connection.publish("after.restart", payload: Data("again".utf8))
        #expect(try await collect(subscription, count: 1).count == 1)
        await connection.close()
    }

    @Test func nkeyUserAdmittedAndWrongSeedRefused() async throws {
        let user = try NKeySeed.generate(.user)
        let server = try NATSServerProcess(
            jetstream: false,
            config: "authorization { users = [ { nkey: \(try user.publicKey().encoded) } ] }")
        let directory = try TemporaryFiles()
        var options = try Self.options(server.url)
        options.nkeyFile = try directory.write("user.nk", user.encodedSeed() + "\n")
        try await Self.roundTrip(options)

        options.nkeyFile = try directory.write(
            "other.nk", try NKeySeed.generate(.user).encodedSeed())
        let error = await Self.connectError(options)
        guard case .authorizationViolation = error else {
            Issue.record("expected an authorization violation, got \(String(describing: error))")
            return
        }
    }

    @Test func credsUserAdmittedAndForeignSignatureRefused() async throws {
        let jwts = try TestJWT()
        let server = try NATSServerProcess(jetstream: false, config: jwts.serverConfig)
        let directory = try TemporaryFiles()
        let user = try NKeySeed.generate(.user)
        var options = try Self.options(server.url)
        options.credentialsFile = try directory.write(
            "user.creds", TestJWT.credsFile(jwt: try jwts.userJWT(for: user), seed: user))
        try await Self.roundTrip(options)

        let stranger = try NKeySeed.generate(.account)
        options.credentialsFile = try directory.write(
            "stranger.creds",
            TestJWT.credsFile(jwt: try jwts.userJWT(for: user, issuer: stranger), seed: user))
        let error = await Self.connectError(options)
        guard case .authorizationViolation = error else {
            Issue.record("expected an authorization violation, got \(String(describing: error))")
            return
        }

        let impostor = try NKeySeed.generate(.user)
        options.credentialsFile = try directory.write(
            "impostor.creds", TestJWT.credsFile(jwt: try jwts.userJWT(for: user), seed: impostor))
        let signatureError = await Self.connectError(options)
        guard case .authorizationViolation = signatureError else {
            Issue.record("expected an authorization violation, got \(String(describing: error))")
            return
        }
    }

    @Test func badCredsFileIsNamedWithoutItsSeed() async throws {
        let server = try NATSServerProcess(jetstream: false)
        let directory = try TemporaryFiles()
        var seed = Array(try NKeySeed.generate(.user).encodedSeed())
        seed[40] = seed[40] == "A" ? "B" : "A"
        var options = try Self.options(server.url)
        options.credentialsFile = try directory.write(
            "bad.creds",
            "-----BEGIN NATS USER JWT-----\neyJhIjoxfQ.e30.c2ln\n------END NATS USER JWT------\n\n"
                + "-----BEGIN USER NKEY SEED-----\n\(String(seed))\n------END USER NKEY SEED------\n"
        )
        let error = await Self.connectError(options)
        #expect(error?.description.contains("the NKEY seed has a bad checksum") == true)
        #expect(error?.description.contains(String(seed)) == false)
    }

    @Test func traceOverTLSWithCredsShowsNoSecret() async throws {
        let pki = try TestPKI()
        let jwts = try TestJWT()
        let server = try Self.tlsServer(pki, before: jwts.serverConfig)
        let directory = try TemporaryFiles()
        let user = try NKeySeed.generate(.user)
        let jwt = try jwts.userJWT(for: user)
        var options = try Self.options(server.url, ca: pki.caFile)
        options.credentialsFile = try directory.write(
            "user.creds", TestJWT.credsFile(jwt: jwt, seed: user), mode: 0o644)
        #expect(options.credentialFileWarnings().count == 1)
        let lines = TraceLines()
        options.trace = { lines.add($0.line) }
        try await Self.roundTrip(options)
        let all = lines.all
        let connect = all.first { $0.hasPrefix("CONNECT ") }
        #expect(connect?.contains("\"jwt\":\"[REDACTED]\"") == true)
        #expect(connect?.contains("\"sig\":\"[REDACTED]\"") == true)
        #expect(connect?.contains("\"tls_required\":true") == true)
        let seedText = user.encodedSeed()
        let jwtSignature = String(jwt.split(separator: ".").last!)
        for line in all {
            #expect(!line.contains(seedText))
            #expect(!line.contains(jwt))
            #expect(!line.contains(jwtSignature))
        }
    }
}

/// Collects trace lines from the connection thread.
final class TraceLines: Sendable {
    private let lines = Mutex<[String]>([])
    func add(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

/// A temporary directory for credential files, removed on release.
final class TemporaryFiles {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("natsctl-secrets-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func write(_ name: String, _ text: String, mode: Int = 0o600) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }
}

/// The first event that matches, or `nil` when none comes within the time limit.
func firstEvent(
    in events: AsyncStream<ConnectionEvent>, within limit: Duration,
    where matches: @escaping @Sendable (ConnectionEvent) -> Bool
) async throws -> ConnectionEvent? {
    try await withThrowingTaskGroup(of: ConnectionEvent?.self) { group in
        group.addTask {
            for await event in events where matches(event) { return event }
            return nil
        }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        let first = try await group.next() ?? nil
        group.cancelAll()
        return first
    }
}
