import FoundationEssentials
import NATSClient
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Losing the server and getting it back.
@Suite struct ReconnectTests {
    static func options(_ url: String) throws -> ConnectionOptions {
        var options = try ConnectionOptions(url: url)
        options.reconnect.wait = .milliseconds(100)
        options.reconnect.jitter = .milliseconds(20)
        options.reconnect.maxAttempts = 300
        return options
    }

    /// Waits for the next event matching `predicate`, up to `within`.
    static func waitFor(
        _ events: inout AsyncStream<ConnectionEvent>.Iterator, within: Duration = .seconds(30),
        _ predicate: @escaping @Sendable (ConnectionEvent) -> Bool
    ) async -> ConnectionEvent? {
        let deadline = ContinuousClock.now + within
        while ContinuousClock.now < deadline {
            guard let event = await events.next() else { return nil }
            if predicate(event) { return event }
        }
        return nil
    }

    @Test func subscriptionsResumeAfterAServerRestart() async throws {
        let server = try NATSServerProcess()
        let connection = try await Connection.connect(Self.options(server.url))
        var events = connection.events.makeAsyncIterator()
        let subscription = try connection.subscribe("restart.>")
        let requests = try connection.subscribe("svc.after")
        try connection.publish("restart.before")
        try await connection.flush()

        server.stop(keepStore: true)
        let lost = await Self.waitFor(&events) {
            if case .disconnected = $0 { return true } else { return false }
        }
        #expect(lost != nil)
        try connection.publish("restart.buffered", payload: Data("kept".utf8))
        try server.restart()
        let back = await Self.waitFor(&events) {
            if case .reconnected = $0 { return true } else { return false }
        }
        #expect(back == .reconnected(url: server.url))

        try connection.publish("restart.after")
        let received = try await collect(subscription, count: 3)
        #expect(received.map(\.subject) == ["restart.before", "restart.buffered", "restart.after"])
        #expect(received[1].payload == Data("kept".utf8))

        let responder = Task {
            for try await request in requests {
                if let reply = request.reply {
                    try connection.publish(reply, payload: Data("ok".utf8))
                }
            }
        }
        let reply = try await connection.request("svc.after", timeout: .seconds(10))
        #expect(reply.payload == Data("ok".utf8))
        responder.cancel()
        await connection.close()
    }

    @Test func aSecondConnectionSeesTheFirstsMessagesAgain() async throws {
        let server = try NATSServerProcess()
        let subscriber = try await Connection.connect(Self.options(server.url))
        var events = subscriber.events.makeAsyncIterator()
        let subscription = try subscriber.subscribe("flow")
        try await subscriber.flush()
        try server.restart()
        _ = await Self.waitFor(&events) {
            if case .reconnected = $0 { return true } else { return false }
        }
        try await subscriber.flush()
        let publisher = try await Connection.connect(ConnectionOptions(url: server.url))
        for index in 0..<100 { try publisher.publish("flow", payload: Data("\(index)".utf8)) }
        try await publisher.flush()
        let received = try await collect(subscription, count: 100)
        #expect(
            received.map { String(decoding: $0.payload, as: UTF8.self) }
                == (0..<100).map(String.init))
        await publisher.close()
        await subscriber.close()
    }

    @Test func withoutReconnectTheConnectionCloses() async throws {
        let server = try NATSServerProcess()
        var options = try ConnectionOptions(url: server.url)
        options.reconnect.allowReconnect = false
        let connection = try await Connection.connect(options)
        let events = connection.events
        server.stop()
        var seen: [ConnectionEvent] = []
        for await event in events { seen.append(event) }
        #expect(seen.count == 2)
        #expect(seen.first == .disconnected(reason: "connection closed by the server"))
        #expect(seen.last == .closed(reason: "connection closed by the server"))
        await #expect(throws: NATSError.self) { try await connection.flush() }
    }

    @Test func reconnectGivesUpAfterMaxAttempts() async throws {
        let server = try NATSServerProcess()
        var options = try ConnectionOptions(url: server.url)
        options.reconnect.wait = .milliseconds(20)
        options.reconnect.maxAttempts = 3
        let connection = try await Connection.connect(options)
        let events = connection.events
        server.stop()
        var last: ConnectionEvent?
        for await event in events { last = event }
        guard case .closed(let reason) = last else {
            Issue.record("expected closed, got \(String(describing: last))")
            return
        }
        #expect(reason?.hasPrefix("could not reconnect after 3 attempts") == true)
    }

    @Test func aDeadServerIsDetectedByPings() async throws {
        let server = try NATSServerProcess()
        var options = try Self.options(server.url)
        options.pingInterval = .milliseconds(200)
        options.maxPingsOutstanding = 2
        let connection = try await Connection.connect(options)
        var events = connection.events.makeAsyncIterator()
        let pid = try #require(server.pid)
        kill(pid, SIGSTOP)
        defer { kill(pid, SIGCONT) }
        let lost = await Self.waitFor(&events) {
            if case .disconnected = $0 { return true } else { return false }
        }
        #expect(lost == .disconnected(reason: "stale connection: 2 pings unanswered"))
        kill(pid, SIGCONT)
        let back = await Self.waitFor(&events) {
            if case .reconnected = $0 { return true } else { return false }
        }
        #expect(back != nil)
        await connection.close()
    }
}
