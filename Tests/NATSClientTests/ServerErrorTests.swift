import FoundationEssentials
import NATSClient
import TestSupport
import Testing

/// Payload limits and how `-ERR` lines are typed.
@Suite struct ServerErrorTests {
    @Test func oversizedPayloadIsRefusedBeforeSending() async throws {
        let server = try NATSServerProcess()
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        let max = connection.serverInfo.maxPayload
        #expect(throws: NATSError.maxPayloadExceeded(size: max + 1, max: max)) {
            try connection.publish("big", payload: Data(count: max + 1))
        }
        var headers = Headers()
        headers.append("X", "y")
        #expect(throws: NATSError.self) {
            try connection.publish("big", payload: Data(count: max - 4), headers: headers)
        }
        await #expect(throws: NATSError.maxPayloadExceeded(size: 2 << 20, max: max)) {
            try await connection.request("big", payload: Data(count: 2 << 20))
        }
        let subscription = try connection.subscribe("big")
        try connection.publish("big", payload: Data(count: max))
        #expect(try await collect(subscription, count: 1).first?.payload.count == max)
        await connection.close()
    }

    @Test func theServersLowerMaxPayloadIsHonoured() async throws {
        let server = try NATSServerProcess(config: "max_payload: 1024")
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        #expect(connection.serverInfo.maxPayload == 1024)
        #expect(throws: NATSError.maxPayloadExceeded(size: 1025, max: 1024)) {
            try connection.publish("x", payload: Data(count: 1025))
        }
        #expect(
            NATSError.maxPayloadExceeded(size: 1025, max: 1024).description
                == "payload of 1025 bytes exceeds the server's max_payload of 1 KiB")
        await connection.close()
    }

    @Test func permissionViolationsAreEventsAndTheConnectionLives() async throws {
        let server = try NATSServerProcess(
            config: """
                authorization {
                  users = [{ user: bob, password: pw, permissions: { publish: { deny: ["secret.>"] } } }]
                }
                """)
        let connection = try await Connection.connect(
            ConnectionOptions(url: "nats://bob:pw@127.0.0.1:\(server.port)"))
        let events = connection.events
        try connection.publish("secret.plans")
        try await connection.flush()
        var iterator = events.makeAsyncIterator()
        let event = await iterator.next()
        #expect(event == .serverError("Permissions Violation for Publish to \"secret.plans\""))
        let open = try connection.subscribe("open")
        try connection.publish("open")
        #expect(try await collect(open, count: 1).count == 1)
        await connection.close()
    }

    @Test func fatalErrorsCloseWithTheirReason() async throws {
        let server = try NATSServerProcess(config: "max_control_line: 512")
        var options = try ConnectionOptions(url: server.url)
        options.reconnect.wait = .milliseconds(50)
        let connection = try await Connection.connect(options)
        let events = connection.events
        let longSubject = String(repeating: "a", count: 600)
        _ = try connection.subscribe(longSubject)
        var seen: [ConnectionEvent] = []
        for await event in events { seen.append(event) }
        #expect(seen.contains(.serverError("maximum control line exceeded")))
        #expect(seen.last == .closed(reason: "maximum control line exceeded"))
        #expect(throws: NATSError.connectionClosed(reason: "maximum control line exceeded")) {
            try connection.publish("x")
        }
    }
}
