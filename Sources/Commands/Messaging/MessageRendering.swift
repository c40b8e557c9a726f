import FoundationEssentials
import NATSClient

/// How received messages are printed by `sub`, `request` and `reply`.
struct MessageRendering: Sendable {
    enum Mode: Sendable {
        /// `[#N] Received on "subj"`, headers, body (the `nats` CLI's format).
        case full
        /// The body only, one message per line.
        case raw
        /// The `Received` line and the headers.
        case headersOnly
        /// The `Received` line only.
        case subjectsOnly
        /// One JSON object per line.
        case jsonLines
    }

    var mode: Mode
    var timestamps = false

    /// The text for one message, ending in a newline. A message from a stream (`jetStream`)
    /// shows its stream, sequence, pending count and stored time instead of the reply subject.
    func render(
        _ message: Message, number: Int, received: (seconds: Int64, nanoseconds: Int64),
        jetStream: JetStreamFields? = nil
    ) -> String {
        switch mode {
        case .raw:
            return String(decoding: message.payload, as: UTF8.self) + "\n"
        case .jsonLines:
            return Self.jsonLine(message, received: received, jetStream: jetStream)
        case .full, .headersOnly, .subjectsOnly:
            var text: String
            if let jetStream {
                text = "[#\(number)] " + jetStream.receivedLine(subject: message.subject)
            } else {
                text = "[#\(number)] Received on \"\(message.subject)\""
                if let reply = message.reply { text += " with reply \"\(reply)\"" }
            }
            if timestamps {
                text +=
                    " @ "
                    + Timestamps.clock(seconds: received.seconds, nanoseconds: received.nanoseconds)
            }
            text += "\n"
            if mode == .subjectsOnly { return text }
            text += Self.headerLines(message.headers)
            if mode == .headersOnly { return text + "\n" }
            if message.headers.map({ !$0.isEmpty || $0.status != nil }) == true { text += "\n" }
            text +=
                message.payload.isEmpty
                ? "nil body" : String(decoding: message.payload, as: UTF8.self)
            return text + "\n\n"
        }
    }

    /// `Key: value` lines for the headers (and the status line when there is one).
    static func headerLines(_ headers: Headers?) -> String {
        guard let headers else { return "" }
        var text = ""
        if let status = headers.status {
            text += "Status: \(status)" + (headers.statusDescription.map { " \($0)" } ?? "") + "\n"
        }
        for (name, value) in headers { text += "\(name): \(value)\n" }
        return text
    }

    /// The JSON Lines record of a message: subject, reply, headers, data (UTF-8 text, or base64
    /// with `"encoding": "base64"`), size and the time it was received; for a message from a
    /// stream also `stream`, `seq`, `time` (when it was stored), `pending`, `consumer`,
    /// `consumer_seq` and `delivered`; `ack` says how `consumer next` settled it.
    static func jsonLine(
        _ message: Message, received: (seconds: Int64, nanoseconds: Int64),
        jetStream: JetStreamFields? = nil, acknowledgement: String? = nil
    ) -> String {
        var record = MessageRecord(
            subject: message.subject, reply: message.reply, headers: nil, data: "",
            encoding: nil, size: message.payload.count,
            received: Timestamps.rfc3339(
                seconds: received.seconds, nanoseconds: received.nanoseconds))
        if let headers = message.headers, !headers.isEmpty {
            var grouped: [String: [String]] = [:]
            for (name, value) in headers { grouped[name, default: []].append(value) }
            record.headers = grouped
        }
        if let jetStream {
            record.stream = jetStream.stream
            record.seq = jetStream.sequence
            record.time = jetStream.time
            record.pending = jetStream.pending
            record.consumer = jetStream.consumer
            record.consumerSequence = jetStream.consumerSequence
            record.delivered = jetStream.delivered
        }
        record.acknowledgement = acknowledgement
        if let text = String(validating: message.payload, as: UTF8.self) {
            record.data = text
        } else {
            record.data = message.payload.base64EncodedString()
            record.encoding = "base64"
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(record)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return json + "\n"
    }
}

/// One message as a JSON Lines record (`sub --json`).
struct MessageRecord: Codable, Sendable {
    var subject: String
    var reply: String?
    var headers: [String: [String]]?
    var data: String
    var encoding: String?
    var size: Int
    var received: String
    var stream: String?
    var seq: UInt64?
    var time: String?
    var pending: UInt64?
    var consumer: String?
    var consumerSequence: UInt64?
    var delivered: UInt64?
    var acknowledgement: String?

    enum CodingKeys: String, CodingKey {
        case subject, reply, headers, data, encoding, size, received, stream, seq, time, pending
        case consumer, delivered
        case consumerSequence = "consumer_seq"
        case acknowledgement = "ack"
    }
}
