import Foundation
import JetStream
import NATSClient
import Testing

@Suite struct PublishIntegrationTests {
    private func makeStream(_ fixture: JetStreamFixture) async throws {
        var config = StreamConfig(name: "ORDERS")
        config.subjects = ["orders.*"]
        config.storage = .memory
        _ = try await fixture.manager.createStream(config)
    }

    @Test func acksDedupAndExpectations() async throws {
        try await withJetStream { fixture in
            try await makeStream(fixture)
            let manager = fixture.manager
            let first = try await manager.publish(
                "orders.new", payload: Data("one".utf8),
                options: PublishOptions(messageID: "m-1", expectedStream: "ORDERS"))
            #expect(first.stream == "ORDERS")
            #expect(first.sequence == 1)
            #expect(!first.duplicate)
            #expect(first.json["seq"] == 1)

            let repeated = try await manager.publish(
                "orders.new", payload: Data("one".utf8), options: PublishOptions(messageID: "m-1"))
            #expect(repeated.duplicate)
            #expect(repeated.sequence == 1)

            let second = try await manager.publish(
                "orders.paid", options: PublishOptions(expectedLastSequence: 1))
            #expect(second.sequence == 2)
            let third = try await manager.publish(
                "orders.new", options: PublishOptions(expectedLastSubjectSequence: 1))
            #expect(third.sequence == 3)

            for (options, code) in [
                (PublishOptions(expectedStream: "OTHER"), 10060),
                (PublishOptions(expectedLastSequence: 1), 10071),
                (PublishOptions(expectedLastSubjectSequence: 0), 10071),
            ] {
                do {
                    _ = try await manager.publish("orders.new", options: options)
                    Issue.record("expected error \(code)")
                } catch let error as APIError {
                    #expect(error.errorCode == code)
                }
            }
            let schemaInput = [first, repeated, second].map {
                SchemaValidator.Document(
                    schema: "pub_ack_response", json: try! JSONEncoder().encode($0))
            }
            try SchemaValidator.expectValid(schemaInput)
        }
    }

    @Test func publishThatNoStreamTakesIsAnError() async throws {
        try await withJetStream { fixture in
            do {
                _ = try await fixture.manager.publish("nowhere.at.all", payload: Data("x".utf8))
                Issue.record("expected an error")
            } catch let error as JetStreamError {
                #expect(error == .noStreamForSubject("nowhere.at.all"))
            }
        }
    }

    @Test func asyncPublisherKeepsOrderAndCountsAcks() async throws {
        try await withJetStream { fixture in
            try await makeStream(fixture)
            let publisher = try AsyncPublisher(manager: fixture.manager, window: 32)
            for index in 0..<1_000 {
                try await publisher.publish(
                    "orders.bulk", payload: Data("\(index)".utf8),
                    options: PublishOptions(messageID: index == 999 ? "m-0" : "m-\(index)"))
                #expect(publisher.outstanding <= 32)
            }
            let summary = try await publisher.finish()
            #expect(summary.acknowledged == 1_000)
            #expect(summary.duplicates == 1)
            #expect(summary.lastAck?.stream == "ORDERS")
            let info = try await fixture.manager.streamInfo("ORDERS")
            #expect(info.state.messages == 999)
            let last = try await fixture.manager.message("ORDERS", sequence: 999)
            #expect(String(decoding: last.data, as: UTF8.self) == "998")
        }
    }

    @Test func asyncPublisherReportsTheFirstFailure() async throws {
        try await withJetStream { fixture in
            try await makeStream(fixture)
            let publisher = try AsyncPublisher(manager: fixture.manager, window: 8)
            try await publisher.publish("orders.ok")
            try await publisher.publish("nobody.listens")
            await #expect(throws: JetStreamError.noStreamForSubject("nobody.listens")) {
                try await publisher.finish()
            }
        }
    }
}
