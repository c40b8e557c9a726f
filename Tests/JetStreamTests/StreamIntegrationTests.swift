import Foundation
import JetStream
import NATSClient
import Testing

@Suite struct StreamIntegrationTests {
    @Test func createInfoUpdateDelete() async throws {
        try await withJetStream { fixture in
            var config = StreamConfig(name: "ORDERS")
            config.subjects = ["orders.*"]
            config.maxAge = .seconds(3600)
            let created = try await fixture.manager.createStream(config)
            #expect(created.config.name == "ORDERS")
            #expect(created.config.maxAge == .seconds(3600))
            #expect(created.config.duplicateWindow == .seconds(120))
            #expect(created.config.storage == .file)
            #expect(created.json["config"]?["name"] == .string("ORDERS"))

            let again = try await fixture.manager.createStream(config)
            #expect(again.config.subjects == ["orders.*"])

            config.description = "all orders"
            let updated = try await fixture.manager.updateStream(config)
            #expect(updated.config.description == "all orders")

            let info = try await fixture.manager.streamInfo("ORDERS")
            #expect(info.state.messages == 0)
            #expect(info.created != nil)

            try await fixture.manager.deleteStream("ORDERS")
            await #expect(throws: APIError.self) {
                _ = try await fixture.manager.streamInfo("ORDERS")
            }
            try SchemaValidator.expectValid(
                fixture.documents(
                    on: "$JS.API.STREAM.CREATE", request: "stream_create_request",
                    response: "stream_create_response")
                    + fixture.documents(
                        on: "$JS.API.STREAM.UPDATE", request: "stream_update_request",
                        response: "stream_update_response")
                    + fixture.documents(
                        on: "$JS.API.STREAM.INFO", request: "stream_info_request",
                        response: "stream_info_response")
                    + fixture.documents(
                        on: "$JS.API.STREAM.DELETE", request: nil,
                        response: "stream_delete_response"))
        }
    }

    @Test func missingStreamIsAPIError10059() async throws {
        try await withJetStream { fixture in
            do {
                _ = try await fixture.manager.streamInfo("NOPE")
                Issue.record("expected an error")
            } catch let error as APIError {
                #expect(error.errorCode == 10059)
                #expect(error.code == 404)
                #expect(error.is(.streamNotFound))
                #expect(error.description == "stream not found (10059)")
            }
        }
    }

    @Test func jetStreamOffIsReportedAsNotEnabled() async throws {
        try await withJetStream(jetstream: false) { fixture in
            do {
                _ = try await fixture.manager.accountInfo()
                Issue.record("expected an error")
            } catch let error as JetStreamError {
                #expect(error.description == "JetStream not enabled for this account or server")
            }
        }
    }
}

@Suite struct StreamComparisonIntegrationTests {
    @Test func liveStreamMatchesTheConfigItWasCreatedFrom() async throws {
        try await withJetStream { fixture in
            let json = #"""
                {"name":"TRANSACTIONS","subjects":["events.transactions.*"],"max_age":"7d",
                 "storage":"file","retention":"limits","metadata":{"team":"payments"}}
                """#
            let config = try JSONDecoder().decode(StreamConfig.self, from: Data(json.utf8))
            let created = try await fixture.manager.createStream(config)
            #expect(config.compare(with: created).isUnchanged)
            #expect(
                StreamConfig(name: "TRANSACTIONS").compare(with: created).differences.map(\.field)
                    == ["subjects", "max_age", "metadata"])

            var changed = config
            changed.storage = .memory
            changed.maxAge = .seconds(30 * 86_400)
            let comparison = changed.compare(with: created)
            #expect(comparison.differences.map(\.field) == ["max_age", "storage"])
            #expect(comparison.nonEditable.map(\.field) == ["storage"])
            do {
                _ = try await fixture.manager.createStream(changed)
                Issue.record("expected 10058")
            } catch let error as APIError {
                #expect(error.is(.streamNameInUse))
            }
            var editable = config
            editable.maxAge = .seconds(30 * 86_400)
            let updated = try await fixture.manager.updateStream(editable)
            #expect(editable.compare(with: updated).isUnchanged)
        }
    }
}
