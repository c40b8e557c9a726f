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
    /// The last subject seen: a stream of messages mostly repeats one, and reusing the string
    /// saves decoding (and, for long subjects, allocating) it again.
    private var lastSubject = ""

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
                    emit(.msg(try finish(message, frame: frame)))
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
                        try frame.withUnsafeBytes { bytes in
                            Result { () throws(NATSError) in
                                emit(.msg(try finish(message, frame: bytes)))
                            }
                        }.get()
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
        if let message = fastMessageHeader(raw) {
            pending = message
            return nil
        }
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

    private mutating func messageHeader(
        _ arguments: inout ArgumentSplitter, withHeaders: Bool, line: UnsafeRawBufferPointer
    ) throws(NATSError) -> PendingMessage {
        // At most five arguments; kept in locals, as an array would cost an allocation per message.
        let empty = line[0..<0]
        var parts = (empty, empty, empty, empty, empty)
        var count = 0
        while let part = arguments.next() {
            switch count {
            case 0: parts.0 = part
            case 1: parts.1 = part
            case 2: parts.2 = part
            case 3: parts.3 = part
            case 4: parts.4 = part
            default: break
            }
            count += 1
            if count > 5 { break }
        }
        let op = withHeaders ? "HMSG" : "MSG"
        let sizeCount = withHeaders ? 2 : 1
        let hasReply = count == 3 + sizeCount
        guard count == 2 + sizeCount || hasReply else {
            throw .protocolError("malformed \(op) arguments: \"\(escapedSnippet(line))\"")
        }
        let last = count == 3 ? parts.2 : count == 4 ? parts.3 : parts.4
        guard let sid = parseCount(parts.1), let total = parseCount(last), total <= maxMessageSize
        else {
            throw .protocolError("malformed \(op) arguments: \"\(escapedSnippet(line))\"")
        }
        var headerSize: Int?
        if withHeaders {
            let field = hasReply ? parts.3 : parts.2
            guard let size = parseCount(field), size <= total, size >= 2 else {
                throw .protocolError("malformed HMSG sizes: \"\(escapedSnippet(line))\"")
            }
            headerSize = size
        }
        return PendingMessage(
            sid: sid,
            subject: cachedString(parts.0, &lastSubject),
            reply: hasReply ? String(decoding: parts.2, as: UTF8.self) : nil,
            headerSize: headerSize, totalSize: total)
    }

    /// The common `MSG <subject> <sid> [reply] <size>` line as servers write it (upper case,
    /// single spaces), in one pass; nil for anything else, which the general path then handles.
    private mutating func fastMessageHeader(_ line: UnsafeRawBufferPointer) -> PendingMessage? {
        guard let base = line.baseAddress, line.count > 9,
            base.loadUnaligned(as: UInt32.self) == 0x2047_534D  // "MSG "
        else { return nil }
        var end = line.count
        if line[end - 1] == 13 { end -= 1 }
        // Up to four fields after "MSG ", each ended by a single space or the end of the line.
        var starts = (0, 0, 0, 0)
        var ends = (0, 0, 0, 0)
        var fields = 0
        var position = 4
        while position < end {
            let start = position
            while position < end && line[position] != 32 {
                if line[position] == 9 { return nil }
                position += 1
            }
            if position == start || fields == 4 { return nil }
            switch fields {
            case 0: (starts.0, ends.0) = (start, position)
            case 1: (starts.1, ends.1) = (start, position)
            case 2: (starts.2, ends.2) = (start, position)
            default: (starts.3, ends.3) = (start, position)
            }
            fields += 1
            position += 1
        }
        guard fields == 3 || fields == 4, line[end - 1] != 32,
            let sid = parseCount(line[starts.1..<ends.1])
        else { return nil }
        let sizeField = fields == 3 ? line[starts.2..<ends.2] : line[starts.3..<ends.3]
        guard let total = parseCount(sizeField), total <= maxMessageSize else { return nil }
        return PendingMessage(
            sid: sid, subject: cachedString(line[starts.0..<ends.0], &lastSubject),
            reply: fields == 4 ? String(decoding: line[starts.2..<ends.2], as: UTF8.self) : nil,
            headerSize: nil, totalSize: total)
    }

    /// The message in `frame` (its bytes plus the trailing `\r\n`), borrowing the bytes.
    private mutating func finish(
        _ message: PendingMessage, frame: UnsafeRawBufferPointer
    ) throws(NATSError) -> MessageFrame {
        pending = nil
        let total = message.totalSize
        guard frame[total] == 13, frame[total + 1] == 10 else {
            throw .protocolError(
                "message payload not followed by \\r\\n: \"\(escapedSnippet(frame.suffix(2)))\"")
        }
        return MessageFrame(
            sid: message.sid, subject: message.subject, reply: message.reply,
            headerSize: message.headerSize,
            bytes: UnsafeRawBufferPointer(rebasing: frame[..<total]))
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

/// `bytes` as a string, reusing `cache` when it holds the same bytes.
private func cachedString(_ bytes: Slice<UnsafeRawBufferPointer>, _ cache: inout String) -> String {
    let same = cache.utf8.withContiguousStorageIfAvailable { cached in
        cached.count == bytes.count
            && (bytes.isEmpty
                || memcmp(
                    cached.baseAddress!, bytes.base.baseAddress! + bytes.startIndex, bytes.count)
                    == 0)
    }
    if same == true { return cache }
    cache = String(decoding: bytes, as: UTF8.self)
    return cache
}
