import Foundation
import JetStream
import NATSClient
import TestSupport
import Testing

/// `pub -J` runs as the built binary against a real server; what was stored is checked through
/// the JetStream library.
@Suite struct JetStreamPublishCommandTests: ServerBackedTest {
    let server: NATSServerProcess
    init() throws { server = try NATSServerProcess() }

    func makeStream(_ name: String = "ORDERS", subjects: [String] = ["orders.>"]) async throws {
        try await withManager { manager in
            var config = StreamConfig(name: name)
            config.subjects = subjects
            _ = try await manager.createStream(config)
        }
    }

    func storedMessages(_ stream: String = "ORDERS") async throws -> UInt64 {
        try await withManager { try await $0.streamInfo(stream).state.messages }
    }

    @Test func eachPublishPrintsItsStreamAndSequence() async throws {
        try await makeStream()
        for sequence in 1...3 {
            let result = try natsctl(["pub", "-J", "orders.new", "order \(sequence)"])
            #expect(result.exitCode == 0, "\(result.stderr)")
            #expect(result.stdout == "Stored in stream ORDERS sequence \(sequence)\n")
        }
        #expect(try await storedMessages() == 3)
    }

    @Test func jsonPrintsTheAcknowledgement() async throws {
        try await makeStream()
        _ = try natsctl(["pub", "--jetstream", "orders.a", "one"])
        let result = try natsctl(["pub", "--jetstream", "orders.b", "two", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let ack = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(ack["stream"] as? String == "ORDERS")
        #expect(ack["seq"] as? Int == 2)
        #expect(ack["duplicate"] == nil)
    }

    @Test func aRepeatedMessageIDIsReportedAsADuplicate() async throws {
        try await makeStream()
        let first = try natsctl(["pub", "-J", "orders.new", "once", "--msg-id", "order-1"])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stdout == "Stored in stream ORDERS sequence 1\n")
        let second = try natsctl(["pub", "-J", "orders.new", "once", "--msg-id", "order-1"])
        #expect(second.exitCode == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Duplicate"))
        #expect(second.stdout.contains("stream ORDERS sequence 1"))
        let json = try natsctl(["pub", "-J", "orders.new", "once", "--msg-id", "order-1", "--json"])
        #expect(json.stdout.contains("\"duplicate\" : true"))
        #expect(try await storedMessages() == 1)
    }

    @Test func aWrongExpectedLastSequenceFails() async throws {
        try await makeStream()
        _ = try natsctl(["pub", "-J", "orders.new", "first"])
        let wrong = try natsctl(["pub", "-J", "orders.new", "second", "--expect-last-seq", "5"])
        #expect(wrong.exitCode == 1)
        #expect(wrong.stderr.contains("wrong last sequence: 1 (10071)"), "\(wrong.stderr)")
        #expect(wrong.stdout.isEmpty)
        let right = try natsctl(["pub", "-J", "orders.new", "second", "--expect-last-seq", "1"])
        #expect(right.exitCode == 0, "\(right.stderr)")
        let stream = try natsctl(["pub", "-J", "orders.new", "x", "--expect-stream", "OTHER"])
        #expect(stream.exitCode == 1)
        #expect(stream.stderr.contains("(10060)"), "\(stream.stderr)")
        #expect(try await storedMessages() == 2)
    }

    @Test func theLastSequenceOfASubjectCanBeExpected() async throws {
        try await makeStream()
        let first = try natsctl(["pub", "-J", "orders.a", "a1", "--expect-last-subject-seq", "0"])
        #expect(first.exitCode == 0, "\(first.stderr)")
        _ = try natsctl(["pub", "-J", "orders.b", "b1"])
        let stale = try natsctl(["pub", "-J", "orders.a", "a2", "--expect-last-subject-seq", "0"])
        #expect(stale.exitCode == 1)
        #expect(stale.stderr.contains("(10071)"), "\(stale.stderr)")
        let next = try natsctl(["pub", "-J", "orders.a", "a2", "--expect-last-subject-seq", "1"])
        #expect(next.exitCode == 0, "\(next.stderr)")
        #expect(next.stdout.contains("sequence 3"))
        #expect(try await storedMessages() == 3)
    }

    @Test func aSubjectNoStreamListensOnIsAnError() async throws {
        try await makeStream()
        for quiet in [false, true] {
            let result = try natsctl(["pub", "-J", "nowhere.new", "lost"] + (quiet ? ["-q"] : []))
            #expect(result.exitCode == 1)
            #expect(
                result.stderr.contains(
                    "could not publish to \"nowhere.new\": no stream listens on subject"),
                "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func jetStreamOptionsWithoutJAreUsageErrors() throws {
        let cases: [[String]] = [
            ["--msg-id", "a"], ["--expect-stream", "ORDERS"], ["--expect-last-seq", "1"],
            ["--expect-last-subject-seq", "1"],
            ["--json"],
        ]
        for extra in cases {
            let result = try NatsctlProcess.run(
                ["-s", "nats://127.0.0.1:1", "pub", "orders.new", "x"] + extra)
            #expect(result.exitCode == 2, "\(extra)")
            #expect(
                result.stderr.contains("\(extra[0]) needs -J/--jetstream"), "\(result.stderr)")
        }
    }

    @Test func countUsesTheWindowAndPrintsOneSummary() async throws {
        try await makeStream()
        let result = try natsctl([
            "pub", "-J", "orders.{{Count}}", "n={{Count}}", "--count", "1000",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.lines.count == 1, "\(result.stdout)")
        #expect(
            result.stdout.hasPrefix("Stored 1,000 messages in stream ORDERS (last sequence 1000)"))
        #expect(result.stdout.contains("msgs/s"))
        #expect(try await storedMessages() == 1000)
        let info = try natsctl(["stream", "info", "ORDERS", "--json"])
        let state = try #require(
            (try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])?[
                "state"] as? [String: Any])
        #expect(state["last_seq"] as? Int == 1000)
    }

    @Test func countWithTemplatedMessageIDsDeduplicatesPerMessage() async throws {
        try await makeStream()
        let arguments = [
            "pub", "-J", "orders.new", "x", "--count", "50", "--msg-id", "id-{{Count}}", "--json",
        ]
        let first = try natsctl(arguments)
        #expect(first.exitCode == 0, "\(first.stderr)")
        let second = try natsctl(arguments)
        #expect(second.exitCode == 0, "\(second.stderr)")
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        #expect(summary["acknowledged"] as? Int == 50)
        #expect(summary["duplicates"] as? Int == 50)
        #expect(try await storedMessages() == 50)
    }

    @Test func newlineModeAcknowledgesEachLine() async throws {
        try await makeStream()
        let result = try natsctl(
            ["pub", "-J", "orders.lines", "--send-on", "newline"], stdin: Data("a\nb\nc\n".utf8))
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.lines == (1...3).map { "Stored in stream ORDERS sequence \($0)" })
    }
}
