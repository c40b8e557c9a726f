import FoundationEssentials

extension JetStreamManager {
    /// The message at `sequence` in a stream (`STREAM.MSG.GET` with `seq`).
    /// - Throws: ``JetStreamError/invalidName(kind:name:reason:)`` before any request;
    ///   ``APIError`` 10037 when there is no such message, 10059 when the stream does not
    ///   exist; connection errors.
    public func message(_ stream: String, sequence: UInt64) async throws -> StoredMessage {
        try Validation.validateStreamName(stream)
        return try await getMessage(stream, MessageGetRequest(sequence: sequence))
    }

    /// The last message stored on `subject` (`STREAM.MSG.GET` with `last_by_subj`).
    /// - Throws: as ``message(_:sequence:)``, and ``JetStreamError/invalidSubject(subject:reason:)``.
    public func lastMessage(_ stream: String, subject: String) async throws -> StoredMessage {
        try Validation.validateStreamName(stream)
        try Validation.validateSubject(subject)
        return try await getMessage(stream, MessageGetRequest(lastBySubject: subject))
    }

    /// The first message on `subject` at or after `sequence` (`next_by_subj`).
    /// - Throws: as ``lastMessage(_:subject:)``.
    public func nextMessage(_ stream: String, subject: String, from sequence: UInt64 = 0)
        async throws -> StoredMessage
    {
        try Validation.validateStreamName(stream)
        try Validation.validateSubject(subject)
        return try await getMessage(
            stream,
            MessageGetRequest(sequence: sequence == 0 ? nil : sequence, nextBySubject: subject))
    }

    /// Deletes one message (`STREAM.MSG.DELETE`); `secure` overwrites its data on disk.
    /// - Throws: ``JetStreamError/invalidName(kind:name:reason:)`` before any request;
    ///   ``APIError`` e.g. 10059 stream not found, or a sequence-not-found error; connection
    ///   errors.
    public func deleteMessage(_ stream: String, sequence: UInt64, secure: Bool = false)
        async throws
    {
        try Validation.validateStreamName(stream)
        _ = try await request(
            subjects.messageDelete(stream),
            body: MessageDeleteRequest(sequence: sequence, noErase: secure ? nil : true),
            as: SuccessResponse.self)
    }

    private func getMessage(_ stream: String, _ body: MessageGetRequest) async throws
        -> StoredMessage
    {
        try await request(subjects.messageGet(stream), body: body, as: MessageGetResponse.self)
            .message
    }
}

struct MessageGetRequest: Encodable {
    var sequence: UInt64?
    var lastBySubject: String?
    var nextBySubject: String?

    enum CodingKeys: String, CodingKey {
        case sequence = "seq"
        case lastBySubject = "last_by_subj"
        case nextBySubject = "next_by_subj"
    }
}

struct MessageGetResponse: Decodable {
    var message: StoredMessage
}

struct MessageDeleteRequest: Encodable {
    var sequence: UInt64
    var noErase: Bool?

    enum CodingKeys: String, CodingKey {
        case sequence = "seq"
        case noErase = "no_erase"
    }
}
