import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The server-to-client protocol as a pure, resumable state machine: bytes in, `ServerOp`s out.
///
/// Feed it whatever each read returned; partial control lines and payloads are carried over to
/// the next call. It does no I/O and takes no locks. After an error it stays failed.
struct ProtocolParser {
    /// The longest control line accepted (the server's `MAX_CONTROL_LINE_SIZE`).
    static let maxControlLine = 4096
    /// INFO lines carry cluster URLs and can be much longer than other control lines.
    static let maxInfoLine = 1 << 20
    /// The largest declared message size accepted; above this the stream is surely corrupt.
    var maxMessageSize = 64 << 20

    private struct PendingMessage {
        var sid: Int
        var subject: String
        var reply: String?
        var headerSize: Int?
        var totalSize: Int
    }

    private var pending: PendingMessage?
    private var partialLine: [UInt8] = []
    private var partialPayload: [UInt8] = []
    private var failure: NATSError?

    init() {}

    /// Parses `input`, calling `emit` for each complete operation in order.
    /// - Throws: `NATSError.protocolError` quoting the offending bytes; the parser is then
    ///   unusable and the connection must be dropped.
    /// `observeLine`, when given, sees every control line (without `\r\n`), for tracing.
    mutating func parse(
        _ input: UnsafeRawBufferPointer,
        observeLine: ((UnsafeRawBufferPointer) -> Void)? = nil,
        _ emit: (ServerOp) -> Void
    ) throws(NATSError) {
        if let failure { throw failure }
        do {
            try parseChecked(input, observeLine, emit)
        } catch {
            failure = error
            throw error
        }
    }

    private mutating func parseChecked(
        _ input: UnsafeRawBufferPointer, _ observeLine: ((UnsafeRawBufferPointer) -> Void)?,
        _ emit: (ServerOp) -> Void
    ) throws(NATSError) {
        guard let base = input.baseAddress else { return }
        let end = input.count
        var position = 0
        while position < end {
            if let message = pending {
                let frameSize = message.totalSize + 2
                if partialPayload.isEmpty && end - position >= frameSize {
                    // The whole payload is in this read: build the message straight from it.
                    let frame = UnsafeRawBufferPointer(start: base + position, count: frameSize)
                    emit(try finish(message, frame: frame))
                    position += frameSize
                } else {
                    let take = min(frameSize - partialPayload.count, end - position)
                    if partialPayload.isEmpty { partialPayload.reserveCapacity(frameSize) }
                    partialPayload.append(
                        contentsOf: UnsafeRawBufferPointer(start: base + position, count: take))
                    position += take
                    if partialPayload.count == frameSize {
                        let frame = partialPayload
                        partialPayload = []
                        let op = try frame.withUnsafeBytes { bytes in
                            Result { () throws(NATSError) in try finish(message, frame: bytes) }
                        }.get()
                        emit(op)
                    }
                }
                continue
            }
            let remaining = end - position
            guard let found = memchr(base + position, 10, remaining) else {
                partialLine.append(
                    contentsOf: UnsafeRawBufferPointer(start: base + position, count: remaining))
                try checkLineLength(partialLine)
                return
            }
            let lineEnd = base.distance(to: UnsafeRawPointer(found))
            let line = UnsafeRawBufferPointer(start: base + position, count: lineEnd - position)
            position = lineEnd + 1
            if partialLine.isEmpty {
                try checkLineLength(line)
                observeLine?(line)
                if let op = try controlLine(line) { emit(op) }
            } else {
                var whole: [UInt8] = []
                swap(&whole, &partialLine)
                whole.append(contentsOf: line)
                try checkLineLength(whole)
                let op = try whole.withUnsafeBytes { bytes in
                    observeLine?(bytes)
                    return Result { () throws(NATSError) in try controlLine(bytes) }
                }.get()
                if let op { emit(op) }
            }
        }
    }

    private func checkLineLength<C: Collection>(_ line: C) throws(NATSError)
    where C.Element == UInt8 {
        guard line.count > Self.maxControlLine else { return }
        let isInfo =
            line.count >= 4
            && zip(line.prefix(4), "info".utf8).allSatisfy { asciiLower($0) == $1 }
        if isInfo && line.count <= Self.maxInfoLine { return }
        throw .protocolError(
            "control line longer than \(isInfo ? Self.maxInfoLine : Self.maxControlLine) bytes: "
                + "\"\(escapedSnippet(line))\"")
    }

    /// Interprets one control line (without its `\n`). MSG/HMSG set `pending` and return nil.
    private mutating func controlLine(_ raw: UnsafeRawBufferPointer) throws(NATSError) -> ServerOp?
    {
        var line = raw[...]
        if line.last == 13 { line = line.dropLast() }
        var arguments = ArgumentSplitter(line)
        guard let name = arguments.next() else {
            throw .protocolError("empty control line")
        }
        switch opCode(name) {
        case .msg:
            pending = try messageHeader(&arguments, withHeaders: false, line: raw)
            return nil
        case .hmsg:
            pending = try messageHeader(&arguments, withHeaders: true, line: raw)
            return nil
        case .ping:
            return .ping
        case .pong:
            return .pong
        case .ok:
            return .ok
        case .err:
            let text = String(decoding: arguments.rest().trimmingQuotesAndSpaces, as: UTF8.self)
            return .err(text)
        case .info:
            let json = arguments.rest()
            do {
                return .info(try JSONDecoder().decode(ServerInfo.self, from: Data(json)))
            } catch {
                throw .protocolError("unreadable INFO: \"\(escapedSnippet(json))\"")
            }
        case nil:
            throw .protocolError("unknown protocol operation: \"\(escapedSnippet(raw))\"")
        }
    }

    private func messageHeader(
        _ arguments: inout ArgumentSplitter, withHeaders: Bool, line: UnsafeRawBufferPointer
    ) throws(NATSError) -> PendingMessage {
        var parts: [Slice<UnsafeRawBufferPointer>] = []
        parts.reserveCapacity(5)
        while let part = arguments.next() {
            parts.append(part)
            if parts.count > 5 { break }
        }
        let op = withHeaders ? "HMSG" : "MSG"
        let sizeCount = withHeaders ? 2 : 1
        guard parts.count == 2 + sizeCount || parts.count == 3 + sizeCount else {
            throw .protocolError("malformed \(op) arguments: \"\(escapedSnippet(line))\"")
        }
        guard let sid = parseCount(parts[1]),
            let total = parseCount(parts[parts.count - 1]), total <= maxMessageSize
        else {
            throw .protocolError("malformed \(op) arguments: \"\(escapedSnippet(line))\"")
        }
        var headerSize: Int?
        if withHeaders {
            guard let size = parseCount(parts[parts.count - 2]), size <= total,
                size >= 2
            else {
                throw .protocolError("malformed HMSG sizes: \"\(escapedSnippet(line))\"")
            }
            headerSize = size
        }
        let hasReply = parts.count == 3 + sizeCount
        return PendingMessage(
            sid: sid,
            subject: String(decoding: parts[0], as: UTF8.self),
            reply: hasReply ? String(decoding: parts[2], as: UTF8.self) : nil,
            headerSize: headerSize, totalSize: total)
    }

    /// Builds the message from `frame`: payload plus its trailing `\r\n`.
    private mutating func finish(
        _ message: PendingMessage, frame: UnsafeRawBufferPointer
    ) throws(NATSError) -> ServerOp {
        pending = nil
        let total = message.totalSize
        guard frame[total] == 13, frame[total + 1] == 10 else {
            throw .protocolError(
                "message payload not followed by \\r\\n: \"\(escapedSnippet(frame.suffix(2)))\"")
        }
        var headers: Headers?
        var payloadStart = 0
        if let headerSize = message.headerSize {
            headers = HeaderCodec.decode(UnsafeRawBufferPointer(rebasing: frame[..<headerSize]))
            payloadStart = headerSize
        }
        let payload =
            total == payloadStart
            ? Data() : Data(UnsafeRawBufferPointer(rebasing: frame[payloadStart..<total]))
        return .msg(
            sid: message.sid,
            Message(
                subject: message.subject, reply: message.reply, headers: headers, payload: payload))
    }
}

private enum OpCode {
    case msg, hmsg, ping, pong, ok, err, info
}

/// Matches an operation name case-insensitively.
private func opCode(_ name: Slice<UnsafeRawBufferPointer>) -> OpCode? {
    func matches(_ word: StaticString) -> Bool {
        guard name.count == word.utf8CodeUnitCount else { return false }
        var index = name.startIndex
        for offset in 0..<word.utf8CodeUnitCount {
            if asciiLower(name[index]) != asciiLower(word.utf8Start[offset]) { return false }
            index += 1
        }
        return true
    }
    switch name.count {
    case 3: return matches("MSG") ? .msg : matches("+OK") ? .ok : nil
    case 4:
        if matches("HMSG") { return .hmsg }
        if matches("PING") { return .ping }
        if matches("PONG") { return .pong }
        if matches("-ERR") { return .err }
        if matches("INFO") { return .info }
        return nil
    default: return nil
    }
}

/// A decimal count: digits only, no sign, no overflow.
private func parseCount(_ digits: Slice<UnsafeRawBufferPointer>) -> Int? {
    guard !digits.isEmpty, digits.count <= 18 else { return nil }
    var value = 0
    for byte in digits {
        guard byte >= 48 && byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
    }
    return value
}

/// Splits a control line on runs of spaces and tabs.
private struct ArgumentSplitter {
    private let line: Slice<UnsafeRawBufferPointer>
    private var position: Int

    init(_ line: Slice<UnsafeRawBufferPointer>) {
        self.line = line
        position = line.startIndex
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 }

    mutating func next() -> Slice<UnsafeRawBufferPointer>? {
        while position < line.endIndex, Self.isBlank(line[position]) { position += 1 }
        guard position < line.endIndex else { return nil }
        let start = position
        while position < line.endIndex, !Self.isBlank(line[position]) { position += 1 }
        return line[start..<position]
    }

    /// Everything after the current position, leading blanks skipped.
    mutating func rest() -> Slice<UnsafeRawBufferPointer> {
        while position < line.endIndex, Self.isBlank(line[position]) { position += 1 }
        defer { position = line.endIndex }
        return line[position..<line.endIndex]
    }
}

extension Slice where Base == UnsafeRawBufferPointer {
    /// Without surrounding spaces and single quotes, as `-ERR 'text'` carries its text.
    fileprivate var trimmingQuotesAndSpaces: Slice<UnsafeRawBufferPointer> {
        var start = startIndex
        var end = endIndex
        let strip: (UInt8) -> Bool = { $0 == 32 || $0 == 9 || $0 == 39 }
        while start < end, strip(self[start]) { start += 1 }
        while end > start, strip(self[end - 1]) { end -= 1 }
        return self[start..<end]
    }
}
