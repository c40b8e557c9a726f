import Foundation
import NATSClient
import TestSupport
import Testing

/// `reply --command` and `sub --translate` run as the built binary against a real server;
/// requests and messages are sent with the client library.
@Suite struct ShellCommandOptionTests: ServerBackedTest {
    let server: NATSServerProcess
    init() throws { server = try NATSServerProcess() }

    func request(_ subject: String, _ body: String) async throws -> String {
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        do {
            let reply = try await connection.request(
                subject, payload: Data(body.utf8), timeout: .seconds(10))
            await connection.close()
            return String(decoding: reply.payload, as: UTF8.self)
        } catch {
            await connection.close()
            throw error
        }
    }

    func replier(_ arguments: [String]) throws -> NatsctlProcess {
        let process = try NatsctlProcess(["-s", server.url, "reply"] + arguments)
        #expect(process.waitForOutput(containing: "Listening on"))
        return process
    }

    @Test func theCommandGetsTheBodyOnStdinAndTheSubjectInItsEnvironment() async throws {
        let process = try replier([
            "svc.>", "--command",
            #"echo "body=$NATS_REQUEST_BODY subject=$NATS_REQUEST_SUBJECT token={{1}}"; tr a-z A-Z"#,
            "--count", "1", "--quiet",
        ])
        let answer = try await request("svc.orders.eu", "hello")
        #expect(answer == "body=hello subject=svc.orders.eu token=orders\nHELLO")
        let finished = try process.finish(timeout: 15)
        #expect(finished.exitCode == 0)
        #expect(finished.stderr.contains("Answered 1 requests"))
    }

    @Test func subjectTokensNeverRunAsShellCode() async throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent(
            "natsctl-injected-\(UUID().uuidString.prefix(8))")
        let process = try replier(["svc.*", "--command", "echo {{1}}", "--count", "2", "--quiet"])
        let hostile = "svc.$(touch${IFS}\(marker.path))"
        #expect(try await request(hostile, "") == "$(touch${IFS}\(marker.path))\n")
        #expect(try await request("svc.it's", "") == "it's\n")
        _ = try process.finish(timeout: 15)
        #expect(!FileManager.default.fileExists(atPath: marker.path))
    }

    @Test func failingAndSlowCommandsStillReplyAndAreReported() async throws {
        let process = try replier([
            "svc.slow", "--command", "echo started; sleep 30", "--command-timeout", "300ms",
            "--count", "2", "--quiet",
        ])
        #expect(try await request("svc.slow", "") == "started\n")
        let failing = try replier([
            "svc.fail", "--command", "echo oops >&2; exit 3", "--count", "1", "--quiet",
        ])
        #expect(try await request("svc.fail", "") == "oops\n")
        let failed = try failing.finish(timeout: 15)
        #expect(failed.stderr.contains("exited with status 3"))
        #expect(try await request("svc.slow", "") == "started\n")
        let slow = try process.finish(timeout: 15)
        #expect(slow.stderr.contains("killed after 300ms"))
    }

    @Test func subTranslateShowsEachBodyAsTheCommandsOutput() async throws {
        let sub = try NatsctlProcess([
            "-s", server.url, "sub", "tr.*", "--count", "3", "--raw", "--translate",
            #"tr a-z A-Z; [ "$NATS_MESSAGE_SUBJECT" != tr.bad ]"#,
        ])
        #expect(sub.waitForOutput(containing: "Subscribing on"))
        let connection = try await Connection.connect(ConnectionOptions(url: server.url))
        try connection.publish("tr.a", payload: Data("hello".utf8))
        try connection.publish("tr.b", payload: Data(#"{"k": "v"}"#.utf8))
        try connection.publish("tr.bad", payload: Data("still".utf8))
        try await connection.flush()
        let result = try sub.finish(timeout: 15)
        await connection.close()
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == "HELLO\n{\"K\": \"V\"}\nSTILL\n")
        #expect(result.stderr.contains("--translate exited with status 1 for a message on tr.bad"))
        let empty = try natsctl(["sub", "x", "--translate", ""])
        #expect(empty.exitCode == 2)
    }

    @Test func commandExcludesBodyAndEcho() throws {
        for extra in [["body"], ["--echo"]] {
            let result = try natsctl(["reply", "svc.x", "--command", "date"] + extra)
            #expect(result.exitCode == 2, "\(extra): \(result.stderr)")
        }
        let empty = try natsctl(["reply", "svc.x", "--command", " "])
        #expect(empty.exitCode == 2)
    }
}
