import Foundation
import JetStream
import NATSClient
import Testing

@Suite struct ConsumerIntegrationTests {
    private func makeStream(_ fixture: JetStreamFixture, _ name: String = "ORDERS") async throws {
        var config = StreamConfig(name: name)
        config.subjects = ["orders.*"]
        _ = try await fixture.manager.createStream(config)
    }

    @Test func durableCreateInfoListDelete() async throws {
        try await withJetStream { fixture in
            try await makeStream(fixture)
            var config = ConsumerConfig.durablePull("worker")
            config.filterSubject = "orders.new"
            config.maxDeliver = 3
            config.ackWait = .seconds(30)
            config.backoff = nil
            config.description = "processes new orders"
            let created = try await fixture.manager.createConsumer(stream: "ORDERS", config: config)
            #expect(created.name == "worker")
            #expect(created.streamName == "ORDERS")
            #expect(created.config.ackPolicy == .explicit)
            #expect(created.config.maxDeliver == 3)
            #expect(created.config.filterSubject == "orders.new")
            #expect(created.config.maxWaiting == 512)

            let again = try await fixture.manager.createConsumer(stream: "ORDERS", config: config)
            #expect(again.name == "worker")
            let info = try await fixture.manager.consumerInfo(stream: "ORDERS", name: "worker")
            #expect(config.compare(with: info).isUnchanged)

            config.description = "changed"
            let updated = try await fixture.manager.createConsumer(
                stream: "ORDERS", config: config, action: .update)
            #expect(updated.config.description == "changed")

            let names = try await fixture.manager.consumerNames(stream: "ORDERS").all()
            #expect(names == ["worker"])
            let list = try await fixture.manager.consumers(stream: "ORDERS").all()
            #expect(list.map(\.name) == ["worker"])

            try await fixture.manager.deleteConsumer(stream: "ORDERS", name: "worker")
            do {
                _ = try await fixture.manager.consumerInfo(stream: "ORDERS", name: "worker")
                Issue.record("expected consumer not found")
            } catch let error as APIError {
                #expect(error.is(.consumerNotFound))
                #expect(error.description == "consumer not found (10014)")
            }
            try SchemaValidator.expectValid(
                fixture.documents(
                    on: "$JS.API.CONSUMER.CREATE", request: "consumer_create_request",
                    response: "consumer_create_response")
                    + fixture.documents(
                        on: "$JS.API.CONSUMER.INFO", request: nil,
                        response: "consumer_info_response")
                    + fixture.documents(
                        on: "$JS.API.CONSUMER.NAMES", request: "consumer_names_request",
                        response: "consumer_names_response")
                    + fixture.documents(
                        on: "$JS.API.CONSUMER.LIST", request: "consumer_list_request",
                        response: "consumer_list_response")
                    + fixture.documents(
                        on: "$JS.API.CONSUMER.DELETE", request: nil,
                        response: "consumer_delete_response"))
        }
    }

    @Test func wildcardFilterTokenAndMultipleFilters() async throws {
        try await withJetStream { fixture in
            try await makeStream(fixture)
            var wildcard = ConsumerConfig.durablePull("all-orders")
            wildcard.filterSubjects = ["orders.*"]
            let created = try await fixture.manager.createConsumer(
                stream: "ORDERS", config: wildcard)
            #expect(created.config.filterSubject == "orders.*")
            #expect(wildcard.compare(with: created).isUnchanged)
            #expect(
                fixture.trace.contains(
                    .request(
                        subject: "$JS.API.CONSUMER.CREATE.ORDERS.all-orders.orders.*",
                        json: try requestJSON(fixture, "$JS.API.CONSUMER.CREATE.ORDERS.all-orders"))
                ))

            var two = ConsumerConfig.durablePull("two")
            two.filterSubjects = ["orders.new", "orders.paid"]
            let both = try await fixture.manager.createConsumer(stream: "ORDERS", config: two)
            #expect(both.config.filterSubjects == ["orders.new", "orders.paid"])
            #expect(two.compare(with: both).isUnchanged)
        }
    }

    @Test func ephemeralConsumerGetsAName() async throws {
        try await withJetStream { fixture in
            try await makeStream(fixture)
            var config = ConsumerConfig()
            config.ackPolicy = .explicit
            config.inactiveThreshold = .seconds(30)
            let created = try await fixture.manager.createConsumer(stream: "ORDERS", config: config)
            #expect(created.name.count == 22)
            #expect(created.config.durableName == nil)
            #expect(created.config.inactiveThreshold == .seconds(30))
        }
    }

    @Test func actionsAndRefusedUpdates() async throws {
        try await withJetStream { fixture in
            try await makeStream(fixture)
            var config = ConsumerConfig.durablePull("worker")
            config.filterSubject = "orders.new"
            do {
                _ = try await fixture.manager.createConsumer(
                    stream: "ORDERS", config: config, action: .update)
                Issue.record("update of a missing consumer should fail")
            } catch let error as APIError {
                #expect(error.is(.consumerDoesNotExist))
            }
            _ = try await fixture.manager.createConsumer(
                stream: "ORDERS", config: config, action: .create)
            var changed = config
            changed.ackPolicy = .all
            let live = try await fixture.manager.consumerInfo(stream: "ORDERS", name: "worker")
            #expect(changed.compare(with: live).nonEditable.map(\.field) == ["ack_policy"])
            await #expect(throws: APIError.self) {
                _ = try await fixture.manager.createConsumer(stream: "ORDERS", config: changed)
            }
        }
    }

    @Test func badNamesAreRefusedBeforeAnyRequest() async throws {
        try await withJetStream { fixture in
            for name in [
                "", "a.b", "a*", "a>", "a b", "a/b", "a\\b", String(repeating: "x", count: 256),
            ] {
                var config = ConsumerConfig.durablePull(name)
                config.filterSubject = "orders.new"
                await #expect(throws: JetStreamError.self) {
                    _ = try await fixture.manager.createConsumer(stream: "ORDERS", config: config)
                }
                await #expect(throws: JetStreamError.self) {
                    _ = try await fixture.manager.streamInfo(name)
                }
            }
            #expect(fixture.trace.isEmpty)
        }
    }

    private func requestJSON(_ fixture: JetStreamFixture, _ prefix: String) throws -> String {
        for case .request(let subject, let json) in fixture.trace where subject.hasPrefix(prefix) {
            return json
        }
        throw JetStreamError.invalidRequest("no request on \(prefix)")
    }
}
