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
    /// (32 KiB, as nats.go: measured here, larger writes let the server fall behind sooner.)
    static let writeThreshold = 32 * 1024
    /// Publishers wait for the writing thread when the buffer holds this much.
    static let highWater = 4 * 1024 * 1024
    /// The most that is kept while disconnected.
    static let reconnectBufferLimit = 8 * 1024 * 1024
    // Times are monotonic nanoseconds (`monotonicNanos()`): cheaper than `ContinuousClock`
    // values on the publish path.

    /// A write this recent means publishers are busy: the flusher then lets buffered bytes
    /// wait up to `maxDelay` for more to join them, instead of sending each few on their own.
    static let burstWindow = 200_000
    /// How often the flusher checks on a burst: it writes when publishers have stopped
    /// appending, as long as they keep going it leaves the writing to them.
    static let maxDelay = 200_000
    /// The longest buffered bytes wait, even while publishers keep appending.
    static let maxAge = 1_000_000
    /// A connection that has not written for this long is quiet: a publish is sent at once.
    static let idleGap = 50_000

    /// The lock's conditions: the flusher's, and the one for threads waiting for a write.
    private static let flusherCondition = 0
    private static let writeDoneCondition = 1

    private struct PongSlot {
        var id: Int
        var continuation: PongContinuation?
        var timer: Int?
    }

    /// Everything the lock protects. It lives behind a pointer: the hot path then pays no
    /// dynamic exclusivity checks, which class properties would cost on every publish.
    private struct State: ~Copyable {
        var buffer = ByteBuffer(capacity: 64 * 1024)
        var spare = ByteBuffer(capacity: 64 * 1024)
        var socket: Socket?
        var writing = false
        var flusherIdle = false
        /// Something asked to be written at once while another thread was writing.
        var urgent = false
        /// When the last write finished; a recent one means a burst is under way.
        var lastWrite = monotonicNanos()
        /// When the buffer last went from empty to not empty.
        var pendingSince = monotonicNanos()
        /// The flusher checks back on a timer during a burst; publishers need not wake it.
        var flusherPolling = false
        /// Threads waiting in `waitForWriter` or `close`.
        var writeWaiters = 0
        /// Counts appends, so that the flusher can tell whether publishers are still busy.
        var appends = 0
        var closedReason: NATSError?
        var maxPayload = 1_048_576
        var pongs: [PongSlot] = []
        var nextPongID = 0
        var pingsInBuffer = 0
    }

    private let lock = ConditionLock(conditions: 2)
    private let state: UnsafeMutablePointer<State>
    /// Called (outside the lock) when a write fails, with the socket that failed.
    private let onWriteFailure: @Sendable (Socket) -> Void

    init(onWriteFailure: @escaping @Sendable (Socket) -> Void) {
        self.onWriteFailure = onWriteFailure
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        startThread(name: "nats-writer") { [self] in flusherLoop() }
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    // MARK: appending

    /// Encodes a PUB without headers: the hot path.
    /// - Throws: `NATSError.invalidSubject`, `.maxPayloadExceeded`, `.connectionClosed`.
    func publish(subject: String, reply: String?, payload: Data, flushNow: Bool) throws(NATSError) {
        let error: NATSError? = withRawUTF8(subject) { subjectBytes in
            guard isValidToken(subjectBytes) else { return .invalidSubject(subject) }
            guard let reply else {
                return appendPub(subjectBytes, nil, payload, flushNow)
            }
            return withRawUTF8(reply) { replyBytes in
                guard isValidToken(replyBytes) else { return .invalidSubject(reply) }
                return appendPub(subjectBytes, replyBytes, payload, flushNow)
            }
        }
        if let error { throw error }
    }

    @inline(__always) private func appendPub(
        _ subject: UnsafeRawBufferPointer, _ reply: UnsafeRawBufferPointer?, _ payload: Data,
        _ flushNow: Bool
    ) -> NATSError? {
        let size = payload.count
        lock.lock()
        if let error = admit(size) {
            lock.unlock()
            return error
        }
        let wasEmpty = state.pointee.buffer.isEmpty
        payload.withUnsafeBytes { payloadBytes in
            state.pointee.buffer.appendPub(subject: subject, reply: reply, payload: payloadBytes)
        }
        afterAppend(wasEmpty: wasEmpty, flushNow: flushNow)
        lock.unlock()
        return nil
    }

    /// Encodes an HPUB.
    /// - Throws: `NATSError.invalidSubject`, `.maxPayloadExceeded`, `.protocolError` (bad header),
    ///   `.connectionClosed`.
    func publish(
        subject: String, reply: String?, headers: Headers, payload: Data, flushNow: Bool
    ) throws(NATSError) {
        let headerSize = try HeaderCodec.encodedSize(of: headers)
        let error: NATSError? = withRawUTF8(subject) { subjectBytes in
            guard isValidToken(subjectBytes) else { return .invalidSubject(subject) }
            guard let reply else {
                return appendHPub(subjectBytes, nil, headers, headerSize, payload, flushNow)
            }
            return withRawUTF8(reply) { replyBytes in
                guard isValidToken(replyBytes) else { return .invalidSubject(reply) }
                return appendHPub(subjectBytes, replyBytes, headers, headerSize, payload, flushNow)
            }
        }
        if let error { throw error }
    }

    private func appendHPub(
        _ subject: UnsafeRawBufferPointer, _ reply: UnsafeRawBufferPointer?, _ headers: Headers,
        _ headerSize: Int, _ payload: Data, _ flushNow: Bool
    ) -> NATSError? {
        lock.lock()
        if let error = admit(headerSize + payload.count) {
            lock.unlock()
            return error
        }
        let wasEmpty = state.pointee.buffer.isEmpty
        payload.withUnsafeBytes { payloadBytes in
            state.pointee.buffer.appendHPub(
                subject: subject, reply: reply, headers: headers, headerSize: headerSize,
                payload: payloadBytes)
        }
        afterAppend(wasEmpty: wasEmpty, flushNow: flushNow)
        lock.unlock()
        return nil
    }

    /// Appends another operation (SUB, UNSUB, PONG...).
    /// - Throws: `NATSError.connectionClosed` after `close`.
    func send(flushNow: Bool, _ encode: (inout ByteBuffer) -> Void) throws(NATSError) {
        lock.lock()
        if let error = admit(0) {
            lock.unlock()
            throw error
        }
        let wasEmpty = state.pointee.buffer.isEmpty
        encode(&state.pointee.buffer)
        afterAppend(wasEmpty: wasEmpty, flushNow: flushNow)
        lock.unlock()
    }

    /// Appends a PING whose PONG resumes `continuation` (nil for a keep-alive ping).
    /// Returns the id to cancel the wait with.
    /// - Throws: `NATSError.connectionClosed` after `close`.
    func ping(_ continuation: PongContinuation?) throws(NATSError) -> Int {
        lock.lock()
        if let error = admit(0) {
            lock.unlock()
            throw error
        }
        let wasEmpty = state.pointee.buffer.isEmpty
        state.pointee.buffer.append("PING\r\n")
        state.pointee.pingsInBuffer += 1
        state.pointee.nextPongID += 1
        let id = state.pointee.nextPongID
        state.pointee.pongs.append(PongSlot(id: id, continuation: continuation))
        afterAppend(wasEmpty: wasEmpty, flushNow: true)
        lock.unlock()
        return id
    }

    /// With the lock held: the error that forbids appending `size` more bytes, if any; waits
    /// while the buffer is over the high-water mark and another thread is writing.
    @inline(__always) private func admit(_ size: Int) -> NATSError? {
        let s = state
        if let closedReason = s.pointee.closedReason { return closedReason }
        if size > s.pointee.maxPayload {
            return .maxPayloadExceeded(size: size, max: s.pointee.maxPayload)
        }
        if s.pointee.buffer.count >= Self.highWater { waitForWriter() }
        if s.pointee.socket == nil && s.pointee.buffer.count + size > Self.reconnectBufferLimit {
            return .connectionClosed(
                reason: "disconnected, and the reconnect buffer of "
                    + "\(formatBytes(Self.reconnectBufferLimit)) is full")
        }
        return s.pointee.closedReason
    }

    private func waitForWriter() {
        let s = state
        while s.pointee.buffer.count >= Self.highWater && s.pointee.writing
            && s.pointee.socket != nil && s.pointee.closedReason == nil
        {
            s.pointee.writeWaiters += 1
            lock.wait(Self.writeDoneCondition)
            s.pointee.writeWaiters -= 1
        }
    }

    /// With the lock held: writes now, or wakes the flusher, as the buffer warrants.
    @inline(__always) private func afterAppend(wasEmpty: Bool, flushNow: Bool) {
        let s = state
        s.pointee.appends &+= 1
        guard s.pointee.socket != nil else { return }
        var now = 0
        if wasEmpty {
            now = monotonicNanos()
            s.pointee.pendingSince = now
        }
        if !s.pointee.writing {
            if flushNow || s.pointee.buffer.count >= Self.writeThreshold {
                writeBuffer()
                return
            }
            // On a quiet connection, send at once rather than wake the flusher: that thread
            // hop would cost request/reply latency. In a burst, leave it to batching.
            if wasEmpty && !s.pointee.flusherPolling && now - s.pointee.lastWrite > Self.idleGap {
                writeBuffer()
                return
            }
        } else if flushNow {
            s.pointee.urgent = true
        }
        if wasEmpty && s.pointee.flusherIdle { lock.signal(Self.flusherCondition) }
    }

    /// With the lock held, `socket` set and nobody writing: writes the buffer, releasing the
    /// lock meanwhile so publishers can keep appending to the other buffer.
    private func writeBuffer() {
        let s = state
        guard let socket = s.pointee.socket else { return }
        s.pointee.writing = true
        s.pointee.urgent = false
        s.pointee.buffer.swap(with: &s.pointee.spare)
        s.pointee.pingsInBuffer = 0
        lock.unlock()
        let ok = socket.writeAll(s.pointee.spare.bytes)
        let now = monotonicNanos()
        lock.lock()
        s.pointee.lastWrite = now
        s.pointee.spare.removeAll()
        s.pointee.spare.shrink(to: 64 * 1024)
        s.pointee.writing = false
        if !ok && s.pointee.socket === socket { s.pointee.socket = nil }
        if s.pointee.writeWaiters > 0 { lock.broadcast(Self.writeDoneCondition) }
        if !ok {
            lock.unlock()
            onWriteFailure(socket)
            lock.lock()
        } else if s.pointee.urgent && !s.pointee.buffer.isEmpty {
            writeBuffer()
        }
    }

    /// Writes what publishers leave behind. Outside bursts it sleeps until woken; during a
    /// burst it checks back every `maxDelay` instead, so that publishers never pay for waking it.
    private func flusherLoop() {
        let s = state
        lock.lock()
        var appendsSeen = -1
        while s.pointee.closedReason == nil
            || (!s.pointee.buffer.isEmpty && s.pointee.socket != nil)
        {
            let now = monotonicNanos()
            let bursting = now - s.pointee.lastWrite < Self.burstWindow
            if s.pointee.socket != nil && !s.pointee.writing && !s.pointee.buffer.isEmpty {
                let stalled = s.pointee.appends == appendsSeen
                let old = now - s.pointee.pendingSince >= Self.maxAge
                appendsSeen = s.pointee.appends
                if s.pointee.urgent || s.pointee.closedReason != nil || !bursting || stalled
                    || old
                {
                    writeBuffer()
                } else {
                    s.pointee.flusherPolling = true
                    lock.wait(nanoseconds: Self.maxDelay, Self.flusherCondition)
                }
            } else if s.pointee.flusherPolling && (s.pointee.writing || bursting) {
                lock.wait(nanoseconds: Self.maxDelay, Self.flusherCondition)
            } else {
                s.pointee.flusherPolling = false
                s.pointee.flusherIdle = true
                lock.wait(Self.flusherCondition)
                s.pointee.flusherIdle = false
            }
        }
        s.pointee.flusherPolling = false
        lock.unlock()
    }

    // MARK: PONGs

    /// The waiter of the oldest outstanding PING (nil for keep-alive pings and cancelled waits).
    func popPong() -> PongContinuation? {
        let slot = lock.withLock {
            state.pointee.pongs.isEmpty ? nil : state.pointee.pongs.removeFirst()
        }
        if let timer = slot?.timer { DeadlineTimer.shared.cancel(timer) }
        return slot?.continuation
    }

    /// Remembers the timeout of ping `id`, to cancel it when the PONG comes.
    func setPongTimer(id: Int, timer: Int) {
        let answered = lock.withLock {
            guard let index = state.pointee.pongs.firstIndex(where: { $0.id == id }) else {
                return true
            }
            state.pointee.pongs[index].timer = timer
            return false
        }
        if answered { DeadlineTimer.shared.cancel(timer) }
    }

    /// Stops waiting for the PONG of ping `id`; returns its waiter if it was still waiting.
    func cancelPong(id: Int) -> PongContinuation? {
        lock.withLock {
            guard let index = state.pointee.pongs.firstIndex(where: { $0.id == id }) else {
                return nil
            }
            defer { state.pointee.pongs[index].continuation = nil }
            return state.pointee.pongs[index].continuation
        }
    }

    // MARK: connection changes

    /// Sets the server's `max_payload`.
    func setMaxPayload(_ value: Int) {
        lock.withLock { state.pointee.maxPayload = value }
    }

    /// The socket is gone; keep buffering for the next one.
    func detach() {
        lock.withLock { state.pointee.socket = nil }
    }

    /// Starts writing to a new socket. Returns the waiters of PINGs that were lost with the old
    /// socket (those already written); PINGs still buffered will be answered by the new server.
    func attach(_ newSocket: Socket, maxPayload: Int) -> [PongContinuation] {
        lock.withLock {
            let s = state
            let lost = max(0, s.pointee.pongs.count - s.pointee.pingsInBuffer)
            let dropped = s.pointee.pongs.prefix(lost).compactMap(\.continuation)
            s.pointee.pongs.removeFirst(lost)
            s.pointee.maxPayload = maxPayload
            if s.pointee.closedReason == nil {
                s.pointee.socket = newSocket
                if !s.pointee.buffer.isEmpty && s.pointee.flusherIdle {
                    lock.signal(Self.flusherCondition)
                }
            }
            return dropped
        }
    }

    /// Closes for good: tries to write what is buffered until `deadline`, then fails every
    /// later call with `reason`. Returns the flush waiters still waiting.
    func close(reason: NATSError, drainUntil deadline: ContinuousClock.Instant?)
        -> [PongContinuation]
    {
        let s = state
        lock.lock()
        defer { lock.unlock() }
        if let deadline {
            while s.pointee.socket != nil && (s.pointee.writing || !s.pointee.buffer.isEmpty)
                && ContinuousClock.now < deadline
            {
                if !s.pointee.writing {
                    writeBuffer()
                } else {
                    s.pointee.writeWaiters += 1
                    lock.wait(until: deadline, Self.writeDoneCondition)
                    s.pointee.writeWaiters -= 1
                }
            }
        }
        if s.pointee.closedReason == nil { s.pointee.closedReason = reason }
        s.pointee.socket = nil
        s.pointee.buffer.removeAll()
        let waiters = s.pointee.pongs.compactMap(\.continuation)
        s.pointee.pongs.removeAll()
        lock.broadcast(Self.flusherCondition)
        lock.broadcast(Self.writeDoneCondition)
        return waiters
    }

    /// The error every operation now fails with, if closed.
    var closedError: NATSError? { lock.withLock { state.pointee.closedReason } }
}

/// A subject, reply or queue name must not be empty or contain whitespace or control bytes.
/// Checks eight bytes at a time: this runs on every publish.
@inline(__always) func isValidToken(_ bytes: UnsafeRawBufferPointer) -> Bool {
    let count = bytes.count
    guard let base = bytes.baseAddress, count > 0 else { return false }
    if count < 4 {
        for offset in 0..<count {
            let byte = base.load(fromByteOffset: offset, as: UInt8.self)
            if byte <= 32 || byte == 127 { return false }
        }
        return true
    }
    if count < 8 {
        // Two overlapping 4-byte loads make one word of 8 subject bytes.
        let low = UInt64(base.loadUnaligned(as: UInt32.self))
        let high = UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
        return isPrintableWord(low | high << 32)
    }
    var offset = 0
    while offset + 8 <= count {
        if !isPrintableWord(base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) {
            return false
        }
        offset += 8
    }
    // The last eight bytes, overlapping what is already checked.
    return offset == count
        || isPrintableWord(base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
}

/// Whether no byte of `word` is a control character, a space or DEL (bytes 0x00–0x20, 0x7F).
@inline(__always) private func isPrintableWord(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // Some byte is below 0x21 (space, tab, CR, LF, other controls) ...
    if (word &- ones &* 0x21) & ~word & highs != 0 { return false }
    // ... or is DEL (0x7F).
    let delta = word ^ (ones &* 0x7F)
    return (delta &- ones) & ~delta & highs == 0
}

/// Calls `body` with the UTF-8 bytes of `text` (without copying a native string).
@inline(__always) func withRawUTF8<R>(_ text: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable({
        body(UnsafeRawBufferPointer($0))
    }) {
        return result
    }
    var copy = text
    copy.makeContiguousUTF8()
    return copy.utf8.withContiguousStorageIfAvailable { body(UnsafeRawBufferPointer($0)) }!
}
