import FoundationEssentials
import Testing

@testable import NATSClient

/// The protocol parser, fed every frame split at every byte offset, and malformed input.
@Suite struct ParserTests {
    static let infoJSON =
        #"{"server_id":"NABC","server_name":"n1","version":"2.11.4","proto":1,"#
        + #""max_payload":1048576,"headers":true,"jetstream":true,"connect_urls":["10.0.0.2:4222"]}"#

    static var info: ServerInfo {
        try! JSONDecoder().decode(ServerInfo.self, from: Data(infoJSON.utf8))
    }

    static func hmsg(_ subject: String, sid: Int, reply: String?, header: String, body: String)
        -> String
    {
        let replyPart = reply.map { " \($0)" } ?? ""
        let total = header.utf8.count + body.utf8.count
        return
            "HMSG \(subject) \(sid)\(replyPart) \(header.utf8.count) \(total)\r\n\(header)\(body)\r\n"
    }

    static func headers(_ pairs: [(String, String)], status: Int? = nil, text: String? = nil)
        -> Headers
    {
        var headers = Headers(pairs)
        headers.status = status
        headers.statusDescription = text
        return headers
    }

    /// Each frame with the operations it must produce.
    static let frames: [(name: String, bytes: String, ops: [ParsedOp])] = [
        ("INFO", "INFO \(infoJSON)\r\n", [.info(info)]),
        (
            "MSG", "MSG foo.bar 9 5\r\nhello\r\n",
            [.msg(sid: 9, Message(subject: "foo.bar", payload: Data("hello".utf8)))]
        ),
        (
            "MSG with reply", "MSG foo 1 _INBOX.x.1 3\r\nabc\r\n",
            [.msg(sid: 1, Message(subject: "foo", reply: "_INBOX.x.1", payload: Data("abc".utf8)))]
        ),
        (
            "MSG empty payload", "MSG foo 1 0\r\n\r\n",
            [.msg(sid: 1, Message(subject: "foo", payload: Data()))]
        ),
        (
            "MSG payload with CRLF inside", "MSG foo 1 4\r\n\r\n\r\n\r\n",
            [.msg(sid: 1, Message(subject: "foo", payload: Data("\r\n\r\n".utf8)))]
        ),
        (
            "lower-case msg with tabs", "msg\tfoo \t 2\t\t1\r\nx\r\n",
            [.msg(sid: 2, Message(subject: "foo", payload: Data("x".utf8)))]
        ),
        (
            "HMSG",
            hmsg(
                "foo", sid: 3, reply: "r", header: "NATS/1.0\r\nA: 1\r\nb: 2\r\nA: 3\r\n\r\n",
                body: "hi"),
            [
                .msg(
                    sid: 3,
                    Message(
                        subject: "foo", reply: "r",
                        headers: headers([("A", "1"), ("b", "2"), ("A", "3")]),
                        payload: Data("hi".utf8)))
            ]
        ),
        (
            "HMSG no responders, double space",
            "HMSG _INBOX.a.b 2  16 16\r\nNATS/1.0 503\r\n\r\n\r\n",
            [
                .msg(
                    sid: 2,
                    Message(
                        subject: "_INBOX.a.b", headers: headers([], status: 503), payload: Data()))
            ]
        ),
        (
            "HMSG 408 with description",
            hmsg(
                "i", sid: 4, reply: nil,
                header: "NATS/1.0 408 Request Timeout\r\nNats-Pending-Messages: 5\r\n\r\n", body: ""
            ),
            [
                .msg(
                    sid: 4,
                    Message(
                        subject: "i",
                        headers: headers(
                            [("Nats-Pending-Messages", "5")], status: 408, text: "Request Timeout"),
                        payload: Data()))
            ]
        ),
        (
            "MSG with runs of spaces", "MSG  foo   7 r.1  3 \r\nabc\r\n",
            [.msg(sid: 7, Message(subject: "foo", reply: "r.1", payload: Data("abc".utf8)))]
        ),
        ("PING", "PING\r\n", [.ping]),
        ("PONG", "PONG\r\n", [.pong]),
        ("PONG without CR", "pong\n", [.pong]),
        ("+OK", "+OK\r\n", [.ok]),
        ("-ERR", "-ERR 'Authorization Violation'\r\n", [.err("Authorization Violation")]),
    ]

    /// All frames back to back, as one stream.
    static var stream: (bytes: [UInt8], ops: [ParsedOp]) {
        (Array(frames.map(\.bytes).joined().utf8), frames.flatMap(\.ops))
    }

    static func parse(_ chunks: [ArraySlice<UInt8>]) throws(NATSError) -> [ParsedOp] {
        var parser = ProtocolParser()
        var ops: [ParsedOp] = []
        for chunk in chunks {
            try Array(chunk).withUnsafeBytes { bytes in
                Result { () throws(NATSError) in
                    try parser.parse(bytes) { ops.append(ParsedOp($0)) }
                }
            }.get()
        }
        return ops
    }

    @Test(arguments: frames.map(\.name))
    func everyFrameSplitAtEveryOffset(name: String) throws {
        let frame = try #require(Self.frames.first { $0.name == name })
        let bytes = Array(frame.bytes.utf8)
        for split in 0...bytes.count {
            let ops = try Self.parse([bytes[..<split], bytes[split...]])
            #expect(ops == frame.ops, "split at \(split)")
        }
        let oneByOne = try Self.parse(bytes.indices.map { bytes[$0...$0] })
        #expect(oneByOne == frame.ops)
    }

    @Test func allFramesBackToBackSplitAtEveryOffset() throws {
        let (bytes, expected) = Self.stream
        #expect(try Self.parse([bytes[...]]) == expected)
        for split in 0...bytes.count {
            #expect(try Self.parse([bytes[..<split], bytes[split...]]) == expected)
        }
        for first in stride(from: 0, to: bytes.count, by: 7) {
            let second = min(bytes.count, first + 13)
            let ops = try Self.parse([bytes[..<first], bytes[first..<second], bytes[second...]])
            #expect(ops == expected)
        }
    }

    @Test func largePayloadAcrossManyReads() throws {
        let payload = [UInt8](repeating: 0xAB, count: 1 << 20)
        var bytes =
            Array("MSG big 1 \(payload.count)\r\n".utf8) + payload + Array("\r\nPING\r\n".utf8)
        let chunks = stride(from: 0, to: bytes.count, by: 65_536).map {
            bytes[$0..<min(bytes.count, $0 + 65_536)]
        }
        let ops = try Self.parse(chunks)
        #expect(ops == [.msg(sid: 1, Message(subject: "big", payload: Data(payload))), .ping])
        bytes.removeAll()
    }

    static let malformed: [(input: String, mentions: String)] = [
        ("PIx\r\n", "PIx\\r"),
        ("HELLO world\r\n", "HELLO world"),
        ("MSG a\r\n", "MSG a"),
        ("MSG foo 1 x\r\n", "MSG foo 1 x"),
        ("MSG foo bar 3\r\nabc\r\n", "MSG foo bar 3"),
        ("MSG foo 1 -3\r\n", "-3"),
        ("MSG foo 1 2 3 4\r\n", "MSG foo 1 2 3 4"),
        ("MSG foo 1 3\r\nabcXY", "XY"),
        ("HMSG foo 1 10 5\r\n", "HMSG foo 1 10 5"),
        ("HMSG foo 1 5\r\n", "HMSG foo 1 5"),
        ("MSG foo 1 99999999999999999999\r\n", "9999"),
        ("INFO {not json\r\n", "{not json"),
        ("\r\n", "empty"),
        ("\u{1}\u{2}\r\n", "\\x01\\x02"),
        (String(repeating: "A", count: 5000), "longer than 4096"),
        ("MSG " + String(repeating: "s", count: 5000) + " 1 1\r\n", "longer than 4096"),
    ]

    @Test(arguments: malformed.indices)
    func malformedInputFailsCleanly(index: Int) throws {
        let (input, mentions) = Self.malformed[index]
        let bytes = Array(input.utf8)
        var parser = ProtocolParser()
        var ops: [ParsedOp] = []
        let error = #expect(throws: NATSError.self) {
            try bytes.withUnsafeBytes { raw in
                Result { () throws(NATSError) in try parser.parse(raw) { ops.append(ParsedOp($0)) }
                }
            }.get()
        }
        guard case .protocolError(let message) = error else {
            Issue.record("expected a protocol error, got \(String(describing: error))")
            return
        }
        #expect(message.contains(mentions), "\(message)")
        #expect(ops.isEmpty)
        let again = Array("PING\r\n".utf8)
        #expect(throws: NATSError.self) {
            try again.withUnsafeBytes { raw in
                Result { () throws(NATSError) in try parser.parse(raw) { _ in } }
            }.get()
        }
    }

    @Test func infoLinesMayBeLong() throws {
        let urls = (0..<400).map { "\"10.0.\($0 / 256).\($0 % 256):4222\"" }.joined(separator: ",")
        let line = "INFO {\"server_id\":\"N\",\"connect_urls\":[\(urls)]}\r\n"
        #expect(line.utf8.count > ProtocolParser.maxControlLine)
        let ops = try Self.parse([Array(line.utf8)[...]])
        guard case .info(let info)? = ops.first else {
            Issue.record("no INFO parsed")
            return
        }
        #expect(info.connectURLs.count == 400)
    }
}

/// A parsed operation with its message copied out, for comparing in tests.
enum ParsedOp: Equatable {
    case info(ServerInfo)
    case msg(sid: Int, Message)
    case ping, pong, ok
    case err(String)

    init(_ op: ServerOp) {
        switch op {
        case .info(let info): self = .info(info)
        case .msg(let frame): self = .msg(sid: frame.sid, frame.message())
        case .ping: self = .ping
        case .pong: self = .pong
        case .ok: self = .ok
        case .err(let text): self = .err(text)
        }
    }
}
