import FoundationEssentials
import NATSClient

/// A message delivered by a consumer, with its metadata and the acknowledgements.
public struct JetStreamMessage: Sendable {
    /// The message as received (stream subject, headers, payload, ack reply subject).
    public let message: Message
    /// The metadata of the ack subject; `nil` when the message has no `$JS.ACK` reply
    /// (consumers with `ack_policy: none` still have one).
    public let metadata: AckMetadata?
    let connection: Connection

    /// Wraps a delivered message.
    public init(message: Message, connection: Connection) {
        self.message = message
        self.connection = connection
        metadata = message.reply.flatMap { try? AckMetadata(ackSubject: $0) }
    }

    /// The subject the message was stored under.
    public var subject: String { message.subject }
    /// The payload.
    public var payload: Data { message.payload }
    /// The headers, if any.
    public var headers: Headers? { message.headers }

    /// Acknowledges the message (`+ACK`).
    /// - Throws: ``JetStreamError/invalidAckSubject(_:)`` when the message has no reply
    ///   subject; `NATSError` when the connection is closed.
    public func ack() throws { try send(Data("+ACK".utf8)) }

    /// Asks for redelivery (`-NAK`), after `delay` when given (`-NAK {"delay": ns}`).
    /// - Throws: as ``ack()``.
    public func nak(delay: Duration? = nil) throws {
        guard let delay else { return try send(Data("-NAK".utf8)) }
        try send(Data("-NAK {\"delay\":\(delay.nanosecondCount)}".utf8))
    }

    /// Says the message is still being worked on (`+WPI`), resetting the ack wait timer.
    /// - Throws: as ``ack()``.
    public func inProgress() throws { try send(Data("+WPI".utf8)) }

    /// Stops redelivery for good (`+TERM`), with an optional reason for the advisory.
    /// - Throws: as ``ack()``.
    public func term(reason: String? = nil) throws {
        let text = reason.map { "+TERM \($0)" } ?? "+TERM"
        try send(Data(text.utf8))
    }

    /// Acknowledges and waits until the server confirms it has processed the ack.
    /// - Throws: as ``ack()``, and `NATSError.timeout` when no confirmation comes in time.
    public func ackSync(timeout: Duration = .seconds(5)) async throws {
        guard let reply = message.reply else { throw JetStreamError.invalidAckSubject("") }
        _ = try await connection.request(reply, payload: Data("+ACK".utf8), timeout: timeout)
    }

    private func send(_ payload: Data) throws {
        guard let reply = message.reply else { throw JetStreamError.invalidAckSubject("") }
        try connection.publish(reply, payload: payload)
    }
}
