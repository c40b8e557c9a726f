import FoundationEssentials
import Testing

@testable import NATSClient

/// The `NATS/1.0` header block: encoding, decoding, statuses, lookups.
@Suite struct HeadersTests {
    static func encode(_ headers: Headers) throws -> String {
        let size = try HeaderCodec.encodedSize(of: headers)
        var buffer = ByteBuffer(capacity: 64)
        HeaderCodec.encode(headers, into: &buffer)
        #expect(buffer.count == size)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    static func decode(_ text: String) -> Headers {
        Array(text.utf8).withUnsafeBytes { HeaderCodec.decode($0) }
    }

    @Test func encodesMultiValuedCasePreservingLines() throws {
        var headers = Headers()
        headers.append("Nats-Msg-Id", "abc")
        headers.append("X-Trace", "1")
        headers.append("x-trace", "2")
        #expect(
            try Self.encode(headers)
                == "NATS/1.0\r\nNats-Msg-Id: abc\r\nX-Trace: 1\r\nx-trace: 2\r\n\r\n")
        #expect(try Self.encode(Headers()) == "NATS/1.0\r\n\r\n")
    }

    @Test func roundTripsThroughTheCodec() throws {
        var headers = Headers([("A", "1"), ("b-B", "two words"), ("A", "3"), ("Empty", "")])
        headers.status = 409
        headers.statusDescription = "Consumer Deleted"
        #expect(Self.decode(try Self.encode(headers)) == headers)
    }

    @Test(
        arguments: [
            ("NATS/1.0 503\r\n\r\n", 503, nil),
            ("NATS/1.0 408 Request Timeout\r\n\r\n", 408, "Request Timeout"),
            ("NATS/1.0 404 No Messages\r\n\r\n", 404, "No Messages"),
            ("NATS/1.0 409 Exceeded MaxWaiting\r\n\r\n", 409, "Exceeded MaxWaiting"),
            ("NATS/1.0 100 Idle Heartbeat\r\nNats-Last-Consumer: 5\r\n\r\n", 100, "Idle Heartbeat"),
            ("NATS/1.0\r\n\r\n", nil, nil),
        ] as [(String, Int?, String?)])
    func decodesInlineStatus(block: String, status: Int?, text: String?) {
        let headers = Self.decode(block)
        #expect(headers.status == status)
        #expect(headers.statusDescription == text)
    }

    @Test func lookupIsCaseInsensitiveAndOutputKeepsCase() {
        var headers = Self.decode("NATS/1.0\r\nNats-Stream: ORDERS\r\nX-A: 1\r\nx-a: 2\r\n\r\n")
        #expect(headers["nats-stream"] == "ORDERS")
        #expect(headers.values(for: "X-A") == ["1", "2"])
        #expect(headers.map(\.name) == ["Nats-Stream", "X-A", "x-a"])
        headers.set("X-a", "3")
        #expect(headers.values(for: "x-A") == ["3"])
        #expect(headers.map(\.name) == ["Nats-Stream", "X-a"])
        headers["Nats-Stream"] = nil
        #expect(headers.count == 1)
    }

    @Test func skipsUnreadableLinesInsteadOfFailing() {
        let headers = Self.decode(
            "NATS/1.0\r\nno colon here\r\n: empty name\r\nGood:  yes \r\n\r\n")
        #expect(headers.map(\.name) == ["Good"])
        #expect(headers["good"] == "yes")
        #expect(Self.decode("garbage").isEmpty)
    }

    @Test(arguments: ["", "a b", "a:b", "é", "a\r"])
    func rejectsInvalidNames(name: String) {
        #expect(throws: NATSError.self) { try HeaderCodec.encodedSize(of: Headers([(name, "v")])) }
    }

    @Test func rejectsLineBreaksInValues() {
        #expect(throws: NATSError.self) {
            try HeaderCodec.encodedSize(of: Headers([("A", "x\r\nInjected: 1")]))
        }
    }
}

/// URLs, options and error messages.
@Suite struct OptionsTests {
    @Test func parsesURLForms() throws {
        let plain = try ServerAddress(url: "nats://demo.example:4333")
        #expect(plain.host == "demo.example" && plain.port == 4333 && plain.scheme == "nats")
        let bare = try ServerAddress(url: "localhost")
        #expect(bare.host == "localhost" && bare.port == 4222)
        let user = try ServerAddress(url: "nats://alice:s%40cret@127.0.0.1")
        #expect(user.user == "alice" && user.password == "s@cret" && user.token == nil)
        let token = try ServerAddress(url: "nats://t0ken@127.0.0.1:4223/")
        #expect(token.token == "t0ken" && token.user == nil && token.port == 4223)
        let ipv6 = try ServerAddress(url: "tls://[::1]:4443")
        #expect(ipv6.host == "::1" && ipv6.port == 4443 && ipv6.scheme == "tls")
    }

    @Test func parsesServerLists() throws {
        let options = try ConnectionOptions(url: "nats://a:1, nats://b:2,c")
        #expect(options.servers.map(\.host) == ["a", "b", "c"])
        #expect(options.servers.map(\.port) == [1, 2, 4222])
        #expect(ConnectionOptions().servers.map(\.redactedURL) == ["nats://127.0.0.1:4222"])
    }

    @Test(arguments: [
        "", "http://x", "nats://", "nats://host:0", "nats://host:99999", "nats://h:x",
        "nats://a,,nats://b", "nats://h/path", "nats://[::1",
    ])
    func rejectsBadURLs(url: String) {
        #expect(throws: NATSError.self) { try ConnectionOptions(url: url) }
    }

    @Test func neverShowsSecrets() throws {
        let user = try ServerAddress(url: "nats://alice:hunter2@127.0.0.1:4222")
        #expect(user.description == "nats://alice:***@127.0.0.1:4222")
        #expect(user.redactedURL == "nats://127.0.0.1:4222")
        let token = try ServerAddress(url: "nats://s3cr3t@127.0.0.1")
        #expect(!token.description.contains("s3cr3t"))
        do {
            _ = try ServerAddress(url: "nats://alice:hunter2@host:bad")
            Issue.record("expected an error")
        } catch {
            #expect(!error.description.contains("hunter2"))
        }
    }

    @Test func errorDescriptionsAreOneClearLine() {
        let cases: [(NATSError, String)] = [
            (
                .connectionRefused(url: "nats://127.0.0.1:4222"),
                "connection refused by nats://127.0.0.1:4222"
            ),
            (
                .maxPayloadExceeded(size: 2 << 20, max: 1 << 20),
                "payload of 2 MiB exceeds the server's max_payload of 1 MiB"
            ),
            (.noResponders(subject: "svc.x"), "no responders on subject svc.x"),
            (
                .timeout(subject: "svc.x", after: .milliseconds(1500)),
                "timed out after 1.5 s waiting for a reply on svc.x"
            ),
            (
                .connectTimeout(url: "nats://h:1", after: .seconds(5)),
                "could not connect to nats://h:1 within 5 s"
            ),
            (
                .slowConsumer(subject: "a", dropped: 3),
                "slow consumer on subject a: 3 messages dropped"
            ),
            (.connectionClosed(reason: nil), "connection closed"),
        ]
        for (error, text) in cases {
            #expect(error.description == text)
            #expect(!error.description.contains("\n"))
        }
    }
}
