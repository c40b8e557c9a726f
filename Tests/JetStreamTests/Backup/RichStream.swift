import Foundation
import NATSClient
import TestSupport

@testable import JetStream

/// The stream every round-trip test backs up: 100 000 messages of mixed sizes (most under
/// 100 bytes, every tenth up to 1 KiB, every 250th up to 16 KiB), headers on every third (some
/// multi-valued), 149 interior deletes, and two durable consumers with acknowledgements.
enum RichStream {
    static let name = "RICH"
    static let count = 100_000
    static let deleted: Set<UInt64> = Set(
        stride(from: UInt64(1009), to: UInt64(count), by: 1009)
    ).union(50_000..<50_050)
    static let consumers = ["PULL", "FILTERED"]

    /// The message published as sequence `index + 1`.
    static func message(_ index: Int) -> (subject: String, headers: Headers?, payload: Data) {
        let size: Int
        if index % 250 == 0 {
            size = 4096 + (index * 37) % 12_288
        } else if index % 10 == 0 {
            size = 256 + (index * 13) % 768
        } else {
            size = (index * 7) % 97
        }
        var headers: Headers?
        if index % 3 == 0 {
            var block = Headers([("X-Index", String(index))])
            if index % 7 == 0 {
                block.append("X-Multi", "a")
                block.append("X-Multi", "b \(index)")
            }
            headers = block
        }
        return ("rich.\(index % 5).m", headers, Data(pseudoRandomBytes(size, seed: UInt64(index))))
    }

    /// What reading the stream back must give, in order.
    static func expected() -> [StoredMessage] {
        (0..<count).compactMap { index in
            let sequence = UInt64(index + 1)
            guard !deleted.contains(sequence) else { return nil }
            let (subject, headers, payload) = message(index)
            let lines = (headers.map { Array($0) } ?? []).map { "\($0.name): \($0.value)" }
            return StoredMessage(
                sequence: sequence, subject: subject, headers: lines, payload: payload)
        }
    }

    static var remaining: Int { count - deleted.count }

    /// Creates and fills the stream on `fixture`'s server.
    static func build(on fixture: StreamFixture) async throws {
        try await fixture.createStream(name)
        try await fixture.publish(name, (0..<count).map(message))
        for sequence in deleted.sorted() {
            try await fixture.deleteMessage(name, sequence: sequence)
        }
        try await fixture.createConsumer(
            name, "PULL", #""ack_policy":"explicit","max_ack_pending":5000"#)
        let unacknowledged = try await fixture.pullAndAck(name, "PULL", count: 2000) { sequence in
            sequence <= 1500 || sequence % 2 == 0
        }
        try await fixture.createConsumer(
            name, "FILTERED", #""ack_policy":"all","filter_subject":"rich.1.m""#)
        try await fixture.pullAndAck(name, "FILTERED", count: 500) { sequence in
            sequence == 1997
        }
        try await waitUntil("acks are processed") {
            let pull = try await fixture.consumerInfo(name, "PULL")
            let filtered = try await fixture.consumerInfo(name, "FILTERED")
            return pull["num_ack_pending"]?.unsignedValue == UInt64(unacknowledged)
                && filtered["ack_floor"]?["stream_seq"]?.unsignedValue == 1997
        }
    }

    /// The parts of a consumer's info a restore must keep.
    static func consumerSummary(_ info: OrderedJSON) -> [String: String] {
        var summary: [String: String] = [:]
        summary["config"] = String(
            decoding: (info["config"] ?? .null).compactBytes(), as: UTF8.self)
        for key in ["ack_floor", "delivered"] {
            for field in ["consumer_seq", "stream_seq"] {
                summary["\(key).\(field)"] = info[key]?[field]?.unsignedValue.map(String.init)
            }
        }
        for key in ["num_ack_pending", "num_pending", "num_redelivered"] {
            summary[key] = info[key]?.unsignedValue.map(String.init)
        }
        return summary
    }
}
