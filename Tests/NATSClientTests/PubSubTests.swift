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
