import Foundation
import JetStream
import NATSClient
import Testing

@Suite struct UnknownFieldsTests {
    /// A stand-in for a newer server on a custom prefix: its stream info has members natsctl
    /// does not know, at the top level and inside `config`.
    private func newerServer(_ fixture: JetStreamFixture) throws -> Task<Void, Never> {
        let subscription = try fixture.connection.subscribe("NEW.API.STREAM.INFO.FUTURE")
        let connection = fixture.connection
        return Task {
            let reply = #"""
                {"type":"io.nats.jetstream.api.v1.stream_info_response","total":0,"offset":0,
                 "limit":0,"created":"2024-05-01T10:00:00.123456789Z","ts":"2024-05-01T10:00:01Z",
                 "config":{"name":"FUTURE","subjects":["f.>"],"retention":"limits",
                   "max_consumers":-1,"max_msgs":-1,"max_bytes":-1,"max_age":0,"storage":"file",
                   "num_replicas":1,"duplicate_window":120000000000,"warp_drive":{"level":9}},
                 "state":{"messages":3,"bytes":99,"first_seq":1,"first_ts":"2024-05-01T10:00:00Z",
                   "last_seq":3,"last_ts":"0001-01-01T00:00:00Z","consumer_count":0},
                 "quantum_state":"entangled"}
                """#
            do {
                for try await request in subscription {
                    try connection.publish(request.reply!, payload: Data(reply.utf8))
                }
            } catch {}
        }
    }

    @Test func responsesKeepEverythingButConfigsNeverSendServerExtrasBack() async throws {
        try await withJetStream(apiPrefix: "NEW.API") { fixture in
            let service = try newerServer(fixture)
            defer { service.cancel() }
            try await fixture.connection.flush()
            let info = try await fixture.manager.streamInfo("FUTURE")
            #expect(info.json["quantum_state"] == "entangled")
            #expect(info.json["config"]?["warp_drive"] == ["level": 9])
            #expect(info.config.unknownFields.isEmpty)
            #expect(info.config.maxAge == .zero)
            #expect(info.state.messages == 3)
            #expect(info.state.lastTime == nil)
            let created = try #require(info.created)
            #expect(abs(created.timeIntervalSince1970 - 1_714_557_600.123456789) < 1e-6)

            let printed = try JSONSerialization.jsonObject(with: JSONEncoder().encode(info))
            #expect((printed as? [String: Any])?["quantum_state"] as? String == "entangled")
            let resent = try jsonObject(info.config)
            #expect(resent["warp_drive"] == nil)
            #expect(info.config.compare(with: info).isUnchanged)
        }
    }

    @Test func userFieldsTheServerDoesNotKnowReachItAndItsErrorIsKept() async throws {
        try await withJetStream { fixture in
            let json = #"{"name":"STRICT","subjects":["strict.*"],"warp_drive":true}"#
            let config = try JSONDecoder().decode(StreamConfig.self, from: Data(json.utf8))
            do {
                _ = try await fixture.manager.createStream(config)
                Issue.record("a strict server refuses unknown fields")
            } catch let error as APIError {
                #expect(error.is(.invalidJSON))
                #expect(error.description.contains("warp_drive"))
                #expect(error.description.hasSuffix("(10025)"))
            }
            let sent = fixture.trace.first {
                if case .request(let subject, _) = $0 { return subject.contains("CREATE") }
                return false
            }
            guard case .request(_, let body) = sent else {
                Issue.record("no request traced")
                return
            }
            #expect(body.contains("\"warp_drive\":true"))
            #expect(
                fixture.trace.contains {
                    if case .response(_, let reply) = $0 { return reply.contains("10025") }
                    return false
                })
        }
    }
}

@Suite struct RFC3339Tests {
    @Test func parsesAndFormatsNanoseconds() throws {
        let date = try #require(RFC3339.parse("2021-07-22T15:42:12.580770412Z"))
        #expect(RFC3339.format(date).hasPrefix("2021-07-22T15:42:12.58077"))
        #expect(RFC3339.parse("2021-07-22T17:42:12+02:00") == RFC3339.parse("2021-07-22T15:42:12Z"))
        #expect(RFC3339.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(RFC3339.parse("yesterday") == nil)
        #expect(RFC3339.parse("2021-13-01T00:00:00Z") == nil)
    }
}
