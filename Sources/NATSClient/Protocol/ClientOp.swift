import FoundationEssentials

/// Encoders of the client-to-server operations, straight into a `ByteBuffer`.
extension ByteBuffer {
    /// `PUB <subject> [reply] <size>\r\n<payload>\r\n`
    mutating func appendPub(
        subject: UnsafeRawBufferPointer, reply: UnsafeRawBufferPointer?,
        payload: UnsafeRawBufferPointer
    ) {
        // Written with direct stores: the pieces are mostly a few bytes long, where a call to
        // memcpy per piece would cost more than the copying.
        let replyCount = reply?.count ?? 0
        reserve(subject.count + replyCount + payload.count + 32)
        writeTail { start in
            var p = start
            p.storeBytes(of: 0x2042_5550, as: UInt32.self)  // "PUB "
            p += 4
            p = copyBytes(subject, to: p)
            if let reply {
                p.storeBytes(of: 0x20, as: UInt8.self)
                p = copyBytes(reply, to: p + 1)
            }
            p.storeBytes(of: 0x20, as: UInt8.self)
            p = writeDecimal(payload.count, to: p + 1)
            p.storeBytes(of: 0x0A0D, as: UInt16.self)  // "\r\n"
            p = copyBytes(payload, to: p + 2)
            p.storeBytes(of: 0x0A0D, as: UInt16.self)
            return p + 2 - start
        }
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

/// Copies `bytes` to `destination` and returns the pointer just past them.
@inline(__always) func copyBytes(
    _ bytes: UnsafeRawBufferPointer, to destination: UnsafeMutableRawPointer
) -> UnsafeMutableRawPointer {
    let count = bytes.count
    guard let source = bytes.baseAddress else { return destination }
    if count > 64 {
        destination.copyMemory(from: source, byteCount: count)
    } else if count >= 8 {
        var offset = 0
        while offset + 8 <= count {
            destination.storeBytes(
                of: source.loadUnaligned(fromByteOffset: offset, as: UInt64.self),
                toByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        // The last eight bytes, overlapping what is already copied.
        destination.storeBytes(
            of: source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self),
            toByteOffset: count - 8, as: UInt64.self)
    } else {
        for offset in 0..<count {
            destination.storeBytes(
                of: source.load(fromByteOffset: offset, as: UInt8.self), toByteOffset: offset,
                as: UInt8.self)
        }
    }
    return destination + count
}

/// Writes a non-negative integer in decimal and returns the pointer just past it.
@inline(__always) func writeDecimal(_ value: Int, to destination: UnsafeMutableRawPointer)
    -> UnsafeMutableRawPointer
{
    if value < 10 {
        destination.storeBytes(of: UInt8(48 + value), as: UInt8.self)
        return destination + 1
    }
    // Payload sizes are mostly below 10,000: constant divisions, no digit-counting loop.
    if value < 10_000 {
        let digits = value < 100 ? 2 : value < 1000 ? 3 : 4
        var rest = value
        for position in stride(from: digits - 1, through: 0, by: -1) {
            destination.storeBytes(
                of: UInt8(48 + rest % 10), toByteOffset: position, as: UInt8.self)
            rest /= 10
        }
        return destination + digits
    }
    var digits = 0
    var rest = value
    while rest > 0 {
        digits += 1
        rest /= 10
    }
    rest = value
    var position = digits - 1
    while rest > 0 {
        destination.storeBytes(of: UInt8(48 + rest % 10), toByteOffset: position, as: UInt8.self)
        rest /= 10
        position -= 1
    }
    return destination + digits
}
