/// Encodes and decodes the `NATS/1.0` header block of HPUB/HMSG.
enum HeaderCodec {
    private static let version: StaticString = "NATS/1.0"

    /// The encoded size of `headers`, after checking that names and values are legal.
    /// - Throws: `NATSError.protocolError` for an empty name, a name with `:`, a space or a
    ///   control character, or a value with CR or LF.
    static func encodedSize(of headers: Headers) throws(NATSError) -> Int {
        var size = version.utf8CodeUnitCount + 2 + 2
        if let status = headers.status {
            guard (100...999).contains(status) else {
                throw .protocolError("header status \(status) is not a 3-digit code")
            }
            size += 4
            if let text = headers.statusDescription, !text.isEmpty {
                try checkValue(text, of: "status description")
                size += 1 + text.utf8.count
            }
        }
        for field in headers.fields {
            try checkName(field.name)
            try checkValue(field.value, of: field.name)
            size += field.name.utf8.count + 2 + field.value.utf8.count + 2
        }
        return size
    }

    /// Appends the header block (as checked by `encodedSize(of:)`).
    static func encode(_ headers: Headers, into buffer: inout ByteBuffer) {
        buffer.append(version)
        if let status = headers.status {
            buffer.append(UInt8(ascii: " "))
            buffer.appendDecimal(status)
            if let text = headers.statusDescription, !text.isEmpty {
                buffer.append(UInt8(ascii: " "))
                buffer.append(text)
            }
        }
        buffer.append("\r\n")
        for field in headers.fields {
            buffer.append(field.name)
            buffer.append(": ")
            buffer.append(field.value)
            buffer.append("\r\n")
        }
        buffer.append("\r\n")
    }

    private static func checkName(_ name: String) throws(NATSError) {
        guard !name.isEmpty else { throw .protocolError("empty header name") }
        for byte in name.utf8 where byte <= 32 || byte >= 127 || byte == UInt8(ascii: ":") {
            throw .protocolError(
                "invalid header name \"\(escapedSnippet(Array(name.utf8)))\"")
        }
    }

    private static func checkValue(_ value: String, of name: String) throws(NATSError) {
        for byte in value.utf8 where byte == 13 || byte == 10 {
            throw .protocolError("header \(name) has a line break in its value")
        }
    }

    /// Decodes a header block. Deliberately lenient: another client's malformed header must not
    /// cost us the connection, so unreadable lines are skipped rather than reported.
    static func decode(_ bytes: UnsafeRawBufferPointer) -> Headers {
        var headers = Headers()
        var lines = LineIterator(bytes: bytes)
        guard let first = lines.next() else { return headers }
        let prefix = version.utf8CodeUnitCount
        if first.count >= prefix,
            first.starts(with: UnsafeRawBufferPointer(start: version.utf8Start, count: prefix))
        {
            let rest = trimmed(first, from: prefix)
            if rest.count >= 3, let code = Int(String(decoding: rest.prefix(3), as: UTF8.self)) {
                headers.status = code
                let text = trimmed(rest, from: 3)
                if !text.isEmpty {
                    headers.statusDescription = String(decoding: text, as: UTF8.self)
                }
            }
        }
        while let line = lines.next(), !line.isEmpty {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex
            else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self)
            let value = trimmed(line, from: colon + 1 - line.startIndex)
            headers.append(name, String(decoding: value, as: UTF8.self))
        }
        return headers
    }

    private static func trimmed(_ bytes: Slice<UnsafeRawBufferPointer>, from offset: Int)
        -> Slice<UnsafeRawBufferPointer>
    {
        var start = bytes.startIndex + offset
        var end = bytes.endIndex
        while start < end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
        while end > start, bytes[end - 1] == 32 || bytes[end - 1] == 9 { end -= 1 }
        return bytes[start..<end]
    }
}

/// Splits bytes into lines ending in `\n` (a preceding `\r` is dropped).
private struct LineIterator {
    let bytes: UnsafeRawBufferPointer
    var position = 0

    mutating func next() -> Slice<UnsafeRawBufferPointer>? {
        guard position < bytes.count else { return nil }
        var end = position
        while end < bytes.count, bytes[end] != 10 { end += 1 }
        let next = min(end + 1, bytes.count)
        if end > position, bytes[end - 1] == 13 { end -= 1 }
        defer { position = next }
        return bytes[position..<end]
    }
}

/// Up to `limit` bytes of `bytes`, printable, with `\r`, `\n`, `\t` and other bytes escaped,
/// for error messages about bad input.
func escapedSnippet<C: Collection>(_ bytes: C, limit: Int = 40) -> String where C.Element == UInt8 {
    var text = ""
    for byte in bytes.prefix(limit) {
        switch byte {
        case 13: text += "\\r"
        case 10: text += "\\n"
        case 9: text += "\\t"
        case 34: text += "\\\""
        case 92: text += "\\\\"
        case 32..<127: text.unicodeScalars.append(Unicode.Scalar(byte))
        default:
            let hex = String(byte, radix: 16)
            text += "\\x" + (hex.count == 1 ? "0" + hex : hex)
        }
    }
    if bytes.count > limit { text += "…" }
    return text
}
