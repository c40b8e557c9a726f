import Foundation
import TestSupport
import Testing

/// Flag over environment over context, through the binary: `natsctl rtt` connects with what
/// wins, against a real server and a dead port.
@Suite struct ConnectionPrecedenceTests {
    static let deadURL = "nats://127.0.0.1:1"

    @Test func flagOverEnvironmentOverSelectedContext() throws {
        let server = try NATSServerProcess(jetstream: false)
        let home = try CommandLineHome()
        let added = try home.run(["context", "add", "dead", "-s", Self.deadURL, "--select"])
        #expect(added.exitCode == 0, "\(added.stderr)")

        let fromContext = try home.run(["rtt", "1"])
        #expect(fromContext.exitCode == 1)
        #expect(fromContext.stderr.contains("127.0.0.1:1"), "\(fromContext.stderr)")

        let fromEnvironment = try home.run(["rtt", "1"], environment: ["NATS_URL": server.url])
        #expect(fromEnvironment.exitCode == 0, "\(fromEnvironment.stderr)")
        #expect(fromEnvironment.stdout.hasPrefix(server.url + ":\n"))

        let fromFlag = try home.run(
            ["rtt", "1", "-s", server.url], environment: ["NATS_URL": Self.deadURL])
        #expect(fromFlag.exitCode == 0, "\(fromFlag.stderr)")

        let ignored = try home.run(["rtt", "1", "--no-context", "-s", server.url])
        #expect(ignored.exitCode == 0, "\(ignored.stderr)")
    }

    @Test func contextChosenByFlagOverEnvironmentOverSelection() throws {
        let server = try NATSServerProcess(jetstream: false)
        let home = try CommandLineHome()
        _ = try home.run(["context", "add", "dead", "-s", Self.deadURL, "--select"])
        _ = try home.run(["context", "add", "live", "-s", server.url])

        #expect(try home.run(["rtt", "1", "--context", "live"]).exitCode == 0)
        #expect(try home.run(["rtt", "1"], environment: ["NATS_CONTEXT": "live"]).exitCode == 0)
        let flagWins = try home.run(
            ["rtt", "1", "--context", "dead"], environment: ["NATS_CONTEXT": "live"])
        #expect(flagWins.exitCode == 1)
        let byFile = try home.run(["rtt", "1", "--context", home.contextFile("live")])
        #expect(byFile.exitCode == 0, "\(byFile.stderr)")
        let unknown = try home.run(["rtt", "1", "--context", "nope"])
        #expect(unknown.exitCode == 2)
        #expect(unknown.stderr.contains("unknown context \"nope\""))
    }

    @Test func rttReportsEachServerAndFailsWhenOneIsDown() throws {
        let server = try NATSServerProcess(jetstream: false)
        let home = try CommandLineHome()
        let json = try home.run(["rtt", "3", "--json", "-s", server.url])
        #expect(json.exitCode == 0, "\(json.stderr)")
        let targets = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(targets.count == 1)
        #expect(targets.first?["url"] as? String == server.url)
        let result = try #require((targets.first?["results"] as? [[String: Any]])?.first)
        #expect(result["url"] as? String == server.url)
        #expect((result["rtt"] as? Int ?? 0) > 0)

        let mixed = try home.run(["rtt", "1", "-s", "\(server.url),\(Self.deadURL)"])
        #expect(mixed.exitCode == 1)
        #expect(mixed.stdout.contains("\(Self.deadURL): failed"))
        #expect(mixed.stdout.contains(server.url + ":\n"))
        #expect(!mixed.stdout.contains("\(server.url): failed"))
        #expect(mixed.stderr == "natsctl: error: connection refused by \(Self.deadURL)\n")
    }
}
