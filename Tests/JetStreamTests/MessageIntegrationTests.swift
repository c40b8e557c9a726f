import Foundation
import JetStream
import NATSClient
import Testing

@Suite struct MessageIntegrationTests {
    private func fill(_ fixture: JetStreamFixture) async throws {
        var config = StreamConfig(name: "EVENTS")
        config.subjects = ["events.>"]
        _ = try await fixture.manager.createStream(config)
        var headers = Headers()
        headers.append("Trace-Id", "abc")
        for index in 1...10 {
            let subject = index % 2 == 0 ? "events.even" : "events.odd.\(index)"
            _ = try await fixture.manager.publish(
                subject, payload: Data("m\(index)".utf8),
                options: PublishOptions(headers: index == 4 ? headers : nil))
        }
    }

    @Test func getBySequenceAndLastForSubject() async throws {
        try await withJetStream { fixture in
            try await fill(fixture)
            let fourth = try await fixture.manager.message("EVENTS", sequence: 4)
            #expect(fourth.subject == "events.even")
            #expect(fourth.sequence == 4)
            #expect(String(decoding: fourth.data, as: UTF8.self) == "m4")
            #expect(fourth.headers?["Trace-Id"] == "abc")
            #expect(fourth.time != nil)
            #expect(fourth.json["seq"] == 4)

            let last = try await fixture.manager.lastMessage("EVENTS", subject: "events.even")
            #expect(last.sequence == 10)
            let next = try await fixture.manager.nextMessage(
                "EVENTS", subject: "events.even", from: 5)
            #expect(next.sequence == 6)
            do {
                _ = try await fixture.manager.message("EVENTS", sequence: 99)
                Issue.record("expected no message found")
            } catch let error as APIError {
                #expect(error.is(.noMessageFound))
            }
            try await fixture.manager.deleteMessage("EVENTS", sequence: 4)
            try await fixture.manager.deleteMessage("EVENTS", sequence: 5, secure: true)
            await #expect(throws: APIError.self) {
                _ = try await fixture.manager.message("EVENTS", sequence: 4)
            }
            let info = try await fixture.manager.streamInfo("EVENTS", deletedDetails: true)
            #expect(info.state.messages == 8)
            #expect(info.state.deleted == [4, 5])
            #expect(info.state.deletedCount == 2)
            try SchemaValidator.expectValid(
                fixture.documents(
                    on: "$JS.API.STREAM.MSG.GET", request: "stream_msg_get_request",
                    response: "stream_msg_get_response")
                    + fixture.documents(
                        on: "$JS.API.STREAM.MSG.DELETE", request: "stream_msg_delete_request",
                        response: "stream_msg_delete_response"))
        }
    }

    @Test func infoWithSubjectDetails() async throws {
        try await withJetStream { fixture in
            try await fill(fixture)
            let plain = try await fixture.manager.streamInfo("EVENTS")
            #expect(plain.state.subjects == nil)
            #expect(plain.state.subjectCount == 6)
            let detailed = try await fixture.manager.streamInfo("EVENTS", subjectsFilter: ">")
            #expect(detailed.state.subjects?["events.even"] == 5)
            #expect(detailed.state.subjects?.count == 6)
            let odd = try await fixture.manager.streamInfo("EVENTS", subjectsFilter: "events.odd.*")
            #expect(odd.state.subjects?.count == 5)
        }
    }

    @Test func purgeBySubjectSequenceAndKeep() async throws {
        try await withJetStream { fixture in
            try await fill(fixture)
            let manager = fixture.manager
            #expect(
                try await manager.purgeStream("EVENTS", PurgeRequest(subject: "events.even")) == 5)
            #expect(try await manager.purgeStream("EVENTS", PurgeRequest(upToSequence: 5)) == 2)
            #expect(try await manager.purgeStream("EVENTS", PurgeRequest(keep: 1)) == 2)
            let info = try await manager.streamInfo("EVENTS")
            #expect(info.state.messages == 1)
            #expect(info.state.lastSequence == 10)
            await #expect(throws: JetStreamError.self) {
                try await manager.purgeStream("EVENTS", PurgeRequest(upToSequence: 1, keep: 1))
            }
            #expect(try await manager.purgeStream("EVENTS") == 1)
            try SchemaValidator.expectValid(
                fixture.documents(
                    on: "$JS.API.STREAM.PURGE", request: "stream_purge_request",
                    response: "stream_purge_response"))
        }
    }

    @Test func accountInfo() async throws {
        try await withJetStream { fixture in
            try await fill(fixture)
            let account = try await fixture.manager.accountInfo()
            #expect(account.streams == 1)
            #expect(account.storage > 0)
            #expect(account.limits.maxStreams == -1)
            #expect(account.api.total > 0)
            #expect(account.json["streams"] == 1)
            try SchemaValidator.expectValid(
                fixture.documents(
                    on: "$JS.API.INFO", request: nil, response: "account_info_response"))
        }
    }

    @Test func domainPrefixReachesTheServer() async throws {
        let config = "jetstream { domain: hub }"
        try await withJetStream(config: config, domain: "hub") { fixture in
            let account = try await fixture.manager.accountInfo()
            #expect(account.domain == "hub")
            var stream = StreamConfig(name: "HUB")
            stream.subjects = ["hub.*"]
            let created = try await fixture.manager.createStream(stream)
            #expect(created.config.name == "HUB")
            let ack = try await fixture.manager.publish("hub.x")
            #expect(ack.domain == "hub")
            #expect(
                fixture.trace.allSatisfy {
                    if case .request(let subject, _) = $0 {
                        return subject.hasPrefix("$JS.hub.API.")
                    }
                    return true
                })
        }
    }
}
