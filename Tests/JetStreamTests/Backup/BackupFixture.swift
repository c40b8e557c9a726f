import Foundation
import NATSClient
import TestSupport
import Testing

@testable import JetStream

/// One stored message as read back from a stream.
struct StoredMessage: Equatable {
    var sequence: UInt64
    var subject: String
    var headers: [String]
    var payload: Data
}

/// Builds and reads back test streams over raw `$JS.API` requests.
struct StreamFixture {
    let connection: Connection

    static func connect(_ server: NATSServerProcess) async throws -> StreamFixture {
        var options = try ConnectionOptions(url: server.url)
        options.subscriptionCapacity = 1 << 20
        return StreamFixture(connection: try await Connection.connect(options))
    }

    func api(_ suffix: String, _ body: String = "", timeout: Duration = .seconds(10)) async throws
        -> OrderedJSON
    {
        let reply = try await connection.request(
            "$JS.API." + suffix, payload: Data(body.utf8), timeout: timeout)
        return try BackupAPI.decode(reply.payload, subject: suffix)
    }

    func createStream(_ name: String, storage: String = "file", subjects: String? = nil)
        async throws
    {
        let subject = subjects ?? "\(name.lowercased()).>"
        _ = try await api(
            "STREAM.CREATE.\(name)",
            #"{"name":"\#(name)","subjects":["\#(subject)"],"storage":"\#(storage)"}"#)
    }

    func state(_ stream: String) async throws -> OrderedJSON {
        try await api("STREAM.INFO.\(stream)")["state"] ?? .null
    }

    /// Publishes without waiting for acks, then waits until the stream holds `expected` more
    /// messages than before.
    func publish(
        _ stream: String, _ messages: [(subject: String, headers: Headers?, payload: Data)]
    ) async throws {
        let before = try await state(stream)["messages"]?.unsignedValue ?? 0
        for (index, message) in messages.enumerated() {
            try connection.publish(
                message.subject, payload: message.payload, headers: message.headers)
            if index % 5_000 == 4_999 { try await connection.flush(timeout: .seconds(30)) }
        }
        try await connection.flush(timeout: .seconds(30))
        let target = before + UInt64(messages.count)
        try await waitUntil("stream \(stream) holds \(target) messages") {
            try await state(stream)["messages"]?.unsignedValue == target
        }
    }

    func deleteMessage(_ stream: String, sequence: UInt64) async throws {
        _ = try await api("STREAM.MSG.DELETE.\(stream)", #"{"seq":\#(sequence),"no_erase":true}"#)
    }

    func createConsumer(_ stream: String, _ name: String, _ config: String) async throws {
        _ = try await api(
            "CONSUMER.CREATE.\(stream).\(name)",
            #"{"stream_name":"\#(stream)","config":{"durable_name":"\#(name)",\#(config)}}"#)
    }

    func consumerInfo(_ stream: String, _ name: String) async throws -> OrderedJSON {
        try await api("CONSUMER.INFO.\(stream).\(name)")
    }

    /// Pulls `count` messages from a pull consumer and acknowledges those `ack` selects;
    /// returns how many were left unacknowledged.
    @discardableResult
    func pullAndAck(
        _ stream: String, _ consumer: String, count: Int, ack: (UInt64) -> Bool
    ) async throws -> Int {
        let inbox = connection.newInbox()
        let subscription = try connection.subscribe(inbox)
        try connection.publish(
            "$JS.API.CONSUMER.MSG.NEXT.\(stream).\(consumer)",
            payload: Data(#"{"batch":\#(count),"expires":10000000000}"#.utf8), reply: inbox)
        var received = 0
        var unacknowledged = 0
        for try await message in subscription {
            guard message.status == nil, let reply = message.reply else { continue }
            let sequence = UInt64(reply.split(separator: ".")[5]) ?? 0
            if ack(sequence) {
                try connection.publish(reply, payload: Data("+ACK".utf8))
            } else {
                unacknowledged += 1
            }
            received += 1
            if received == count { break }
        }
        try await connection.flush()
        return unacknowledged
    }

    /// Every message of the stream in order, through an ephemeral pull consumer.
    func readAll(_ stream: String, expected: Int) async throws -> [StoredMessage] {
        let name = "reader\(UInt32.random(in: 0...UInt32.max))"
        _ = try await api(
            "CONSUMER.CREATE.\(stream).\(name)",
            #"{"stream_name":"\#(stream)","config":{"name":"\#(name)","ack_policy":"none","inactive_threshold":60000000000,"mem_storage":true}}"#
        )
        let inbox = connection.newInbox()
        let subscription = try connection.subscribe(inbox)
        var iterator = subscription.makeAsyncIterator()
        var result: [StoredMessage] = []
        result.reserveCapacity(expected)
        while result.count < expected {
            let batch = min(10_000, expected - result.count)
            try connection.publish(
                "$JS.API.CONSUMER.MSG.NEXT.\(stream).\(name)",
                payload: Data(#"{"batch":\#(batch),"expires":20000000000}"#.utf8), reply: inbox)
            var got = 0
            while got < batch, let message = try await iterator.next() {
                guard message.status == nil, let reply = message.reply else {
                    if message.status == 408 || message.status == 404 { break }
                    continue
                }
                let sequence = UInt64(reply.split(separator: ".")[5]) ?? 0
                let headers = (message.headers.map { Array($0) } ?? []).map {
                    "\($0.name): \($0.value)"
                }
                result.append(
                    StoredMessage(
                        sequence: sequence, subject: message.subject, headers: headers,
                        payload: message.payload))
                got += 1
            }
            if got == 0 { break }
        }
        _ = try? await api("CONSUMER.DELETE.\(stream).\(name)")
        return result
    }
}

/// Polls `condition` every 20 ms until it holds, for at most `timeout`.
func waitUntil(
    _ what: String, timeout: Duration = .seconds(60), _ condition: () async throws -> Bool
) async throws {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    throw BackupError.io("timed out waiting until \(what)")
}

extension StreamFixture {
    /// Every stream's name and the state fields a failed operation must not change.
    func serverSnapshot() async throws -> [String: String] {
        let names = try await api("STREAM.NAMES", #"{"offset":0}"#)
        var result: [String: String] = [:]
        guard case .array(let streams)? = names["streams"] else { return result }
        for case .string(let name) in streams {
            let state = try await self.state(name)
            let fields = ["messages", "bytes", "first_seq", "last_seq", "consumer_count"].map {
                "\($0)=\(state[$0]?.unsignedValue ?? 0)"
            }
            result[name] = fields.joined(separator: " ")
        }
        return result
    }

    /// A small file stream with one consumer, for the error cases.
    func buildSmallStream(_ name: String = "SMALL", count: Int = 2000) async throws {
        try await createStream(name)
        try await publish(
            name,
            (0..<count).map {
                (
                    "\(name.lowercased()).\($0 % 4)", nil,
                    Data(pseudoRandomBytes($0 % 300, seed: UInt64($0)))
                )
            })
        try await createConsumer(name, "C", #""ack_policy":"explicit""#)
    }
}
