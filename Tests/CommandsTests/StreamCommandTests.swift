import Foundation
import JetStream
import NATSClient
import TestSupport
import Testing

/// The stream commands run as the built binary against a real server; results are checked
/// through the JetStream library.
@Suite struct StreamCommandTests: ServerBackedFileTest {
    let server: NATSServerProcess
    let directory: URL

    init() throws {
        server = try NATSServerProcess()
        directory = try Self.scratchDirectory("natsctl-streams")
    }

    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/streams-setup.json").path

    func streamNames() async throws -> [String] {
        try await withManager { try await $0.streamNames().all().sorted() }
    }

    @Test func exampleFileProvisionsTheEightStreamsIdempotently() async throws {
        let names = [
            "TRANSACTIONS", "COMPLIANCE", "SETTLEMENT", "CLEARING", "NOTIFICATIONS",
            "REPORTING", "RISK", "AUDIT",
        ]
        for round in 1...2 {
            for name in names {
                let result = try natsctl(["stream", "add", name, "--config", Self.examples])
                #expect(result.exitCode == 0, "round \(round) \(name): \(result.stderr)")
                let expected =
                    round == 1 ? "Stream \(name) was created" : "Stream \(name) unchanged"
                #expect(result.stdout.hasPrefix(expected), "\(result.stdout)")
            }
        }
        let single = try natsctl(["stream", "add", "--config", Self.examples])
        #expect(single.exitCode == 0, "\(single.stderr)")
        #expect(try await streamNames() == names.sorted())
        let days = ["TRANSACTIONS": 7, "COMPLIANCE": 30, "SETTLEMENT": 90, "AUDIT": 180]
        try await withManager { (manager: JetStreamManager) async throws in
            for (name, days) in days {
                let info = try await manager.streamInfo(name)
                #expect(info.config.maxAge == .seconds(days * 86_400))
                #expect(info.config.subjects == ["events.\(name.lowercased()).*"])
                #expect(info.config.storage == .file)
                #expect(info.config.retention == .limits)
            }
        }
        let dry = try natsctl(["stream", "add", "--config", Self.examples, "--dry-run"])
        #expect(dry.exitCode == 0)
        #expect(dry.stdout.components(separatedBy: "is unchanged").count == 11)
    }

    @Test func addFromFlagsReachesTheServer() async throws {
        let result = try natsctl([
            "stream", "add", "ORDERS", "--subjects", "orders.new, orders.paid", "--subjects",
            "orders.refund", "--storage", "memory", "--retention", "workq", "--discard", "new",
            "--max-msgs", "1000", "--max-bytes", "1MiB", "--max-age", "1h", "--max-msg-size",
            "2KB", "--max-msgs-per-subject", "10", "--max-consumers", "5", "--dupe-window", "1m",
            "--replicas", "1", "--description", "Orders", "--deny-delete",
            "--deny-purge", "--no-allow-direct", "--discard-per-subject", "--metadata",
            "team=payments", "--first-sequence", "100", "--json",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["config"] as? [String: Any])?["name"] as? String == "ORDERS")
        let config = try await withManager { try await $0.streamInfo("ORDERS").config }
        #expect(config.subjects == ["orders.new", "orders.paid", "orders.refund"])
        #expect(config.storage == .memory)
        #expect(config.retention == .workQueue)
        #expect(config.discard == .new)
        #expect(config.maxMessages == 1000)
        #expect(config.maxBytes == 1_048_576)
        #expect(config.maxAge == .seconds(3600))
        #expect(config.maxMessageSize == 2048)
        #expect(config.maxMessagesPerSubject == 10)
        #expect(config.maxConsumers == 5)
        #expect(config.duplicateWindow == .seconds(60))
        #expect(config.description == "Orders")
        #expect(config.denyDelete == true)
        #expect(config.denyPurge == true)
        #expect(config.allowDirect != true)
        #expect(config.discardNewPerSubject == true)
        #expect(config.metadata?["team"] == "payments")
        #expect(config.firstSequence == 100)
        let rollup = try natsctl([
            "stream", "add", "ROLLUP", "--subjects", "r.*", "--allow-rollup", "--compression", "s2",
            "--no-ack", "--tag", "blue", "--defaults",
        ])
        #expect(rollup.exitCode == 0, "\(rollup.stderr)")
        let second = try await withManager { try await $0.streamInfo("ROLLUP").config }
        #expect(second.allowRollup == true)
        #expect(second.compression == .s2)
        #expect(second.noAck == true)
        #expect(second.placement?.tags == ["blue"])
    }

    @Test func configFileFormsAreAllAccepted() async throws {
        let single = try file(
            "single.json", #"{"name": "A", "subjects": ["a.>"], "max_age": "2h"}"#)
        #expect(try natsctl(["stream", "add", "--config", single]).exitCode == 0)
        let infoJSON = try natsctl(["stream", "info", "A", "--json"]).stdout
        let renamed = infoJSON.replacingOccurrences(of: "\"a.>\"", with: "\"b.>\"")
        let fromInfo = try file("info.json", renamed)
        let second = try natsctl(["stream", "add", "B", "--config", fromInfo])
        #expect(second.exitCode == 0, "\(second.stderr)")
        let array = try file(
            "array.json",
            #"[{"name": "C", "subjects": ["c.*"]}, {"name": "D", "subjects": ["d.*"], "max_age": 60000000000}]"#
        )
        #expect(try natsctl(["stream", "add", "--config", array]).exitCode == 0)
        let object = try file(
            "object.json",
            #"{"streams": [{"name": "E", "subjects": ["e.*"]}, {"name": "F", "subjects": ["f.*"]}], "consumers": []}"#
        )
        #expect(try natsctl(["stream", "add", "F", "--config", object]).exitCode == 0)
        #expect(try await streamNames() == ["A", "B", "C", "D", "F"])
        try await withManager { (manager: JetStreamManager) async throws in
            #expect(try await manager.streamInfo("A").config.maxAge == .seconds(7200))
            #expect(try await manager.streamInfo("B").config.subjects == ["b.>"])
            #expect(try await manager.streamInfo("B").config.maxAge == .seconds(7200))
            #expect(try await manager.streamInfo("D").config.maxAge == .seconds(60))
        }
        let missing = try natsctl(["stream", "add", "Z", "--config", object])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("stream Z is not in"))
    }

    @Test func driftFailsUnlessUpdateAndDryRunReportsIt() async throws {
        #expect(
            try natsctl(["stream", "add", "S", "--subjects", "s.*", "--max-age", "1h"]).exitCode
                == 0)
        let same = try natsctl(["stream", "add", "S", "--subjects", "s.*", "--max-age", "1h"])
        #expect(same.exitCode == 0)
        #expect(same.stdout.hasPrefix("Stream S unchanged"))
        let drift = try natsctl(["stream", "add", "S", "--subjects", "s.*", "--max-age", "2h"])
        #expect(drift.exitCode == 1)
        #expect(
            drift.stderr.contains("max_age: 1h0m0s → 2h0m0s") || drift.stderr.contains("max_age:"))
        #expect(drift.stderr.contains("--update"))
        let dry = try natsctl([
            "stream", "add", "S", "--subjects", "s.*", "--max-age", "2h", "--dry-run",
        ])
        #expect(dry.exitCode == 3)
        #expect(
            try await withManager { try await $0.streamInfo("S").config.maxAge } == .seconds(3600))
        let updated = try natsctl([
            "stream", "add", "S", "--subjects", "s.*", "--max-age", "2h", "--update",
        ])
        #expect(updated.exitCode == 0, "\(updated.stderr)")
        #expect(
            try await withManager { try await $0.streamInfo("S").config.maxAge } == .seconds(7200))
        let refused = try natsctl([
            "stream", "add", "S", "--subjects", "s.*", "--max-age", "2h", "--storage", "memory",
            "--update",
        ])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("cannot change storage"))
    }

    @Test func badFilesAndNamesChangeNothing() async throws {
        let malformed = try file(
            "bad.json", "{\n  \"streams\": [\n    {\"name\": \"X\",, }\n  ]\n}")
        let syntax = try natsctl(["stream", "add", "--config", malformed])
        #expect(syntax.exitCode == 2)
        #expect(syntax.stderr.contains("line 3, column"))
        #expect(syntax.stderr.contains(malformed))
        let invalid = try file(
            "invalid.json",
            #"{"streams": [{"name": "OK1", "subjects": ["ok.*"]}, {"name": "BAD", "subjects": ["b.*"], "max_msgs": "lots"}]}"#
        )
        let typed = try natsctl(["stream", "add", "--config", invalid])
        #expect(typed.exitCode == 2)
        #expect(typed.stderr.contains("max_msgs"))
        let badName = try file(
            "badname.json",
            #"[{"name": "GOOD", "subjects": ["g.*"]}, {"name": "not.good", "subjects": ["n.*"]}]"#)
        #expect(try natsctl(["stream", "add", "--config", badName]).exitCode == 2)
        for name in ["a.b", "a*", "a>", "a b", "a/b"] {
            #expect(
                try natsctl(["stream", "add", name, "--subjects", "x"]).exitCode == 2, "\(name)")
        }
        #expect(
            try natsctl([
                "stream", "add", "--config", directory.appendingPathComponent("nope.json").path,
            ]).exitCode == 2)
        #expect(try await streamNames().isEmpty)
        let noSubjects = try natsctl(["stream", "add", "LONELY"])
        #expect(noSubjects.exitCode == 2)
        #expect(noSubjects.stderr.contains("--subjects is required"))
    }

    @Test func missingStreamIsAnAPIErrorWithItsCode() throws {
        for command in [
            ["stream", "info", "GHOST"], ["stream", "rm", "GHOST", "-f"],
            ["stream", "get", "GHOST", "1"],
        ] {
            let result = try natsctl(command)
            #expect(result.exitCode == 1)
            #expect(result.stderr.contains("stream not found (10059)"), "\(result.stderr)")
        }
    }

    @Test func lsInfoGetPurgeRmWorkTogether() async throws {
        #expect(
            try natsctl(["stream", "add", "LOG", "--subjects", "log.>", "--defaults"]).exitCode == 0
        )
        #expect(
            try natsctl(["stream", "add", "ALT", "--subjects", "alt.*", "--description", "second"])
                .exitCode == 0)
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        for index in 1...10 {
            var headers = Headers()
            headers.append("N", "\(index)")
            try connection.publish(
                index % 2 == 0 ? "log.even" : "log.odd", payload: Data("m\(index)".utf8),
                headers: headers)
        }
        try await connection.flush()
        await connection.close()
        try await waitForMessages("LOG", 10)

        let names = try natsctl(["stream", "ls", "--names"])
        #expect(names.stdout == "ALT\nLOG\n")
        let table = try natsctl(["stream", "ls"])
        #expect(table.stdout.contains("│ LOG "))
        #expect(table.stdout.contains("second"))
        let listJSON = try natsctl(["stream", "ls", "--json"])
        let infos = try #require(
            try JSONSerialization.jsonObject(with: Data(listJSON.stdout.utf8)) as? [[String: Any]])
        #expect(infos.count == 2)
        #expect(infos.contains { ($0["state"] as? [String: Any])?["messages"] as? Int == 10 })
        let subjectFilter = try natsctl(["stream", "ls", "--names", "--subject", "alt.x"])
        #expect(subjectFilter.stdout == "ALT\n")

        let info = try natsctl(["stream", "info", "LOG"])
        #expect(info.stdout.contains("Messages: 10"))
        #expect(info.stdout.contains("Subjects: log.>"))
        let get = try natsctl(["stream", "get", "LOG", "3"])
        #expect(get.stdout.contains("Item: LOG#3"))
        #expect(get.stdout.contains("N: 3"))
        #expect(get.stdout.hasSuffix("m3\n"))
        let last = try natsctl(["stream", "get", "LOG", "--last-for", "log.even", "--json"])
        let stored = try #require(
            try JSONSerialization.jsonObject(with: Data(last.stdout.utf8)) as? [String: Any])
        #expect(stored["seq"] as? Int == 10)

        #expect(try natsctl(["stream", "purge", "LOG"]).exitCode == 2)
        let bySubject = try natsctl(["stream", "purge", "LOG", "--subject", "log.odd", "-f"])
        #expect(bySubject.stdout.hasPrefix("Purged 5 messages from LOG"))
        let keep = try natsctl(["stream", "purge", "LOG", "--keep", "2", "-f"])
        #expect(keep.stdout.hasPrefix("Purged 3 messages"))
        #expect(
            try natsctl(["stream", "purge", "LOG", "--keep", "1", "--seq", "3", "-f"]).exitCode == 2
        )
        #expect(try await withManager { try await $0.streamInfo("LOG").state.messages } == 2)

        let edit = try natsctl([
            "stream", "edit", "LOG", "--description", "logs", "--max-age", "1h", "-f",
        ])
        #expect(edit.exitCode == 0, "\(edit.stderr)")
        #expect(
            try await withManager { try await $0.streamInfo("LOG").config.description } == "logs")
        #expect(try natsctl(["stream", "edit", "LOG", "--description", "other"]).exitCode == 2)
        #expect(
            try natsctl(["stream", "edit", "LOG", "--description", "other", "--dry-run"]).exitCode
                == 3)

        #expect(try natsctl(["stream", "rm", "ALT"]).exitCode == 2)
        #expect(try natsctl(["stream", "rm", "ALT", "-f"]).exitCode == 0)
        #expect(try await streamNames() == ["LOG"])
    }
}
