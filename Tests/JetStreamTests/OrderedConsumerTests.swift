import Foundation
import JetStream
import NATSClient
import Testing

@Suite struct OrderedConsumerTests {
    private func makeStream(_ fixture: JetStreamFixture, messages: Int) async throws {
        var config = StreamConfig(name: "TAIL")
        config.subjects = ["tail.*"]
        _ = try await fixture.manager.createStream(config)
        for index in 1...messages {
            _ = try await fixture.manager.publish(
                index % 2 == 0 ? "tail.even" : "tail.odd", payload: Data("\(index)".utf8))
        }
    }

    /// Reads `count` messages, failing after `deadline`.
    private func read(
        _ count: Int, from consumer: OrderedConsumer, within deadline: Duration = .seconds(30)
    ) async throws -> [JetStreamMessage] {
        try await withThrowingTaskGroup(of: [JetStreamMessage]?.self) { group in
            group.addTask {
                var received: [JetStreamMessage] = []
                for try await message in consumer {
                    received.append(message)
                    if received.count == count { break }
                }
                return received
            }
            group.addTask {
                try await Task.sleep(for: deadline)
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return try #require(first, "fewer than \(count) messages within \(deadline)")
        }
    }

    @Test func deliversTheWholeStreamInOrderWithMetadata() async throws {
        try await withJetStream { fixture in
            try await makeStream(fixture, messages: 20)
            let consumer = try await fixture.manager.orderedConsumer(stream: "TAIL")
            #expect(consumer.initialPending == 20)
            let messages = try await read(20, from: consumer)
            #expect(messages.compactMap(\.metadata?.streamSequence) == Array(1...20))
            #expect(messages.last?.metadata?.pending == 0)
            #expect(consumer.resets == 0)
            await consumer.stop()
        }
    }

    @Test func filtersAndStartPolicies() async throws {
        try await withJetStream { fixture in
            try await makeStream(fixture, messages: 10)
            var options = OrderedConsumerOptions()
            options.filterSubjects = ["tail.even"]
            let evens = try await fixture.manager.orderedConsumer(stream: "TAIL", options: options)
            let even = try await read(5, from: evens)
            #expect(even.compactMap(\.metadata?.streamSequence) == [2, 4, 6, 8, 10])
            await evens.stop()

            var fromSeven = OrderedConsumerOptions()
            fromSeven.deliverPolicy = .byStartSequence
            fromSeven.startSequence = 7
            let tail = try await fixture.manager.orderedConsumer(stream: "TAIL", options: fromSeven)
            #expect(tail.initialPending == 4)
            let last = try await read(4, from: tail)
            #expect(last.compactMap(\.metadata?.streamSequence) == [7, 8, 9, 10])
            await tail.stop()

            var newOnly = OrderedConsumerOptions()
            newOnly.deliverPolicy = .new
            let fresh = try await fixture.manager.orderedConsumer(stream: "TAIL", options: newOnly)
            #expect(fresh.initialPending == 0)
            _ = try await fixture.manager.publish("tail.odd", payload: Data("11".utf8))
            let next = try await read(1, from: fresh)
            #expect(next.first?.metadata?.streamSequence == 11)
            await fresh.stop()
        }
    }

    @Test func tailSurvivesAServerRestartWithoutGapsOrRepeats() async throws {
        try await withJetStream { fixture in
            try await makeStream(fixture, messages: 5)
            var options = OrderedConsumerOptions()
            options.heartbeat = .milliseconds(500)
            let consumer = try await fixture.manager.orderedConsumer(
                stream: "TAIL", options: options)
            let before = try await read(5, from: consumer)
            #expect(before.compactMap(\.metadata?.streamSequence) == [1, 2, 3, 4, 5])

            try fixture.server.restart()
            var published = 0
            let deadline = ContinuousClock.now + .seconds(30)
            while published < 5 && ContinuousClock.now < deadline {
                do {
                    _ = try await fixture.manager.publish(
                        "tail.odd", payload: Data("after \(published)".utf8),
                        timeout: .seconds(2))
                    published += 1
                } catch {
                    try await Task.sleep(for: .milliseconds(100))
                }
            }
            #expect(published == 5)
            let after = try await read(5, from: consumer, within: .seconds(45))
            #expect(after.compactMap(\.metadata?.streamSequence) == [6, 7, 8, 9, 10])
            #expect(consumer.resets >= 1)
            await consumer.stop()
        }
    }

    @Test func missingStreamFailsAtOnce() async throws {
        try await withJetStream { fixture in
            do {
                _ = try await fixture.manager.orderedConsumer(stream: "NONE")
                Issue.record("expected stream not found")
            } catch let error as APIError {
                #expect(error.is(.streamNotFound))
            }
        }
    }
}
