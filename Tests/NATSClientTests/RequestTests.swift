import FoundationEssentials
import NATSClient
import TestSupport
import Testing

/// Request/reply through the shared inbox subscription.
@Suite struct RequestTests {
    /// Answers every request on `subject` with its payload reversed and a header.
    static func startResponder(_ connection: Connection, subject: String) throws -> Task<
        Void, Never
    > {
        let subscription = try connection.subscribe(subject)
        return Task {
            do {
                for try await request in subscription {
                    guard let reply = request.reply else { continue }
                    var headers = Headers()
                    headers.append("Answered-By", "responder")
                    try connection.publish(
                        reply, payload: Data(request.payload.reversed()), headers: headers)
                }
            } catch {}
        }
    }

    @Test func requestsGetTheirOwnReplies() async throws {
        let server = try NATSServerProcess()
        let service = try await Connection.connect(ConnectionOptions(url: server.url))
        let responder = try Self.startResponder(service, subject: "svc.echo")
        try await service.flush()
        let client = try await Connection.connect(ConnectionOptions(url: server.url))
        let replies = try await withThrowingTaskGroup(of: (Int, Message).self) { group in
            for index in 0..<50 {
                group.addTask {
                    (index, try await client.request("svc.echo", payload: Data("req\(index)".utf8)))
                }
            }
            return try await group.reduce(into: [Int: Message]()) { $0[$1.0] = $1.1 }
        }
        #expect(replies.count == 50)
        for (index, reply) in replies {
            #expect(reply.payload == Data("req\(index)".utf8.reversed()))
            #expect(reply.headers?["answered-by"] == "responder")
        }
        responder.cancel()
        await client.close()
        await service.close()
    }

    @Test func noRespondersIsItsOwnError() async throws {
        let server = try NATSServerProcess()
        let client = try await Connection.connect(ConnectionOptions(url: server.url))
        await #expect(throws: NATSError.noResponders(subject: "nobody.home")) {
            try await client.request("nobody.home", timeout: .seconds(10))
        }
        await client.close()
    }

    @Test func silentRespondersTimeOut() async throws {
        let server = try NATSServerProcess()
        let client = try await Connection.connect(ConnectionOptions(url: server.url))
        let silent = try client.subscribe("svc.silent")
        try await client.flush()
        await #expect(throws: NATSError.timeout(subject: "svc.silent", after: .milliseconds(300))) {
            try await client.request("svc.silent", timeout: .milliseconds(300))
        }
        #expect(try await collect(silent, count: 1).count == 1)
        await client.close()
    }

    @Test func pendingRequestsFailWhenTheConnectionCloses() async throws {
        let server = try NATSServerProcess()
        let client = try await Connection.connect(ConnectionOptions(url: server.url))
        let silent = try client.subscribe("svc.silent")
        try await client.flush()
        let request = Task { try await client.request("svc.silent", timeout: .seconds(60)) }
        _ = try await collect(silent, count: 1)
        await client.close()
        await #expect(throws: NATSError.connectionClosed(reason: nil)) { try await request.value }
    }

    @Test func inboxesAreUnique() async throws {
        let server = try NATSServerProcess()
        let client = try await Connection.connect(ConnectionOptions(url: server.url))
        let inboxes = (0..<1000).map { _ in client.newInbox() }
        #expect(Set(inboxes).count == 1000)
        #expect(inboxes.allSatisfy { $0.hasPrefix("_INBOX.") && $0.count == 29 })
        await client.close()
    }
}
