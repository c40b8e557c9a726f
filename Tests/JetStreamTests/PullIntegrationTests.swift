import Foundation
import JetStream
import NATSClient
import Testing

@Suite struct PullIntegrationTests {
    private func setUp(_ fixture: JetStreamFixture, messages: Int, consumer: ConsumerConfig? = nil)
        async throws
    {
        var stream = StreamConfig(name: "JOBS")
        stream.subjects = ["jobs.*"]
        stream.storage = .memory
        _ = try await fixture.manager.createStream(stream)
        for index in 1...max(messages, 1) where messages > 0 {
            _ = try await fixture.manager.publish("jobs.run", payload: Data("job \(index)".utf8))
        }
        var config = consumer ?? ConsumerConfig.durablePull("worker")
        config.durableName = config.durableName ?? "worker"
        _ = try await fixture.manager.createConsumer(stream: "JOBS", config: config)
    }

    @Test func batchDeliversInOrderWithMetadata() async throws {
        try await withJetStream { fixture in
            try await setUp(fixture, messages: 5)
            let result = try await fixture.manager.fetch(
                stream: "JOBS", consumer: "worker", PullRequest(batch: 3, expires: .seconds(5)))
            #expect(result.end == .batchComplete)
            #expect(
                result.messages.map { String(decoding: $0.payload, as: UTF8.self) }
                    == ["job 1", "job 2", "job 3"])
            let metadata = try #require(result.messages.last?.metadata)
            #expect(metadata.stream == "JOBS")
            #expect(metadata.consumer == "worker")
            #expect(metadata.streamSequence == 3)
            #expect(metadata.consumerSequence == 3)
            #expect(metadata.delivered == 1)
            #expect(metadata.pending == 2)
            for message in result.messages { try await message.ackSync() }
            let info = try await fixture.manager.consumerInfo(stream: "JOBS", name: "worker")
            #expect(info.ackFloor.streamSequence == 3)
            #expect(info.pending == 2)
            try SchemaValidator.expectValid([
                SchemaValidator.Document(
                    schema: "consumer_getnext_request",
                    json: try JSONEncoder().encode(PullRequest(batch: 3, expires: .seconds(5))))
            ])
        }
    }

    @Test func noWaitOnEmptyConsumerEndsWithNoMessages() async throws {
        try await withJetStream { fixture in
            try await setUp(fixture, messages: 2)
            let result = try await fixture.manager.fetch(
                stream: "JOBS", consumer: "worker",
                PullRequest(batch: 10, expires: nil, noWait: true))
            #expect(result.messages.count == 2)
            #expect(result.end == .noMessages)
            let empty = try await fixture.manager.fetch(
                stream: "JOBS", consumer: "worker",
                PullRequest(batch: 1, expires: nil, noWait: true))
            #expect(empty.messages.isEmpty)
            #expect(empty.end == .noMessages)
        }
    }

    @Test func expiryEndsWithRequestTimeoutAndHeartbeatsAreNotData() async throws {
        try await withJetStream { fixture in
            try await setUp(fixture, messages: 0)
            let result = try await fixture.manager.fetch(
                stream: "JOBS", consumer: "worker",
                PullRequest(batch: 5, expires: .seconds(2), idleHeartbeat: .milliseconds(500)))
            #expect(result.messages.isEmpty)
            #expect(result.end == .expired)
        }
    }

    @Test func maxBytesEndsTheBatch() async throws {
        try await withJetStream { fixture in
            try await setUp(fixture, messages: 5)
            let result = try await fixture.manager.fetch(
                stream: "JOBS", consumer: "worker",
                PullRequest(batch: 5, expires: .seconds(5), maxBytes: 100))
            #expect(result.messages.count >= 1)
            #expect(result.messages.count < 5)
            #expect(result.end == .maxBytesReached)
        }
    }

    @Test func nakTermAndInProgressDriveRedelivery() async throws {
        try await withJetStream { fixture in
            var consumer = ConsumerConfig.durablePull("worker")
            consumer.ackWait = .seconds(30)
            try await setUp(fixture, messages: 3, consumer: consumer)
            let manager = fixture.manager
            let first = try await manager.fetch(
                stream: "JOBS", consumer: "worker", PullRequest(batch: 3, expires: .seconds(5)))
            #expect(first.messages.count == 3)
            try first.messages[0].nak()
            try first.messages[1].term(reason: "bad job")
            try first.messages[2].inProgress()
            try first.messages[2].nak(delay: .milliseconds(200))
            try await fixture.connection.flush()

            var redelivered: [JetStreamMessage] = []
            for _ in 0..<10 where redelivered.count < 2 {
                let more = try await manager.fetch(
                    stream: "JOBS", consumer: "worker", PullRequest(batch: 2, expires: .seconds(3)))
                redelivered += more.messages
            }
            #expect(redelivered.compactMap(\.metadata?.streamSequence).sorted() == [1, 3])
            #expect(redelivered.allSatisfy { $0.metadata?.delivered == 2 })
            for message in redelivered { try await message.ackSync() }
            let info = try await manager.consumerInfo(stream: "JOBS", name: "worker")
            #expect(info.ackPending == 0)
            #expect(info.redelivered == 0)
            #expect(info.ackFloor.streamSequence == 3)
        }
    }

    @Test func missingConsumerAndDeletedConsumerAreErrors() async throws {
        try await withJetStream { fixture in
            try await setUp(fixture, messages: 0)
            await #expect(throws: JetStreamError.self) {
                _ = try await fixture.manager.fetch(
                    stream: "JOBS", consumer: "ghost", PullRequest(batch: 1, expires: .seconds(1)))
            }
            let manager = fixture.manager
            let pending = Task {
                try await manager.fetch(
                    stream: "JOBS", consumer: "worker", PullRequest(batch: 1, expires: .seconds(20))
                )
            }
            let deadline = ContinuousClock.now + .seconds(10)
            while ContinuousClock.now < deadline {
                let info = try await manager.consumerInfo(stream: "JOBS", name: "worker")
                if info.waiting > 0 { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            try await manager.deleteConsumer(stream: "JOBS", name: "worker")
            do {
                _ = try await pending.value
                Issue.record("expected 409 Consumer Deleted")
            } catch let error as JetStreamError {
                #expect(error == .pullTerminated(status: 409, description: "Consumer Deleted"))
            }
        }
    }

    @Test func badPullRequestsAreRefusedLocally() async throws {
        #expect(throws: JetStreamError.self) { try PullRequest(batch: 0).validate() }
        #expect(throws: JetStreamError.self) {
            try PullRequest(expires: .seconds(1), idleHeartbeat: .seconds(1)).validate()
        }
        let body = try jsonObject(
            PullRequest(
                batch: 2, expires: .seconds(1), noWait: true, idleHeartbeat: .milliseconds(100)))
        #expect(body["expires"] as? Int64 == 1_000_000_000)
        #expect(body["idle_heartbeat"] as? Int64 == 100_000_000)
        #expect(body["no_wait"] as? Bool == true)
    }
}
