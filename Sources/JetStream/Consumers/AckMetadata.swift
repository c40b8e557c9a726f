import FoundationEssentials

/// What the `$JS.ACK…` reply subject of a delivered message tells: where it is in the stream
/// and consumer, how often it was delivered, and how many are left.
///
/// Two forms exist: `$JS.ACK.<stream>.<consumer>.<delivered>.<sseq>.<cseq>.<ts>.<pending>`
/// (9 tokens) and `$JS.ACK.<domain>.<account hash>.<stream>.<consumer>.<delivered>.<sseq>.
/// <cseq>.<ts>.<pending>[.<more>]` (11 or more tokens).
public struct AckMetadata: Sendable, Hashable {
    /// The JetStream domain; `nil` when none (`_` in the subject) or in the 9-token form.
    public var domain: String?
    /// The account hash of the 11-token form.
    public var accountHash: String?
    /// The stream.
    public var stream: String
    /// The consumer.
    public var consumer: String
    /// How many times this message has been delivered (1 the first time).
    public var delivered: UInt64
    /// The message's stream sequence.
    public var streamSequence: UInt64
    /// The message's consumer sequence.
    public var consumerSequence: UInt64
    /// When the message was stored.
    public var timestamp: Date
    /// When the message was stored, in nanoseconds since 1970 (exact; `timestamp` is rounded
    /// to what a `Date` holds).
    public var timestampNanoseconds: UInt64
    /// Messages left for the consumer after this one.
    public var pending: UInt64

    /// Parses an acknowledgement subject.
    /// - Throws: ``JetStreamError/invalidAckSubject(_:)`` when the subject does not start
    ///   with `$JS.ACK`, has 10 or fewer than 9 tokens, or a number is malformed.
    public init(ackSubject subject: String) throws(JetStreamError) {
        let tokens = subject.split(separator: ".", omittingEmptySubsequences: false)
        guard tokens.count >= 9, tokens.count != 10, tokens[0] == "$JS", tokens[1] == "ACK"
        else { throw .invalidAckSubject(subject) }
        let start: Int
        if tokens.count == 9 {
            start = 2
        } else {
            start = 4
            domain = tokens[2] == "_" || tokens[2].isEmpty ? nil : String(tokens[2])
            accountHash = String(tokens[3])
        }
        func number(_ index: Int) throws(JetStreamError) -> UInt64 {
            guard let value = UInt64(tokens[start + index]) else {
                throw .invalidAckSubject(subject)
            }
            return value
        }
        stream = String(tokens[start])
        consumer = String(tokens[start + 1])
        delivered = try number(2)
        streamSequence = try number(3)
        consumerSequence = try number(4)
        let nanoseconds = try number(5)
        timestampNanoseconds = nanoseconds
        timestamp = Date(
            timeIntervalSince1970: Double(nanoseconds / 1_000_000_000)
                + Double(nanoseconds % 1_000_000_000) / 1e9)
        pending = try number(6)
        guard !stream.isEmpty, !consumer.isEmpty else { throw .invalidAckSubject(subject) }
    }
}
