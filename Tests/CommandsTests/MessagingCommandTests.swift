import Foundation
import NATSClient
import TestSupport
import Testing

/// `pub`, `sub`, `request` and `reply` run as the built binary against a real server; what was
/// published is checked through the client library, not through the command under test.
@Suite struct MessagingCommandTests {
    let server: NATSServerProcess
    init() throws { server = try NATSServerProcess() }

    func connect() async throws -> Connection {
        try await Connection.connect(ConnectionOptions(url: server.url))
    }

    func natsctl(_ arguments: [String], stdin: Data? = nil) throws -> NatsctlProcess.Result {
        try NatsctlProcess.run(["-s", server.url] + arguments, stdin: stdin)
    }

    /// Collects up to `count` messages from a subscription, bounded by a deadline.
    func collect(_ subscription: Subscription, count: Int) async throws -> [Message] {
        try await withThrowingTaskGroup(of: [Message].self) { group in
            group.addTask {
                var received: [Message] = []
                for try await message in subscription {
                    received.append(message)
                    if received.count == count { break }
                }
                return received
            }
            group.addTask {
                try await Task.sleep(for: .seconds(15))
                return []
            }
            let first = try await group.next() ?? []
            group.cancelAll()
            return first
        }
    }

    @Test func pubDeliversBodyAndHeaders() async throws {
        let connection = try await connect()
        let subscription = try connection.subscribe("orders.*")
        try await connection.flush()
        let result = try natsctl([
            "pub", "orders.new", "{\"id\":1}", "-H", "Trace:abc", "-H", "Trace:def",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Published 8 bytes to \"orders.new\""))
        let messages = try await collect(subscription, count: 1)
        let message = try #require(messages.first)
        #expect(message.subject == "orders.new")
        #expect(String(decoding: message.payload, as: UTF8.self) == "{\"id\":1}")
        #expect(message.headers?.values(for: "Trace") == ["abc", "def"])
        await connection.close()
    }

    @Test func pubReadsTheBodyFromStandardInput() async throws {
        let connection = try await connect()
        let subscription = try connection.subscribe("stdin.test")
        try await connection.flush()
        let result = try natsctl(["pub", "stdin.test"], stdin: Data("from stdin\n".utf8))
        #expect(result.exitCode == 0, "\(result.stderr)")
        let message = try #require(try await collect(subscription, count: 1).first)
        #expect(String(decoding: message.payload, as: UTF8.self) == "from stdin\n")
        await connection.close()
    }

    @Test func pubSendsOneMessagePerLineInNewlineMode() async throws {
        let connection = try await connect()
        let subscription = try connection.subscribe("lines")
        try await connection.flush()
        let result = try natsctl(
            ["pub", "lines", "--send-on", "newline"], stdin: Data("one\ntwo\r\nthree".utf8))
        #expect(result.exitCode == 0, "\(result.stderr)")
        let bodies = try await collect(subscription, count: 3).map {
            String(decoding: $0.payload, as: UTF8.self)
        }
        #expect(bodies == ["one", "two", "three"])
        await connection.close()
    }

    @Test func pubCountExpandsTemplatesInSubjectBodyAndHeaders() async throws {
        let connection = try await connect()
        let subscription = try connection.subscribe("load.>")
        try await connection.flush()
        let result = try natsctl(
            [
                "pub", "load.{{Count}}", "n={{Count}} r={{Random 3 3}}", "--count", "500", "-H",
                "Seq:{{Count}}",
            ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Published 500 messages"))
        let messages = try await collect(subscription, count: 500)
        #expect(messages.count == 500)
        for (index, message) in messages.enumerated() {
            #expect(message.subject == "load.\(index + 1)")
            #expect(message.headers?["Seq"] == "\(index + 1)")
            let body = String(decoding: message.payload, as: UTF8.self)
            #expect(body.hasPrefix("n=\(index + 1) r="))
            #expect(body.count == "n=\(index + 1) r=".count + 3)
        }
        await connection.close()
    }

    @Test func subExitsAfterCountAndPrintsTheNatsFormat() async throws {
        let sub = try NatsctlProcess(["-s", server.url, "sub", "greet.*", "--count", "2"])
        #expect(sub.waitForOutput(containing: "Subscribing on greet.*"))
        let connection = try await connect()
        var headers = Headers()
        headers.append("Lang", "en")
        try connection.publish("greet.a", payload: Data("hello".utf8), headers: headers)
        try connection.publish("greet.b", payload: Data())
        try await connection.flush()
        let result = try sub.finish(timeout: 15)
        #expect(result.exitCode == 0)
        #expect(
            result.stdout
                == "[#1] Received on \"greet.a\"\nLang: en\n\nhello\n\n[#2] Received on \"greet.b\"\nnil body\n\n"
        )
        #expect(result.stderr.contains("Received 2 messages"))
        await connection.close()
    }

    @Test func subJSONLinesParse() async throws {
        let sub = try NatsctlProcess(["-s", server.url, "sub", "data.>", "--count", "2", "--json"])
        #expect(sub.waitForOutput(containing: "Subscribing on"))
        let connection = try await connect()
        var headers = Headers()
        headers.append("K", "v1")
        headers.append("K", "v2")
        try connection.publish(
            "data.text", payload: Data("héllo".utf8), reply: "r.1", headers: headers)
        try connection.publish("data.bin", payload: Data([0xff, 0x00, 0xfe]))
        try await connection.flush()
        let result = try sub.finish(timeout: 15)
        #expect(result.exitCode == 0)
        let records = try result.lines.map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        try #require(records.count == 2)
        #expect(records[0]["subject"] as? String == "data.text")
        #expect(records[0]["reply"] as? String == "r.1")
        #expect(records[0]["data"] as? String == "héllo")
        #expect(records[0]["size"] as? Int == 6)
        #expect((records[0]["headers"] as? [String: [String]])?["K"] == ["v1", "v2"])
        #expect(records[0]["encoding"] == nil)
        #expect(records[1]["encoding"] as? String == "base64")
        #expect(records[1]["data"] as? String == Data([0xff, 0x00, 0xfe]).base64EncodedString())
        #expect((records[1]["received"] as? String)?.hasSuffix("Z") == true)
        await connection.close()
    }

    @Test func subEndsCleanlyOnSIGTERMWithASummary() throws {
        let sub = try NatsctlProcess(["-s", server.url, "sub", "quiet.subject"])
        #expect(sub.waitForOutput(containing: "Subscribing on"))
        sub.signal(SIGTERM)
        let result = try sub.finish(timeout: 15)
        #expect(result.exitCode == 0)
        #expect(result.stderr.contains("Received 0 messages (terminated)"))
    }

    @Test func subKeepsReceivingAcrossAServerRestart() async throws {
        let sub = try NatsctlProcess(["-s", server.url, "sub", "survive", "--count", "2", "--raw"])
        #expect(sub.waitForOutput(containing: "Subscribing on"))
        let first = try await connect()
        try first.publish("survive", payload: Data("before".utf8))
        try await first.flush()
        #expect(sub.waitForOutput(containing: "before"))
        await first.close()
        try server.restart()
        #expect(sub.waitForOutput(containing: "Reconnected", timeout: 20))
        let second = try await connect()
        try second.publish("survive", payload: Data("after".utf8))
        try await second.flush()
        let result = try sub.finish(timeout: 20)
        #expect(result.exitCode == 0)
        #expect(result.stdout == "before\nafter\n")
        await second.close()
    }

    @Test func requestIsAnsweredByReply() throws {
        let reply = try NatsctlProcess(
            ["-s", server.url, "reply", "svc.echo", "got {{Request}} #{{Count}}", "--count", "1"])
        #expect(reply.waitForOutput(containing: "Listening on"))
        let result = try natsctl(["request", "svc.echo", "ping", "-H", "X:1"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == "got ping #1\n")
        #expect(result.stderr.contains("Received with rtt"))
        let replied = try reply.finish(timeout: 15)
        #expect(replied.exitCode == 0)
        #expect(replied.stdout.contains("X: 1"))
        #expect(replied.stderr.contains("Answered 1 requests"))
    }

    @Test func replyEchoesBodyAndHeaders() throws {
        let reply = try NatsctlProcess(
            ["-s", server.url, "reply", "svc.mirror", "--echo", "--count", "1", "--quiet"])
        #expect(reply.waitForOutput(containing: "Listening on"))
        let result = try natsctl(["request", "svc.mirror", "same", "-H", "Echo:yes"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == "Echo: yes\n\nsame\n")
        _ = try reply.finish(timeout: 15)
    }

    @Test func requestCountSendsTemplatedRequestsOneAfterTheOther() throws {
        let reply = try NatsctlProcess(
            ["-s", server.url, "reply", "svc.count", "re {{Request}}", "--count", "3"])
        #expect(reply.waitForOutput(containing: "Listening on"))
        let result = try natsctl(["request", "svc.count", "n{{Count}}", "--count", "3", "--raw"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == "re n1\nre n2\nre n3\n")
        let replied = try reply.finish(timeout: 15)
        #expect(replied.stderr.contains("Answered 3 requests"))
    }

    @Test func requestCountReportsTheUnansweredOnes() async throws {
        // A silent subscriber keeps the subject served (no "no responders"); the replier
        // answers the first request only.
        let connection = try await connect()
        let silent = try connection.subscribe("svc.once")
        try await connection.flush()
        let reply = try NatsctlProcess(
            ["-s", server.url, "reply", "svc.once", "only", "--count", "1", "--quiet"])
        #expect(reply.waitForOutput(containing: "Listening on"))
        let partly = try natsctl([
            "request", "svc.once", "x", "--count", "2", "--raw", "--timeout", "500ms",
        ])
        #expect(partly.exitCode == 1)
        #expect(partly.stdout == "only\n")
        #expect(
            partly.stderr.contains("1 of 2 requests on subject \"svc.once\" got no reply"),
            "\(partly.stderr)")
        _ = try reply.finish(timeout: 15)
        try silent.unsubscribe()
        await connection.close()
    }

    @Test func requestFailsWithoutResponders() throws {
        let result = try natsctl(["request", "nobody.home", "x"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("no responders on subject \"nobody.home\""))
    }

    @Test func requestFailsWhenNoReplyComesInTime() async throws {
        let connection = try await connect()
        let silent = try connection.subscribe("silent")
        try await connection.flush()
        let result = try natsctl(["request", "silent", "x", "--timeout", "300ms"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("no reply on subject \"silent\""))
        try silent.unsubscribe()
        await connection.close()
    }

    @Test func badFlagIsAUsageErrorWithASuggestion() throws {
        let result = try natsctl(["pub", "x", "--cuont", "3"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("Did you mean '--count'?"))
    }

    @Test func wildcardPublishIsRefusedBeforeConnecting() throws {
        let result = try NatsctlProcess.run(["-s", "nats://127.0.0.1:1", "pub", "a.*", "x"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("wildcards cannot be published to"))
    }
}

@Suite struct ConnectionFailureCommandTests {
    @Test func refusedConnectionIsOneClearLineWithinTheTimeout() throws {
        let start = Date()
        let result = try NatsctlProcess.run(
            ["-s", "nats://127.0.0.1:1", "--timeout", "2s", "pub", "x", "y"], timeout: 20)
        #expect(result.exitCode == 1)
        #expect(
            result.stderr
                == "natsctl: error: could not connect: connection refused by nats://127.0.0.1:1\n")
        #expect(Date().timeIntervalSince(start) < 15)
    }
}
