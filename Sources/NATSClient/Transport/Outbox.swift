import FoundationEssentials

/// What a `flush()` caller waits on: the PONG that answers its PING.
typealias PongContinuation = CheckedContinuation<Result<Void, NATSError>, Never>

/// The locked write buffer of a connection and the thread that drains it.
///
/// Publishers append encoded operations under the lock. Bytes leave in large writes: the
/// publisher itself writes once the buffer passes `writeThreshold` (so a fast publisher never
/// needs another thread), and the flusher thread writes whatever is left when publishing pauses.
/// While disconnected, the buffer keeps everything (up to `reconnectBufferLimit`) for the next
/// server.
final class Outbox: @unchecked Sendable {
    /// A publisher writes the buffer itself once it holds this much.
    static let writeThreshold = 64 * 1024
    /// Publishers wait for the writing thread when the buffer holds this much.
    static let highWater = 4 * 1024 * 1024
    /// The most that is kept while disconnected.
    static let reconnectBufferLimit = 8 * 1024 * 1024

    private struct PongSlot {
        var id: Int
        var continuation: PongContinuation?
    }

    private let lock = ConditionLock()
    private var buffer = ByteBuffer(capacity: 64 * 1024)
    private var spare = ByteBuffer(capacity: 64 * 1024)
    private var socket: Socket?
    private var writing = false
    private var flusherIdle = false
    private var closedReason: NATSError?
    private var maxPayload = 1_048_576
    private var pongs: [PongSlot] = []
    private var nextPongID = 0
    private var pingsInBuffer = 0
    /// Called (outside the lock) when a write fails, with the socket that failed.
    private let onWriteFailure: @Sendable (Socket) -> Void

    init(onWriteFailure: @escaping @Sendable (Socket) -> Void) {
        self.onWriteFailure = onWriteFailure
        startThread(name: "nats-writer") { [self] in flusherLoop() }
    }

    // MARK: appending

    /// Encodes a PUB or HPUB.
    /// - Throws: `NATSError.invalidSubject`, `.maxPayloadExceeded`, `.protocolError` (bad header),
    ///   `.connectionClosed`.
    func publish(
        subject: String, reply: String?, headers: Headers?, payload: Data, flushNow: Bool
    ) throws(NATSError) {
        let headerSize = try headers.map { headers throws(NATSError) in
            try HeaderCodec.encodedSize(of: headers)
        }
        try withUTF8Bytes(subject) { subjectBytes throws(NATSError) in
            try validateToken(subjectBytes, subject)
            if let reply {
                try withUTF8Bytes(reply) { replyBytes throws(NATSError) in
                    try validateToken(replyBytes, reply)
                    try append(
                        subjectBytes, replyBytes, headers, headerSize, payload, flushNow: flushNow)
                }
            } else {
                try append(subjectBytes, nil, headers, headerSize, payload, flushNow: flushNow)
            }
        }
    }

    private func append(
        _ subject: UnsafeRawBufferPointer, _ reply: UnsafeRawBufferPointer?, _ headers: Headers?,
        _ headerSize: Int?, _ payload: Data, flushNow: Bool
    ) throws(NATSError) {
        let size = payload.count + (headerSize ?? 0)
        lock.lock()
        if size > maxPayload {
            let max = maxPayload
            lock.unlock()
            throw .maxPayloadExceeded(size: size, max: max)
        }
        if let error = try admit(size) {
            lock.unlock()
            throw error
        }
        let wasEmpty = buffer.isEmpty
        payload.withUnsafeBytes { payloadBytes in
            if let headers, let headerSize {
                buffer.appendHPub(
                    subject: subject, reply: reply, headers: headers, headerSize: headerSize,
                    payload: payloadBytes)
            } else {
                buffer.appendPub(subject: subject, reply: reply, payload: payloadBytes)
            }
        }
        afterAppend(wasEmpty: wasEmpty, flushNow: flushNow)
        lock.unlock()
    }

    /// Appends another operation (SUB, UNSUB, PONG, CONNECT...).
    /// - Throws: `NATSError.connectionClosed` after `close`.
    func send(flushNow: Bool, _ encode: (inout ByteBuffer) -> Void) throws(NATSError) {
        lock.lock()
        defer { lock.unlock() }
        if let error = try admit(0) { throw error }
        let wasEmpty = buffer.isEmpty
        encode(&buffer)
        afterAppend(wasEmpty: wasEmpty, flushNow: flushNow)
    }

    /// Appends a PING whose PONG resumes `continuation` (nil for a keep-alive ping).
    /// Returns the id to cancel the wait with.
    /// - Throws: `NATSError.connectionClosed` after `close`.
    func ping(_ continuation: PongContinuation?) throws(NATSError) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let error = try admit(0) { throw error }
        let wasEmpty = buffer.isEmpty
        buffer.append("PING\r\n")
        pingsInBuffer += 1
        nextPongID += 1
        pongs.append(PongSlot(id: nextPongID, continuation: continuation))
        afterAppend(wasEmpty: wasEmpty, flushNow: true)
        return nextPongID
    }

    /// With the lock held: the error that forbids appending `size` more bytes, if any; waits
    /// while the buffer is over the high-water mark and another thread is writing.
    private func admit(_ size: Int) throws(NATSError) -> NATSError? {
        if let closedReason { return closedReason }
        while buffer.count >= Self.highWater && writing && socket != nil && closedReason == nil {
            lock.wait()
        }
        if let closedReason { return closedReason }
        if socket == nil && buffer.count + size > Self.reconnectBufferLimit {
            return .connectionClosed(
                reason: "disconnected, and the reconnect buffer of "
                    + "\(formatBytes(Self.reconnectBufferLimit)) is full")
        }
        return nil
    }

    /// With the lock held: writes now, or wakes the flusher, as the buffer warrants.
    @inline(__always) private func afterAppend(wasEmpty: Bool, flushNow: Bool) {
        guard socket != nil else { return }
        if !writing && (flushNow || buffer.count >= Self.writeThreshold) {
            writeBuffer()
        } else if wasEmpty && flusherIdle {
            lock.signal()
        }
    }

    /// With the lock held, `socket` set and nobody writing: writes the buffer, releasing the
    /// lock meanwhile so publishers can keep appending to the other buffer.
    private func writeBuffer() {
        guard let socket else { return }
        writing = true
        buffer.swap(with: &spare)
        pingsInBuffer = 0
        lock.unlock()
        let ok = socket.writeAll(spare.bytes)
        lock.lock()
        spare.removeAll()
        spare.shrink(to: 64 * 1024)
        writing = false
        if !ok && self.socket === socket { self.socket = nil }
        lock.broadcast()
        if !ok {
            lock.unlock()
            onWriteFailure(socket)
            lock.lock()
        }
    }

    private func flusherLoop() {
        lock.lock()
        while closedReason == nil || (!buffer.isEmpty && socket != nil) {
            if socket != nil && !writing && !buffer.isEmpty {
                writeBuffer()
            } else {
                flusherIdle = true
                lock.wait()
                flusherIdle = false
            }
        }
        lock.unlock()
    }

    // MARK: PONGs

    /// The waiter of the oldest outstanding PING (nil for keep-alive pings and cancelled waits).
    func popPong() -> PongContinuation? {
        lock.withLock { pongs.isEmpty ? nil : pongs.removeFirst().continuation }
    }

    /// Stops waiting for the PONG of ping `id`; returns its waiter if it was still waiting.
    func cancelPong(id: Int) -> PongContinuation? {
        lock.withLock {
            guard let index = pongs.firstIndex(where: { $0.id == id }) else { return nil }
            defer { pongs[index].continuation = nil }
            return pongs[index].continuation
        }
    }

    // MARK: connection changes

    /// Sets the server's `max_payload`.
    func setMaxPayload(_ value: Int) {
        lock.withLock { maxPayload = value }
    }

    /// The socket is gone; keep buffering for the next one.
    func detach() {
        lock.withLock { socket = nil }
    }

    /// Starts writing to a new socket. Returns the waiters of PINGs that were lost with the old
    /// socket (those already written); PINGs still buffered will be answered by the new server.
    func attach(_ newSocket: Socket, maxPayload: Int) -> [PongContinuation] {
        lock.lock()
        defer { lock.unlock() }
        let lost = pongs.count - pingsInBuffer
        let dropped = pongs.prefix(max(lost, 0)).compactMap(\.continuation)
        pongs.removeFirst(max(lost, 0))
        socket = newSocket
        self.maxPayload = maxPayload
        if !buffer.isEmpty && !writing {
            if flusherIdle { lock.signal() }
        }
        return dropped
    }

    /// Closes for good: tries to write what is buffered until `deadline`, then fails every
    /// later call with `reason`. Returns the flush waiters still waiting.
    func close(reason: NATSError, drainUntil deadline: ContinuousClock.Instant?)
        -> [PongContinuation]
    {
        lock.lock()
        defer { lock.unlock() }
        if let deadline {
            while socket != nil && (writing || !buffer.isEmpty) && ContinuousClock.now < deadline {
                if !writing {
                    writeBuffer()
                } else {
                    lock.wait(until: deadline)
                }
            }
        }
        if closedReason == nil { closedReason = reason }
        socket = nil
        buffer.removeAll()
        let waiters = pongs.compactMap(\.continuation)
        pongs.removeAll()
        lock.broadcast()
        return waiters
    }

    /// The error every operation now fails with, if closed.
    var closedError: NATSError? { lock.withLock { closedReason } }
}
