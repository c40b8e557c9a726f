import FoundationEssentials
import NATSClient

/// Expectations and ids a JetStream publish carries as headers.
public struct PublishOptions: Sendable, Equatable {
    /// `Nats-Msg-Id`: the server drops repeats within the stream's duplicate window.
    public var messageID: String?
    /// `Nats-Expected-Stream`: refuse unless this stream stores the message (10060).
    public var expectedStream: String?
    /// `Nats-Expected-Last-Sequence`: refuse unless the stream's last sequence is this (10071).
    public var expectedLastSequence: UInt64?
    /// `Nats-Expected-Last-Subject-Sequence`: refuse unless the subject's last sequence is
    /// this; 0 means no message on the subject yet (10071).
    public var expectedLastSubjectSequence: UInt64?
    /// `Nats-Expected-Last-Msg-Id`: refuse unless the last message id is this (10070).
    public var expectedLastMessageID: String?
    /// Other headers to send with the message.
    public var headers: Headers?

    /// Options; none set by default.
    public init(
        messageID: String? = nil, expectedStream: String? = nil,
        expectedLastSequence: UInt64? = nil, expectedLastSubjectSequence: UInt64? = nil,
        expectedLastMessageID: String? = nil, headers: Headers? = nil
    ) {
        self.messageID = messageID
        self.expectedStream = expectedStream
        self.expectedLastSequence = expectedLastSequence
        self.expectedLastSubjectSequence = expectedLastSubjectSequence
        self.expectedLastMessageID = expectedLastMessageID
        self.headers = headers
    }

    /// The headers to send: `headers` plus one per expectation that is set.
    public var allHeaders: Headers? {
        var all = headers ?? Headers()
        if let messageID { all.set("Nats-Msg-Id", messageID) }
        if let expectedStream { all.set("Nats-Expected-Stream", expectedStream) }
        if let expectedLastSequence {
            all.set("Nats-Expected-Last-Sequence", String(expectedLastSequence))
        }
        if let expectedLastSubjectSequence {
            all.set("Nats-Expected-Last-Subject-Sequence", String(expectedLastSubjectSequence))
        }
        if let expectedLastMessageID { all.set("Nats-Expected-Last-Msg-Id", expectedLastMessageID) }
        return all.isEmpty ? nil : all
    }
}

extension JetStreamManager {
    /// Publishes a message into a stream and waits for its acknowledgement.
    /// - Throws: ``JetStreamError/noStreamForSubject(_:)`` when no stream stores the subject;
    ///   ``APIError`` when the stream refuses it (10060 wrong stream, 10071 wrong last
    ///   sequence, 10054 too large, …); `NATSError` (`.invalidSubject`, `.timeout`,
    ///   `.maxPayloadExceeded`) from the connection.
    public func publish(
        _ subject: String, payload: Data = Data(), options: PublishOptions = PublishOptions(),
        timeout: Duration? = nil
    ) async throws -> PubAck {
        let reply: Message
        do {
            reply = try await connection.request(
                subject, payload: payload, headers: options.allHeaders,
                timeout: timeout ?? self.timeout)
        } catch {
            if case .noResponders = error { throw JetStreamError.noStreamForSubject(subject) }
            throw error
        }
        if reply.status == 503 { throw JetStreamError.noStreamForSubject(subject) }
        return try decodeReply(reply.payload, from: subject, as: PubAck.self)
    }
}
