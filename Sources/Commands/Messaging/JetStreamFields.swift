import JetStream

/// What `sub --stream` and `consumer next` show of a message's place in its stream, read from
/// its `$JS.ACK` reply subject: stream, sequences, deliveries, messages still pending, and when
/// it was stored.
struct JetStreamFields: Sendable, Hashable {
    var stream: String
    var sequence: UInt64
    var pending: UInt64
    var consumer: String
    var consumerSequence: UInt64
    var delivered: UInt64
    var storedSeconds: Int64
    var storedNanoseconds: Int64

    /// The fields of a delivered message; `nil` when it carries no JetStream metadata.
    init?(_ message: JetStreamMessage) {
        guard let metadata = message.metadata else { return nil }
        stream = metadata.stream
        sequence = metadata.streamSequence
        pending = metadata.pending
        consumer = metadata.consumer
        consumerSequence = metadata.consumerSequence
        delivered = metadata.delivered
        storedSeconds = Int64(metadata.timestampNanoseconds / 1_000_000_000)
        storedNanoseconds = Int64(metadata.timestampNanoseconds % 1_000_000_000)
    }

    /// The stored time in RFC 3339 (UTC, with nanoseconds).
    var time: String {
        Timestamps.rfc3339(seconds: storedSeconds, nanoseconds: storedNanoseconds)
    }

    /// `Received JetStream message: stream: S seq: N / pending: P / subject: X / time: T`,
    /// the `nats` CLI's line (the time to the second, UTC).
    func receivedLine(subject: String) -> String {
        "Received JetStream message: stream: \(stream) seq: \(sequence) / pending: \(pending) "
            + "/ subject: \(subject) / time: \(Timestamps.rfc3339(seconds: storedSeconds))"
    }
}
