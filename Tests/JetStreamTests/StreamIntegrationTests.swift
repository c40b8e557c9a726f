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
