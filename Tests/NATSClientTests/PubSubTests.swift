import FoundationEssentials
import NATSClient
import TestSupport
import Testing

/// Publish/subscribe against a real server.
@Suite struct PubSubTests {
    @Test func connectsAndReportsServerInfo() async throws {
        let server = try NATSServerProcess()
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        #expect(connection.serverInfo.jetstream)
        #expect(connection.serverInfo.maxPayload == 1_048_576)
        #expect(!connection.serverInfo.version.isEmpty)
        #expect(connection.connectedURL == "nats://127.0.0.1:\(server.port)")
        try await connection.flush()
        await connection.close()
    }

    @Test func deliversWithWildcards() async throws {
        let server = try NATSServerProcess()
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        let star = try connection.subscribe("orders.*")
        let tail = try connection.subscribe("orders.>")
        let exact = try connection.subscribe("orders.new")
        try await connection.flush()
        for subject in ["orders.new", "orders.eu.new", "orders", "other.new"] {
            try connection.publish(subject, payload: Data(subject.utf8))
        }
        try await connection.flush()
        #expect(try await collect(star, count: 1).map(\.subject) == ["orders.new"])
        #expect(
            try await collect(tail, count: 2).map(\.subject) == ["orders.new", "orders.eu.new"])
        #expect(try await collect(exact, count: 1).map(\.payload) == [Data("orders.new".utf8)])
        try star.unsubscribe()
        try tail.unsubscribe()
        try exact.unsubscribe()
        #expect(try await collect(star, count: 5).isEmpty)
        await connection.close()
    }
    @Test func queueGroupMembersShareTheMessages() async throws {
        let server = try NATSServerProcess()
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        let first = try connection.subscribe("work", queue: "workers")
        let second = try connection.subscribe("work", queue: "workers")
        let observer = try connection.subscribe("work")
        try await connection.flush()
        for index in 0..<200 { try connection.publish("work", payload: Data("\(index)".utf8)) }
        try await connection.flush()
        #expect(try await collect(observer, count: 200).count == 200)
        try await connection.flush()
        let split = first.pendingMessages + second.pendingMessages
        #expect(split == 200)
        #expect(first.pendingMessages > 0 && second.pendingMessages > 0)
        await connection.close()
    }

    @Test func headersAndPayloadsRoundTrip() async throws {
        let server = try NATSServerProcess()
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        let subscription = try connection.subscribe("data.>")
        try await connection.flush()
        var headers = Headers()
        headers.append("Nats-Msg-Id", "id-1")
        headers.append("X-Multi", "one")
        headers.append("x-multi", "two")
        let binary = Data((0...255).map { UInt8($0) } + [13, 10, 13, 10])
        let big = Data((0..<(1 << 20) - 200).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let sent: [(String, Data, Headers?)] = [
            ("data.empty", Data(), nil),
            ("data.empty.headers", Data(), headers),
            ("data.binary", binary, headers),
            ("data.big", big, headers),
            ("data.onlyheaders", Data(), Headers()),
        ]
        for (subject, payload, headers) in sent {
            try connection.publish(subject, payload: payload, reply: "reply.to", headers: headers)
        }
        let received = try await collect(subscription, count: sent.count)
        #expect(received.count == sent.count)
        for (message, (subject, payload, headers)) in zip(received, sent) {
            #expect(message.subject == subject)
            #expect(message.reply == "reply.to")
            #expect(message.payload == payload)
            #expect(message.headers == headers)
        }
        #expect(received[2].headers?.values(for: "X-MULTI") == ["one", "two"])
        #expect(received[2].headers?.map(\.name) == ["Nats-Msg-Id", "X-Multi", "x-multi"])
        await connection.close()
    }

    @Test func unsubscribeAfterMessagesEndsTheSequence() async throws {
        let server = try NATSServerProcess()
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        let subscription = try connection.subscribe("limited")
        try subscription.unsubscribe(afterMessages: 3)
        try await connection.flush()
        for _ in 0..<10 { try connection.publish("limited") }
        try await connection.flush()
        #expect(try await collect(subscription, count: 10).count == 3)
        await connection.close()
    }

    @Test func overflowIsReportedAsSlowConsumer() async throws {
        let server = try NATSServerProcess()
        var options = try ConnectionOptions(url: server.url)
        options.subscriptionCapacity = 10
        let connection = try await Connection.connect(options)
        let subscription = try connection.subscribe("fast")
        try await connection.flush()
        for _ in 0..<25 { try connection.publish("fast") }
        try await connection.flush()
        var iterator = subscription.makeAsyncIterator()
        await #expect(throws: NATSError.slowConsumer(subject: "fast", dropped: 15)) {
            _ = try await iterator.next()
        }
        #expect(subscription.pendingMessages == 10)
        #expect(try await collect(subscription, count: 10).count == 10)
        await connection.close()
    }

    @Test func closingEndsSubscriptionsAndRefusesPublishing() async throws {
        let server = try NATSServerProcess()
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        let subscription = try connection.subscribe("x")
        let events = connection.events
        await connection.close()
        #expect(try await collect(subscription, count: 1).isEmpty)
        #expect(throws: NATSError.connectionClosed(reason: nil)) { try connection.publish("x") }
        var seen: [ConnectionEvent] = []
        for await event in events { seen.append(event) }
        #expect(seen == [.closed(reason: nil)])
    }

    @Test func drainDeliversWhatWasInFlight() async throws {
        let server = try NATSServerProcess()
        let publisher = try await Connection.connect(ConnectionOptions(url: server.url))
        let subscriber = try await Connection.connect(ConnectionOptions(url: server.url))
        let subscription = try subscriber.subscribe("drain.me")
        try await subscriber.flush()
        for _ in 0..<1000 { try publisher.publish("drain.me", payload: Data(count: 64)) }
        try await publisher.flush()
        try await subscriber.flush()
        await subscriber.drain()
        #expect(try await collect(subscription, count: 2000).count == 1000)
        await publisher.close()
    }
}

/// Reads up to `count` messages, stopping early when the subscription ends; bounded by a
/// deadline so a missing message fails the test instead of hanging it.
func collect(_ subscription: Subscription, count: Int, within: Duration = .seconds(10))
    async throws -> [Message]
{
    try await withThrowingTaskGroup(of: [Message]?.self) { group in
        group.addTask {
            var messages: [Message] = []
            for try await message in subscription {
                messages.append(message)
                if messages.count == count { break }
            }
            return messages
        }
        group.addTask {
            try await Task.sleep(for: within)
            return nil
        }
        let first = try await group.next()!
        group.cancelAll()
        return try #require(first, "timed out waiting for \(count) messages")
    }
}
