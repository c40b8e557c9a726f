import FoundationEssentials

/// Encoders of the client-to-server operations, straight into a `ByteBuffer`.
extension ByteBuffer {
    /// `PUB <subject> [reply] <size>\r\n<payload>\r\n`
    mutating func appendPub(
        subject: UnsafeRawBufferPointer, reply: UnsafeRawBufferPointer?,
        payload: UnsafeRawBufferPointer
    ) {
        reserve(subject.count + (reply?.count ?? 0) + payload.count + 32)
        append("PUB ")
        append(subject)
        if let reply {
            append(UInt8(ascii: " "))
            append(reply)
        }
        append(UInt8(ascii: " "))
        appendDecimal(payload.count)
        append("\r\n")
        append(payload)
        append("\r\n")
    }

    /// `HPUB <subject> [reply] <header size> <total size>\r\n<headers><payload>\r\n`
    mutating func appendHPub(
        subject: UnsafeRawBufferPointer, reply: UnsafeRawBufferPointer?, headers: Headers,
        headerSize: Int, payload: UnsafeRawBufferPointer
    ) {
        reserve(subject.count + (reply?.count ?? 0) + headerSize + payload.count + 48)
        append("HPUB ")
        append(subject)
        if let reply {
            append(UInt8(ascii: " "))
            append(reply)
        }
        append(UInt8(ascii: " "))
        appendDecimal(headerSize)
        append(UInt8(ascii: " "))
        appendDecimal(headerSize + payload.count)
        append("\r\n")
        HeaderCodec.encode(headers, into: &self)
        append(payload)
        append("\r\n")
    }

    /// `SUB <subject> [queue] <sid>\r\n`
    mutating func appendSub(subject: String, queue: String?, sid: Int) {
        append("SUB ")
        append(subject)
        if let queue {
            append(UInt8(ascii: " "))
            append(queue)
        }
        append(UInt8(ascii: " "))
        appendDecimal(sid)
        append("\r\n")
    }

    /// `UNSUB <sid> [max]\r\n`
    mutating func appendUnsub(sid: Int, max: Int?) {
        append("UNSUB ")
        appendDecimal(sid)
        if let max {
            append(UInt8(ascii: " "))
            appendDecimal(max)
        }
        append("\r\n")
    }
}

/// The control line of a client operation, for tracing.
enum ClientOpLine {
    static func pub(subject: String, reply: String?, headerSize: Int?, payloadSize: Int) -> String {
        var line = headerSize == nil ? "PUB " : "HPUB "
        line += subject
        if let reply { line += " " + reply }
        if let headerSize {
            line += " \(headerSize) \(headerSize + payloadSize)"
        } else {
            line += " \(payloadSize)"
        }
        return line
    }

    static func sub(subject: String, queue: String?, sid: Int) -> String {
        "SUB \(subject)" + (queue.map { " " + $0 } ?? "") + " \(sid)"
    }

    static func unsub(sid: Int, max: Int?) -> String {
        "UNSUB \(sid)" + (max.map { " \($0)" } ?? "")
    }
}

/// Calls `body` with the UTF-8 bytes of `text` without copying a native string.
@inline(__always) func withUTF8Bytes<R>(
    _ text: String, _ body: (UnsafeRawBufferPointer) throws(NATSError) -> R
) throws(NATSError) -> R {
    let result = text.utf8.withContiguousStorageIfAvailable { buffer in
        Result { () throws(NATSError) in try body(UnsafeRawBufferPointer(buffer)) }
    }
    if let result { return try result.get() }
    var copy = text
    return try copy.withUTF8 { buffer in
        Result { () throws(NATSError) in try body(UnsafeRawBufferPointer(buffer)) }
    }.get()
}

/// Checks a subject or queue name: not empty, no whitespace or control characters.
/// - Throws: `NATSError.invalidSubject`.
@inline(__always) func validateToken(_ bytes: UnsafeRawBufferPointer, _ text: String)
    throws(NATSError)
{
    if bytes.isEmpty { throw .invalidSubject(text) }
    for byte in bytes where byte <= 32 || byte == 127 { throw .invalidSubject(text) }
}

/// Checks a subscription subject: a valid token list, `>` only last, no empty tokens.
/// - Throws: `NATSError.invalidSubject`.
func validateSubscriptionSubject(_ subject: String) throws(NATSError) {
    let tokens = subject.split(separator: ".", omittingEmptySubsequences: false)
    for (index, token) in tokens.enumerated() {
        if token.isEmpty { throw .invalidSubject(subject) }
        if token == ">" && index != tokens.count - 1 { throw .invalidSubject(subject) }
        for byte in token.utf8 where byte <= 32 || byte == 127 {
            throw .invalidSubject(subject)
        }
    }
}
