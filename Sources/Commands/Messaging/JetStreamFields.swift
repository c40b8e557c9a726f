import JetStream

/// What `sub --stream` shows of a message's place in its stream, read from its `$JS.ACK`
/// reply subject: stream, stream sequence, messages still pending, and when it was stored.
struct JetStreamFields: Sendable, Hashable {
    var stream: String
    var sequence: UInt64
    var pending: UInt64
    var storedSeconds: Int64
    var storedNanoseconds: Int64

    /// The fields of a delivered message; `nil` when it carries no JetStream metadata.
    init?(_ message: JetStreamMessage) {
        guard let metadata = message.metadata else { return nil }
        stream = metadata.stream
        sequence = metadata.streamSequence
        pending = metadata.pending
        // The reply subject holds the exact nanoseconds; `metadata.timestamp` is a Double.
        let tokens = (message.message.reply ?? "").split(
            separator: ".", omittingEmptySubsequences: false)
        let index = tokens.count == 9 ? 7 : 9
        if index < tokens.count, let nanoseconds = Int64(tokens[index]) {
            storedSeconds = nanoseconds / 1_000_000_000
            storedNanoseconds = nanoseconds % 1_000_000_000
        } else {
            let interval = metadata.timestamp.timeIntervalSince1970
            storedSeconds = Int64(interval.rounded(.down))
            storedNanoseconds = Int64((interval - Double(storedSeconds)) * 1e9)
        }
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
