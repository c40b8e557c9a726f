import Foundation
import JetStream
import NATSClient
import TestSupport
import Testing

/// The consumer commands run as the built binary (without a terminal) against a real server;
/// results are checked through the JetStream library's consumer info.
@Suite struct ConsumerCommandTests: ServerBackedFileTest {
    let server: NATSServerProcess
    let directory: URL

    init() throws {
        server = try NATSServerProcess()
        directory = try Self.scratchDirectory("natsctl-consumers")
    }

    func consumer(_ stream: String, _ name: String) async throws -> ConsumerInfo {
        try await withManager { try await $0.consumerInfo(stream: stream, name: name) }
    }

    func addStream(_ name: String, _ subjects: String) throws {
        let result = try natsctl(["stream", "add", name, "--subjects", subjects, "--defaults"])
        #expect(result.exitCode == 0, "\(result.stderr)")
    }

    func publish(_ subject: String, _ bodies: [String]) async throws {
        try await withManager { manager in
            for body in bodies {
                _ = try await manager.publish(subject, payload: Data(body.utf8))
            }
        }
    }

    static let guideLine = [
        "consumer", "add", "NOTIFICATIONS", "notification-engine-consumer", "--filter",
        "events.notifications.*", "--ack", "explicit", "--pull", "--deliver", "all",
        "--max-deliver", "3", "--wait", "30s",
    ]

    @Test func guideLinesCreateThenReportUnchangedAndMatchTheExampleFile() async throws {
        let before = try natsctl([
            "stream", "add", "--config", StreamCommandTests.examples, "--dry-run",
        ])
        #expect(before.exitCode == 3)
        #expect(
            before.stdout.contains(
                "Consumer REPORTING > reporting-engine-consumer would be created"))
        #expect(try await withManager { try await $0.streamNames().all() }.isEmpty)
        let stream = try natsctl([
            "stream", "add", "NOTIFICATIONS", "--subjects", "events.notifications.*",
            "--description", "Customer and merchant notifications", "--max-age", "7d", "--defaults",
        ])
        #expect(stream.exitCode == 0, "\(stream.stderr)")
        let first = try natsctl(Self.guideLine)
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(
            first.stdout.hasPrefix(
                "Consumer NOTIFICATIONS > notification-engine-consumer was created"))
        let second = try natsctl(Self.guideLine)
        #expect(second.exitCode == 0, "\(second.stderr)")
        #expect(
            second.stdout.hasPrefix(
                "Consumer NOTIFICATIONS > notification-engine-consumer unchanged"))
        let info = try await consumer("NOTIFICATIONS", "notification-engine-consumer")
        #expect(info.config.durableName == "notification-engine-consumer")
        #expect(info.config.filterSubject == "events.notifications.*")
        #expect(info.config.ackPolicy == .explicit)
        #expect(info.config.deliverPolicy == .all)
        #expect(info.config.maxDeliver == 3)
        #expect(info.config.ackWait == .seconds(30))
        #expect(info.config.isPull)

        // The example file provisions the same consumer (unchanged) and the REPORTING one.
        let examples = StreamCommandTests.examples
        let file = try natsctl(["stream", "add", "--config", examples])
        #expect(file.exitCode == 0, "\(file.stderr)")
        #expect(
            file.stdout.contains("Consumer NOTIFICATIONS > notification-engine-consumer unchanged"))
        #expect(file.stdout.contains("Consumer REPORTING > reporting-engine-consumer was created"))
        var reportingLine = Self.guideLine
        reportingLine[2] = "REPORTING"
        reportingLine[3] = "reporting-engine-consumer"
        reportingLine[5] = "events.reporting.*"
        reportingLine[reportingLine.count - 1] = "5m"
        let reporting = try natsctl(reportingLine)
        #expect(reporting.exitCode == 0, "\(reporting.stderr)")
        #expect(
            reporting.stdout.hasPrefix("Consumer REPORTING > reporting-engine-consumer unchanged"))
        #expect(
            try await consumer("REPORTING", "reporting-engine-consumer").config.ackWait
                == .seconds(300))
        let dry = try natsctl(["stream", "add", "--config", examples, "--dry-run"])
        #expect(dry.exitCode == 0, "\(dry.stdout)\(dry.stderr)")
        #expect(dry.stdout.components(separatedBy: " is unchanged").count == 11)
    }

    @Test func everyPullFlagReachesTheServer() async throws {
        try addStream("ORDERS", "orders.*")
        let result = try natsctl([
            "consumer", "add", "ORDERS", "workers", "--filter", "orders.new", "--filter",
            "orders.paid", "--ack", "all", "--pull", "--deliver", "last_per_subject", "--replay",
            "original", "--max-deliver", "7", "--max-pending", "50", "--wait", "45s",
            "--headers-only", "--inactive-threshold", "1h", "--max-waiting", "20",
            "--max-pull-batch", "100", "--max-pull-expire", "10s", "--max-pull-bytes", "1MiB",
            "--replicas", "1", "--memory", "--description", "Order workers", "--metadata",
            "team=shipping", "--defaults", "--json",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["name"] as? String == "workers")
        let config = try await consumer("ORDERS", "workers").config
        #expect(config.filterSubjects == ["orders.new", "orders.paid"])
        #expect(config.ackPolicy == .all)
        #expect(config.deliverPolicy == .lastPerSubject)
        #expect(config.replayPolicy == .original)
        #expect(config.maxDeliver == 7)
        #expect(config.maxAckPending == 50)
        #expect(config.ackWait == .seconds(45))
        #expect(config.headersOnly == true)
        #expect(config.inactiveThreshold == .seconds(3600))
        #expect(config.maxWaiting == 20)
        #expect(config.maxBatch == 100)
        #expect(config.maxExpires == .seconds(10))
        #expect(config.maxBytes == 1_048_576)
        #expect(config.memoryStorage == true)
        #expect(config.description == "Order workers")
        #expect(config.metadata?["team"] == "shipping")
    }

    @Test func pushBackoffEphemeralAndDeliverPoliciesReachTheServer() async throws {
        try addStream("ORDERS", "orders.*")
        try await publish("orders.new", ["a", "b", "c"])
        let push = try natsctl([
            "consumer", "add", "ORDERS", "pusher", "--target", "deliver.pusher",
            "--deliver-group", "group1", "--heartbeat", "5s", "--flow-control", "--deliver", "new",
        ])
        #expect(push.exitCode == 0, "\(push.stderr)")
        let pushConfig = try await consumer("ORDERS", "pusher").config
        #expect(pushConfig.deliverSubject == "deliver.pusher")
        #expect(pushConfig.deliverGroup == "group1")
        #expect(pushConfig.idleHeartbeat == .seconds(5))
        #expect(pushConfig.flowControl == true)
        #expect(pushConfig.deliverPolicy == .new)
        #expect(pushConfig.ackPolicy == AckPolicy.none)

        let backoff = try natsctl([
            "consumer", "add", "ORDERS", "retrier", "--backoff", "linear", "--backoff-steps", "3",
            "--backoff-min", "1s", "--backoff-max", "5s",
        ])
        #expect(backoff.exitCode == 0, "\(backoff.stderr)")
        let retrier = try await consumer("ORDERS", "retrier").config
        #expect(retrier.backoff == [.seconds(1), .seconds(3), .seconds(5)])
        #expect(retrier.maxDeliver == 4)
        let cleared = try natsctl([
            "consumer", "edit", "ORDERS", "retrier", "--backoff", "none", "--wait", "20s", "-f",
        ])
        #expect(cleared.exitCode == 0, "\(cleared.stderr)")
        let plain = try await consumer("ORDERS", "retrier").config
        #expect((plain.backoff ?? []).isEmpty)
        #expect(plain.ackWait == .seconds(20))

        let cases: [(String, DeliverPolicy, UInt64?)] = [
            ("last", .last, nil), ("new", .new, nil), ("2", .byStartSequence, 2),
            ("1h", .byStartTime, nil), ("all", .all, nil),
        ]
        for (index, (deliver, policy, sequence)) in cases.enumerated() {
            let name = "deliver\(index)"
            let result = try natsctl(["consumer", "add", "ORDERS", name, "--deliver", deliver])
            #expect(result.exitCode == 0, "\(deliver): \(result.stderr)")
            let config = try await consumer("ORDERS", name).config
            #expect(config.deliverPolicy == policy, "\(deliver)")
            #expect(config.startSequence == sequence, "\(deliver)")
            let again = try natsctl(["consumer", "add", "ORDERS", name, "--deliver", deliver])
            #expect(again.exitCode == 0 && again.stdout.contains("unchanged"), "\(deliver) re-run")
        }

        let ephemeral = try natsctl([
            "consumer", "add", "ORDERS", "--ephemeral", "--inactive-threshold", "1m", "--json",
        ])
        #expect(ephemeral.exitCode == 0, "\(ephemeral.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(ephemeral.stdout.utf8)) as? [String: Any])
        let config = try #require(json["config"] as? [String: Any])
        #expect(config["durable_name"] == nil)
        #expect((json["name"] as? String)?.isEmpty == false)
    }

    @Test func wrongKindFlagsAndBadValuesAreUsageErrors() throws {
        try addStream("ORDERS", "orders.*")
        let cases: [[String]] = [
            ["consumer", "add", "ORDERS", "c1", "--heartbeat", "5s"],
            ["consumer", "add", "ORDERS", "c1", "--flow-control"],
            ["consumer", "add", "ORDERS", "c1", "--target", "t.x", "--max-waiting", "3"],
            ["consumer", "add", "ORDERS", "c1", "--target", "t.x", "--pull"],
            ["consumer", "add", "ORDERS", "c1", "--deliver", "yesterday"],
            ["consumer", "add", "ORDERS", "c1", "--ack", "sometimes"],
            ["consumer", "add", "ORDERS"],
            ["consumer", "add", "ORDERS", "bad.name"],
            ["consumer", "next", "ORDERS", "c1", "--nak", "--term"],
        ]
        for arguments in cases {
            let result = try natsctl(arguments)
            #expect(result.exitCode == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("error"), "\(arguments)")
        }
        let names = try natsctl(["consumer", "ls", "ORDERS", "--names"])
        #expect(names.exitCode == 0 && names.stdout.isEmpty, "nothing half-applied")
    }

    @Test func changesAreAppliedOrRefusedWithTheFieldNamed() async throws {
        try addStream("NOTIFICATIONS", "events.notifications.*")
        #expect(try natsctl(Self.guideLine).exitCode == 0)

        var ackChange = Self.guideLine
        ackChange[7] = "all"
        let refused = try natsctl(ackChange)
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("ack_policy"), "\(refused.stderr)")
        #expect(
            try await consumer("NOTIFICATIONS", "notification-engine-consumer").config.ackPolicy
                == .explicit)

        var deliverChange = Self.guideLine
        deliverChange[12] = "5"
        let dry = try natsctl(deliverChange + ["--dry-run"])
        #expect(dry.exitCode == 3)
        #expect(dry.stdout.contains("max_deliver: 3 → 5"), "\(dry.stdout)")
        #expect(
            try await consumer("NOTIFICATIONS", "notification-engine-consumer").config.maxDeliver
                == 3)
        let applied = try natsctl(deliverChange)
        #expect(applied.exitCode == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("was updated"))
        #expect(
            try await consumer("NOTIFICATIONS", "notification-engine-consumer").config.maxDeliver
                == 5)

        let edit = ["consumer", "edit", "NOTIFICATIONS", "notification-engine-consumer"]
        let unconfirmed = try natsctl(edit + ["--description", "workers"])
        #expect(unconfirmed.exitCode == 2)
        #expect(unconfirmed.stderr.contains("-f"))
        let editDry = try natsctl(edit + ["--description", "workers", "--dry-run"])
        #expect(editDry.exitCode == 3)
        let edited = try natsctl(edit + ["--description", "workers", "--max-deliver", "6", "-f"])
        #expect(edited.exitCode == 0, "\(edited.stderr)")
        #expect(edited.stdout.contains("description: (default) → \"workers\""), "\(edited.stdout)")
        let live = try await consumer("NOTIFICATIONS", "notification-engine-consumer").config
        #expect(live.description == "workers")
        #expect(live.maxDeliver == 6)
        let same = try natsctl(edit + ["--max-deliver", "6", "--dry-run"])
        #expect(same.exitCode == 0)
        #expect(same.stdout.contains("No difference"))

        let info = try natsctl([
            "consumer", "info", "NOTIFICATIONS", "notification-engine-consumer", "--json",
        ])
        let pushFile = try file(
            "push.json",
            info.stdout.replacingOccurrences(
                of: "\"ack_policy\" : \"explicit\"", with: "\"ack_policy\" : \"none\""))
        let refusedEdit = try natsctl(edit + ["--config", pushFile, "-f"])
        #expect(refusedEdit.exitCode == 1)
        #expect(refusedEdit.stderr.contains("cannot change ack_policy"), "\(refusedEdit.stderr)")
        let nothing = try natsctl(edit)
        #expect(nothing.exitCode == 2)
    }

    @Test func configFileMayNameItsStreamAndFlagsOverrideIt() async throws {
        try addStream("ORDERS", "orders.*")
        let path = try file(
            "consumer.json",
            """
            {"stream": "ORDERS", "durable_name": "audit", "ack_policy": "explicit",
             "ack_wait": "1m", "filter_subject": "orders.new", "max_deliver": 2}
            """)
        let created = try natsctl(["consumer", "add", "--config", path])
        #expect(created.exitCode == 0, "\(created.stderr)")
        #expect(try await consumer("ORDERS", "audit").config.ackWait == .seconds(60))
        let overridden = try natsctl(["consumer", "add", "--config", path, "--max-deliver", "4"])
        #expect(overridden.exitCode == 0, "\(overridden.stderr)")
        #expect(try await consumer("ORDERS", "audit").config.maxDeliver == 4)
        let renamed = try natsctl(["consumer", "add", "ORDERS", "audit2", "--config", path])
        #expect(renamed.exitCode == 0, "\(renamed.stderr)")
        #expect(try await consumer("ORDERS", "audit2").config.maxDeliver == 2)

        let info = try natsctl(["consumer", "info", "ORDERS", "audit", "--json"])
        let infoFile = try file("info.json", info.stdout)
        let fromInfo = try natsctl(["consumer", "add", "--config", infoFile])
        #expect(fromInfo.exitCode == 0, "\(fromInfo.stderr)")
        #expect(fromInfo.stdout.contains("unchanged"))
        let broken = try file("broken.json", "{\"durable_name\": \"x\",\n \"max_deliver\": }")
        let malformed = try natsctl(["consumer", "add", "ORDERS", "--config", broken])
        #expect(malformed.exitCode == 2)
        #expect(malformed.stderr.contains("line 2"), "\(malformed.stderr)")
    }

    @Test func nextAcksNaksAndTerminatesWithRedeliveryCounts() async throws {
        try addStream("NOTIFICATIONS", "events.notifications.*")
        #expect(try natsctl(Self.guideLine).exitCode == 0)
        try await publish("events.notifications.email", ["one", "two", "three"])
        let next = ["consumer", "next", "NOTIFICATIONS", "notification-engine-consumer"]

        let first = try natsctl(next)
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stdout.contains("subj: events.notifications.email / tries: 1"))
        #expect(first.stdout.contains("str seq: 1 / pending: 2"))
        #expect(first.stdout.contains("one"))
        #expect(first.stdout.contains("Acknowledged message"))

        let nak = try natsctl(next + ["--nak", "--json"])
        #expect(nak.exitCode == 0, "\(nak.stderr)")
        let nakRecord = try #require(
            try JSONSerialization.jsonObject(with: Data(nak.stdout.utf8)) as? [String: Any])
        #expect(nakRecord["seq"] as? Int == 2)
        #expect(nakRecord["delivered"] as? Int == 1)
        #expect(nakRecord["ack"] as? String == "nak")
        #expect(nakRecord["stream"] as? String == "NOTIFICATIONS")

        let redelivered = try natsctl(next + ["--json"])
        let record = try #require(
            try JSONSerialization.jsonObject(with: Data(redelivered.stdout.utf8)) as? [String: Any])
        #expect(record["seq"] as? Int == 2)
        #expect(record["delivered"] as? Int == 2)
        #expect(record["data"] as? String == "two")

        let term = try natsctl(next + ["--term", "--raw"])
        #expect(term.exitCode == 0)
        #expect(term.stdout == "three\n")
        let info = try await consumer("NOTIFICATIONS", "notification-engine-consumer")
        #expect(info.ackPending == 0)
        #expect(info.pending == 0)
        #expect(info.ackFloor.streamSequence == 3)

        let empty = try natsctl(next + ["--timeout", "1s"])
        #expect(empty.exitCode == 1)
        #expect(empty.stderr.contains("no message arrived"))

        let push = try natsctl(["consumer", "add", "NOTIFICATIONS", "pusher", "--target", "p.x"])
        #expect(push.exitCode == 0)
        let notPull = try natsctl(["consumer", "next", "NOTIFICATIONS", "pusher"])
        #expect(notPull.exitCode == 1)
        #expect(notPull.stderr.contains("not a pull consumer"))
    }

    @Test func noAckLeavesTheMessagePending() async throws {
        try addStream("NOTIFICATIONS", "events.notifications.*")
        #expect(try natsctl(Self.guideLine).exitCode == 0)
        try await publish("events.notifications.sms", ["only"])
        let result = try natsctl([
            "consumer", "next", "NOTIFICATIONS", "notification-engine-consumer", "--no-ack",
            "--count", "1",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("Acknowledged"))
        #expect(try await consumer("NOTIFICATIONS", "notification-engine-consumer").ackPending == 1)
    }

    @Test func listInfoAndRemove() async throws {
        try addStream("NOTIFICATIONS", "events.notifications.*")
        let empty = try natsctl(["consumer", "ls", "NOTIFICATIONS"])
        #expect(empty.stdout.contains("No Consumers defined"))
        #expect(try natsctl(Self.guideLine).exitCode == 0)
        #expect(
            try natsctl([
                "consumer", "add", "NOTIFICATIONS", "second", "--description", "Second one",
            ]).exitCode == 0)

        let table = try natsctl(["consumer", "ls", "NOTIFICATIONS"])
        #expect(table.exitCode == 0)
        for header in [
            "Name", "Description", "Created", "Ack Pending", "Unprocessed", "Last Delivery",
        ] {
            #expect(table.stdout.contains(header), "\(header)")
        }
        #expect(table.stdout.contains("Second one"))
        let names = try natsctl(["consumer", "ls", "NOTIFICATIONS", "--names"])
        #expect(names.stdout == "notification-engine-consumer\nsecond\n")
        let json = try natsctl(["consumer", "ls", "NOTIFICATIONS", "--json"])
        let infos = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(infos.count == 2)
        #expect(
            infos.allSatisfy {
                $0["config"] != nil && $0["stream_name"] as? String == "NOTIFICATIONS"
            })

        let info = try natsctl([
            "consumer", "info", "NOTIFICATIONS", "notification-engine-consumer",
        ])
        #expect(info.exitCode == 0)
        for line in [
            "Information for Consumer NOTIFICATIONS > notification-engine-consumer",
            "Pull Mode: true", "Filter Subject: events.notifications.*", "Ack Policy: Explicit",
            "Ack Wait: 30s", "Maximum Deliveries: 3", "Unprocessed Messages: 0",
            "Waiting Pulls: 0 of maximum 512",
        ] {
            #expect(info.stdout.contains(line), "\(line)")
        }
        let missing = try natsctl(["consumer", "info", "NOTIFICATIONS", "nope"])
        #expect(missing.exitCode == 1)
        #expect(missing.stderr.contains("10014"))

        let unconfirmed = try natsctl(["consumer", "rm", "NOTIFICATIONS", "second"])
        #expect(unconfirmed.exitCode == 2)
        let removed = try natsctl(["consumer", "rm", "NOTIFICATIONS", "second", "-f"])
        #expect(removed.exitCode == 0)
        let remaining = try await withManager {
            try await $0.consumerNames(stream: "NOTIFICATIONS").all()
        }
        #expect(remaining == ["notification-engine-consumer"])
        let again = try natsctl(["consumer", "rm", "NOTIFICATIONS", "second", "-f"])
        #expect(again.exitCode == 1)
    }
}
