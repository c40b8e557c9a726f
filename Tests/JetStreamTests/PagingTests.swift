import Foundation
import JetStream
import NATSClient
import Testing

@Suite struct PagingTests {
    @Test func streamListSpansMoreThanOnePage() async throws {
        try await withJetStream { fixture in
            let count = 260
            for index in 0..<count {
                var config = StreamConfig(name: String(format: "S%03d", index))
                config.subjects = ["s.\(index)"]
                config.storage = .memory
                _ = try await fixture.manager.createStream(config)
            }
            let infos = try await fixture.manager.streams().all()
            #expect(infos.count == count)
            #expect(Set(infos.map(\.config.name)).count == count)
            let listRequests = fixture.trace.filter {
                if case .request(let subject, _) = $0 { return subject == "$JS.API.STREAM.LIST" }
                return false
            }
            #expect(listRequests.count == 2)
            let names = try await fixture.manager.streamNames().all()
            #expect(names.count == count)
            let filtered = try await fixture.manager.streamNames(subject: "s.7").all()
            #expect(filtered == ["S007"])
            let firstPage = fixture.documents(
                on: "$JS.API.STREAM.LIST", request: "stream_list_request",
                response: "stream_list_response")
            try SchemaValidator.expectValid(
                firstPage
                    + fixture.documents(
                        on: "$JS.API.STREAM.NAMES", request: "stream_names_request",
                        response: "stream_names_response"))
        }
    }

    @Test func emptyNamesReplyIsAnEmptyList() async throws {
        try await withJetStream { fixture in
            let names = try await fixture.manager.streamNames().all()
            let infos = try await fixture.manager.streams().all()
            #expect(names.isEmpty)
            #expect(infos.isEmpty)
        }
    }

    /// A responder on a custom API prefix that claims `total` names but pages `perPage`,
    /// returning nothing from `stallAt` on.
    private func fakeNamesService(
        _ fixture: JetStreamFixture, total: Int, perPage: Int, stallAt: Int
    ) throws -> Task<Void, Never> {
        let subscription = try fixture.connection.subscribe("FAKE.API.STREAM.NAMES")
        let connection = fixture.connection
        return Task {
            var served = 0
            do {
                for try await request in subscription {
                    served += 1
                    if served > 100 { break }
                    let body =
                        try JSONSerialization.jsonObject(with: request.payload) as? [String: Any]
                    let offset = body?["offset"] as? Int ?? 0
                    let end = offset >= stallAt ? offset : min(offset + perPage, total)
                    let names = (offset..<end).map { "\"N\($0)\"" }.joined(separator: ",")
                    let reply =
                        #"{"type":"io.nats.jetstream.api.v1.stream_names_response","#
                        + #""total":\#(total),"offset":\#(offset),"limit":\#(perPage),"#
                        + #""streams":[\#(names)]}"#
                    try connection.publish(request.reply!, payload: Data(reply.utf8))
                }
            } catch {}
        }
    }

    @Test func namesArePagedByOffsetUntilTotal() async throws {
        try await withJetStream(apiPrefix: "FAKE.API") { fixture in
            let service = try fakeNamesService(fixture, total: 7, perPage: 3, stallAt: 100)
            defer { service.cancel() }
            try await fixture.connection.flush()
            let names = try await fixture.manager.streamNames().all()
            #expect(names == (0..<7).map { "N\($0)" })
        }
    }

    @Test func serverThatStopsReturningPagesCannotLoopForever() async throws {
        try await withJetStream(apiPrefix: "FAKE.API") { fixture in
            let service = try fakeNamesService(fixture, total: 10, perPage: 2, stallAt: 4)
            defer { service.cancel() }
            try await fixture.connection.flush()
            do {
                _ = try await fixture.manager.streamNames().all()
                Issue.record("expected paging to stall")
            } catch let error as JetStreamError {
                #expect(
                    error == .pagingStalled(subject: "FAKE.API.STREAM.NAMES", offset: 4, total: 10))
            }
        }
    }
}
