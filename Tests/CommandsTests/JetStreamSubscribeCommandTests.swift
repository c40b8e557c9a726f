import Foundation
import JetStream
import NATSClient
import TestSupport
import Testing

/// `sub --stream` and the other JetStream options run as the built binary against a real
/// server; the stream is filled through the JetStream library.
@Suite struct JetStreamSubscribeCommandTests: ServerBackedTest {
    let server: NATSServerProcess
    init() throws { server = try NATSServerProcess() }

    /// Stream ORDERS on `orders.*`, with messages 1…count on orders.odd / orders.even.
    func makeStream(messages count: Int) async throws {
        try await withManager { manager in
            var config = StreamConfig(name: "ORDERS")
            config.subjects = ["orders.*"]
            config.storage = .file
            _ = try await manager.createStream(config)
        }
        try await publish(1...count)
    }

    func publish(_ numbers: ClosedRange<Int>) async throws {
        try await withManager { manager in
            for number in numbers {
                _ = try await manager.publish(
                    number % 2 == 0 ? "orders.even" : "orders.odd",
                    payload: Data("order \(number)".utf8))
            }
        }
    }

    /// The JSON Lines records of a run.
    func records(_ result: NatsctlProcess.Result) throws -> [[String: Any]] {
        try result.lines.map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// The stream sequences a `sub --json` run printed.
    func sequences(_ result: NatsctlProcess.Result) throws -> [Int] {
        try records(result).map { try #require($0["seq"] as? Int) }
    }

    func tail(_ extra: [String], subject: String = "orders.*") throws -> [Int] {
        let result = try natsctl(["sub", subject, "--stream", "ORDERS", "--json"] + extra)
        #expect(result.exitCode == 0, "\(extra): \(result.stderr)")
        return try sequences(result)
    }

    @Test func deliverPoliciesStartWhereAsked() async throws {
        try await makeStream(messages: 10)
        #expect(try tail(["-T"]) == Array(1...10))
        #expect(try tail(["--all", "-T"]) == Array(1...10))
        #expect(try tail(["--last", "-T"]) == [10])
        #expect(try tail(["--last-per-subject", "-T"]) == [9, 10])
        #expect(try tail(["--start-sequence", "7", "-T"]) == [7, 8, 9, 10])
        #expect(try tail(["--since", "1h", "-T"]) == Array(1...10))
        #expect(try tail(["--count", "3"]) == [1, 2, 3])
        #expect(try tail(["--start-sequence", "4", "--count", "2"]) == [4, 5])
        #expect(try tail(["-T"], subject: "orders.even") == [2, 4, 6, 8, 10])
    }

    @Test func sinceSkipsOlderMessages() async throws {
        try await makeStream(messages: 3)
        let firstBatch = Date()
        // Wait (bounded) until the second batch is stored clearly later than the first.
        let deadline = Date().addingTimeInterval(10)
        while Date() < firstBatch.addingTimeInterval(3) && Date() < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        try await publish(4...6)
        // Start one second after the first batch: two seconds before the second one.
        let since = Int((Date().timeIntervalSince(firstBatch) - 1) * 1000)
        #expect(try tail(["--since", "\(since)ms", "-T"]) == [4, 5, 6])
    }

    @Test func newDeliversOnlyLaterMessages() async throws {
        try await makeStream(messages: 4)
        let sub = try NatsctlProcess(
            [
                "-s", server.url, "sub", "orders.*", "--stream", "ORDERS", "--new", "--count", "2",
                "--json",
            ])
        #expect(sub.waitForOutput(containing: "Subscribing to stream ORDERS"))
        try await publish(5...6)
        let result = try sub.finish(timeout: 20)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try sequences(result) == [5, 6])
    }

    @Test func terminateAtEndExitsAtOnceWhenNothingMatches() async throws {
        try await makeStream(messages: 2)
        let started = Date()
        let empty = try natsctl(["sub", "orders.none", "--stream", "ORDERS", "-T"])
        #expect(empty.exitCode == 0, "\(empty.stderr)")
        #expect(empty.stdout.isEmpty)
        #expect(empty.stderr.contains("Received 0 messages"))
        let fresh = try natsctl(["sub", "orders.*", "--stream", "ORDERS", "--new", "-T"])
        #expect(fresh.exitCode == 0, "\(fresh.stderr)")
        #expect(fresh.stdout.isEmpty)
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func jsonLinesCarryStreamSequenceTimeAndPending() async throws {
        try await makeStream(messages: 3)
        let result = try natsctl(["sub", "orders.*", "--stream", "ORDERS", "--json", "-T"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = try records(result)
        try #require(lines.count == 3)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for (index, line) in lines.enumerated() {
            #expect(line["stream"] as? String == "ORDERS")
            #expect(line["seq"] as? Int == index + 1)
            #expect(line["pending"] as? Int == 2 - index)
            #expect(line["data"] as? String == "order \(index + 1)")
            #expect(line["subject"] as? String == (index % 2 == 0 ? "orders.odd" : "orders.even"))
            let time = try #require(line["time"] as? String)
            let stored = try #require(formatter.date(from: time), "\(time)")
            #expect(abs(stored.timeIntervalSinceNow) < 120)
        }
    }

    @Test func humanOutputShowsStreamSequenceAndTime() async throws {
        try await makeStream(messages: 2)
        let result = try natsctl(["sub", "orders.*", "--stream", "ORDERS", "-T"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let first = try #require(result.lines.first)
        #expect(
            first.hasPrefix(
                "[#1] Received JetStream message: stream: ORDERS seq: 1 / pending: 1 / "
                    + "subject: orders.odd / time: 20"), "\(first)")
        #expect(result.lines.contains("order 2"))
        #expect(result.stderr.contains("Received 2 messages"))
    }

    @Test func theStreamIsFoundBySubject() async throws {
        try await makeStream(messages: 4)
        let found = try natsctl(["sub", "orders.odd", "--all", "-T", "--json"])
        #expect(found.exitCode == 0, "\(found.stderr)")
        #expect(try sequences(found) == [1, 3])
        let missing = try natsctl(["sub", "nowhere.>", "--last", "-T"])
        #expect(missing.exitCode == 1)
        #expect(missing.stderr.contains("no stream found with subject nowhere.>"))
    }

    @Test func conflictingOptionsAreUsageErrors() throws {
        let cases: [[String]] = [
            ["--new", "--last"], ["--all", "--start-sequence", "3"], ["--since", "1m", "--last"],
            ["--stream", "ORDERS", "--queue", "q"], ["--stream", "ORDERS", "--ack"],
        ]
        for extra in cases {
            let result = try NatsctlProcess.run(
                ["-s", "nats://127.0.0.1:1", "sub", "orders.*"] + extra)
            #expect(result.exitCode == 2, "\(extra): \(result.stderr)")
        }
        let two = try NatsctlProcess.run(
            ["-s", "nats://127.0.0.1:1", "sub", "a", "b", "--stream", "ORDERS"])
        #expect(two.exitCode == 2)
    }

    @Test func aWorkQueueStreamIsConsumedThroughADurableAndTheTailSaysSo() async throws {
        try await withManager { manager in
            var config = StreamConfig(name: "JOBS")
            config.subjects = ["jobs.*"]
            config.retention = .workQueue
            _ = try await manager.createStream(config)
            _ = try await manager.publish("jobs.a", payload: Data("job".utf8))
        }
        let tail = try natsctl(["sub", "jobs.*", "--stream", "JOBS", "-T"])
        #expect(tail.exitCode == 1)
        #expect(tail.stderr.contains("(10098)"))
        #expect(tail.stderr.contains("--durable NAME --ack"), "\(tail.stderr)")
        let consumed = try natsctl(["sub", "jobs.*", "--durable", "WORKER", "--ack", "-T", "--raw"])
        #expect(consumed.exitCode == 0, "\(consumed.stderr)")
        #expect(consumed.stdout == "job\n")
        // The server removes an acknowledged work-queue message shortly after the ack.
        var left: UInt64 = 1
        let deadline = ContinuousClock.now + .seconds(5)
        while left > 0 && ContinuousClock.now < deadline {
            left = try await withManager { try await $0.streamInfo("JOBS").state.messages }
            if left > 0 { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(left == 0)
    }

    @Test func dumpWritesOneJSONFilePerMessageNamedBySequence() async throws {
        try await makeStream(messages: 4)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "natsctl-dump-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try natsctl([
            "sub", "orders.*", "--stream", "ORDERS", "--start-sequence", "2", "-T", "--dump",
            directory.path,
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["2.json", "3.json", "4.json"])
        let record = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: directory.appendingPathComponent("3.json")))
                as? [String: Any])
        #expect(record["seq"] as? Int == 3)
        #expect(record["stream"] as? String == "ORDERS")
        let refused = try natsctl(["sub", "orders.*", "--dump", "-"])
        #expect(refused.exitCode == 2)
    }

    @Test func aDurableConsumerResumesWhereItStopped() async throws {
        try await makeStream(messages: 6)
        let first = try natsctl(
            [
                "sub", "orders.*", "--stream", "ORDERS", "--durable", "AUDIT", "--ack", "--count",
                "4", "--json",
            ])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(try sequences(first) == [1, 2, 3, 4])
        #expect(first.stderr.contains("Created durable consumer AUDIT"))
        let rest = try natsctl(
            [
                "sub", "orders.*", "--stream", "ORDERS", "--durable", "AUDIT", "--ack", "-T",
                "--json",
            ])
        #expect(rest.exitCode == 0, "\(rest.stderr)")
        #expect(try sequences(rest) == [5, 6])
        let info = try await withManager {
            try await $0.consumerInfo(stream: "ORDERS", name: "AUDIT")
        }
        #expect(info.config.ackPolicy == .explicit)
        #expect(info.ackFloor.streamSequence == 6)
        let caughtUp = try natsctl(
            ["sub", "orders.*", "--stream", "ORDERS", "--durable", "AUDIT", "--ack", "-T"])
        #expect(caughtUp.exitCode == 0)
        #expect(caughtUp.stdout.isEmpty)
        #expect(!caughtUp.stderr.contains("warning"))
        let restart = try natsctl(
            ["sub", "orders.*", "--stream", "ORDERS", "--durable", "AUDIT", "--ack", "-T", "--new"])
        #expect(restart.exitCode == 0)
        #expect(restart.stderr.contains("requested start is ignored"), "\(restart.stderr)")

        // Read without --ack: the message stays pending, and the next -T says so.
        try await publish(7...7)
        let unacked = try natsctl(["sub", "orders.*", "--durable", "AUDIT", "--count", "1"])
        #expect(unacked.exitCode == 0, "\(unacked.stderr)")
        let pendingNote = try natsctl(["sub", "orders.*", "--durable", "AUDIT", "--ack", "-T"])
        #expect(pendingNote.exitCode == 0)
        #expect(
            pendingNote.stderr.contains("1 messages of consumer AUDIT await"),
            "\(pendingNote.stderr)")
    }

    @Test func anExistingPushConsumerIsReadOnItsDeliverSubject() async throws {
        try await makeStream(messages: 3)
        try await withManager { manager in
            var config = ConsumerConfig()
            config.durableName = "PUSHED"
            config.deliverSubject = "deliver.pushed"
            config.ackPolicy = .explicit
            _ = try await manager.createConsumer(stream: "ORDERS", config: config)
        }
        let result = try natsctl(
            [
                "sub", "orders.*", "--stream", "ORDERS", "--durable", "PUSHED", "--ack", "-T",
                "--json",
            ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try sequences(result) == [1, 2, 3])
        let info = try await withManager {
            try await $0.consumerInfo(stream: "ORDERS", name: "PUSHED")
        }
        #expect(info.ackFloor.streamSequence == 3)
    }

    @Test func ackOnAPlainSubscriptionAcknowledgesJetStreamDeliveries() async throws {
        try await makeStream(messages: 2)
        try await withManager { manager in
            var config = ConsumerConfig()
            config.durableName = "PLAIN"
            config.deliverSubject = "deliver.plain"
            config.ackPolicy = .explicit
            _ = try await manager.createConsumer(stream: "ORDERS", config: config)
        }
        let result = try natsctl(["sub", "deliver.plain", "--ack", "--count", "2", "--raw"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == "order 1\norder 2\n")
        // Acks are published before the command exits; wait (bounded) for the server to count them.
        var floor: UInt64 = 0
        let deadline = Date().addingTimeInterval(10)
        while floor < 2 && Date() < deadline {
            floor = try await withManager {
                try await $0.consumerInfo(stream: "ORDERS", name: "PLAIN").ackFloor.streamSequence
            }
            if floor < 2 { try await Task.sleep(for: .milliseconds(50)) }
        }
        #expect(floor == 2)
    }

    @Test func sigtermEndsATailCleanlyAndRemovesItsConsumer() async throws {
        try await makeStream(messages: 1)
        let sub = try NatsctlProcess(["-s", server.url, "sub", "orders.*", "--stream", "ORDERS"])
        #expect(sub.waitForOutput(containing: "order 1"))
        sub.signal(SIGTERM)
        let result = try sub.finish(timeout: 15)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Received 1 messages (terminated)"))
        let consumers = try await withManager {
            try await $0.streamInfo("ORDERS").state.consumerCount
        }
        #expect(consumers == 0)
    }

    @Test func theTailSurvivesAServerRestartWithoutGapsOrRepeats() async throws {
        try await makeStream(messages: 5)
        let sub = try NatsctlProcess(
            [
                "-s", server.url, "sub", "orders.*", "--stream", "ORDERS", "--count", "10",
                "--json",
            ])
        #expect(sub.waitForOutput(containing: "\"seq\":5", timeout: 20))
        try server.restart()
        var published = 6
        let deadline = Date().addingTimeInterval(30)
        while published <= 10 && Date() < deadline {
            do {
                try await publish(published...published)
                published += 1
            } catch {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        #expect(published == 11)
        let result = try sub.finish(timeout: 60)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try sequences(result) == Array(1...10))
    }
}

extension JetStreamSubscribeCommandTests {
    @Test func aDurableReaderGoesOnAfterAServerRestart() async throws {
        try await makeStream(messages: 3)
        let sub = try NatsctlProcess(
            [
                "-s", server.url, "sub", "orders.*", "--stream", "ORDERS", "--durable", "KEEP",
                "--ack", "--count", "6", "--json",
            ])
        #expect(sub.waitForOutput(containing: "\"seq\":3", timeout: 20))
        try server.restart()
        var published = 4
        let deadline = Date().addingTimeInterval(30)
        while published <= 6 && Date() < deadline {
            do {
                try await publish(published...published)
                published += 1
            } catch {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        #expect(published == 7)
        let result = try sub.finish(timeout: 60)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try sequences(result) == Array(1...6))
    }
}
