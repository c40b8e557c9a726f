import Foundation
import JetStream
import NATSClient
import TestSupport
import Testing

/// `stream add --mirror/--source` and `stream edit --source` against a real server: the
/// configuration is checked through the library, the copied messages through the stream state.
@Suite struct StreamReplicationTests: ServerBackedTest {
    let server: NATSServerProcess
    init() throws { server = try NATSServerProcess() }

    func makeOrders() async throws {
        #expect(try natsctl(["stream", "add", "ORDERS", "--subjects", "orders.*"]).exitCode == 0)
        try await withManager { manager in
            for subject in ["orders.eu", "orders.us", "orders.eu"] {
                _ = try await manager.publish(subject, payload: Data("o".utf8))
            }
        }
    }

    @Test func aMirrorCopiesTheStreamAndReRunsAreUnchanged() async throws {
        try await makeOrders()
        let created = try natsctl(["stream", "add", "COPY", "--mirror", "ORDERS"])
        #expect(created.exitCode == 0, "\(created.stderr)")
        #expect(created.stdout.hasPrefix("Stream COPY was created"))
        let config = try await withManager { try await $0.streamInfo("COPY").config }
        #expect(config.mirror?.name == "ORDERS")
        #expect((config.subjects ?? []).isEmpty)
        try await waitForMessages("COPY", 3)
        let again = try natsctl(["stream", "add", "COPY", "--mirror", "ORDERS"])
        #expect(again.exitCode == 0, "\(again.stderr)")
        #expect(again.stdout.hasPrefix("Stream COPY unchanged"))
        let info = try natsctl(["stream", "info", "COPY"])
        #expect(info.stdout.contains("Mirror Information:"))
        #expect(info.stdout.contains("Stream Name: ORDERS"))
        #expect(info.stdout.contains("Lag: 0"))
    }

    @Test func sourcesTakeNamesOrJSONAndCanBeAddedByEdit() async throws {
        try await makeOrders()
        #expect(try natsctl(["stream", "add", "US", "--subjects", "us.*"]).exitCode == 0)
        let created = try natsctl([
            "stream", "add", "EU", "--source",
            #"{"name": "ORDERS", "filter_subject": "orders.eu"}"#,
        ])
        #expect(created.exitCode == 0, "\(created.stderr)")
        try await waitForMessages("EU", 2)
        let sources = try await withManager { try await $0.streamInfo("EU").config.sources }
        #expect(sources?.count == 1)
        #expect(sources?.first?.filterSubject == "orders.eu")

        let edited = try natsctl([
            "stream", "edit", "EU", "--source",
            #"{"name": "ORDERS", "filter_subject": "orders.eu"}"#,
            "--source", "US", "-f",
        ])
        #expect(edited.exitCode == 0, "\(edited.stderr)")
        #expect(edited.stdout.contains("sources:"), "\(edited.stdout)")
        let names = try await withManager {
            try await $0.streamInfo("EU").config.sources?.map(\.name)
        }
        #expect(names == ["ORDERS", "US"])
        let info = try natsctl(["stream", "info", "EU"])
        #expect(info.stdout.contains("Source Information:"))
        #expect(info.stdout.contains("Subject Filter: orders.eu"))
    }

    @Test func badMirrorsAndSourcesAreUsageErrors() async throws {
        try await makeOrders()
        let cases: [[String]] = [
            ["stream", "add", "X", "--mirror", "ORDERS", "--subjects", "x.*"],
            ["stream", "add", "X", "--mirror", #"{"name": 3}"#],
            ["stream", "add", "X", "--mirror", "{broken"],
            ["stream", "add", "X", "--source", "bad.name"],
        ]
        for arguments in cases {
            let result = try natsctl(arguments)
            #expect(result.exitCode == 2, "\(arguments): \(result.stderr)")
        }
        let names = try await withManager { try await $0.streamNames().all() }
        #expect(names == ["ORDERS"])
    }
}
