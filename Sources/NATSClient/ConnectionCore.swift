import FoundationEssentials
import Synchronization

/// The machinery behind a `Connection`: its state, the connection thread (connect, read,
/// reconnect), the outbox, the subscriptions and the request mux.
final class ConnectionCore: Sendable {
    enum Phase: Sendable, Equatable {
        case connecting, connected, reconnecting, closed
    }

    struct State: ~Copyable {
        var phase = Phase.connecting
        var info: ServerInfo?
        var server: ServerAddress?
        var pool: [ServerAddress] = []
        var socket: Socket?
        /// Why we shut the socket ourselves (stale connection, fatal -ERR), for the event.
        var dropReason: String?
        /// A fatal `-ERR` that closes the connection for good once the socket is gone.
        var fatalError: String?
        var pingsOutstanding = 0
        var sinks: [Int: AsyncStream<ConnectionEvent>.Continuation] = [:]
        var nextSinkID = 0
        var closeWaiters: [CheckedContinuation<Void, Never>] = []
        var finished = false
        var pingTask: Task<Void, Never>?
    }

    let options: ConnectionOptions
    let outbox: Outbox
    let subscriptions = SubscriptionTable()
    let mux = RequestMux()
    let state = Mutex(State())
    let closeRequested = Atomic<Bool>(false)
    /// Wakes the connection thread from a reconnect pause when `close()` is called.
    let wakeup = ConditionLock()
    private let nuid = Mutex(NUID())

    init(options: ConnectionOptions) {
        self.options = options
        outbox = Outbox(onWriteFailure: { socket in socket.shutdown() })
        state.withLock { $0.pool = options.servers }
    }

    func nextNUID() -> String { nuid.withLock { $0.next() } }

    /// Starts the connection thread; `connected` is resumed after the first handshake.
    func start(_ connected: CheckedContinuation<Result<Void, NATSError>, Never>) {
        startThread(name: "nats-reader") { [self] in run(connected) }
    }

    // MARK: events

    func makeEventStream() -> AsyncStream<ConnectionEvent> {
        let (stream, continuation) = AsyncStream<ConnectionEvent>.makeStream(
            bufferingPolicy: .bufferingNewest(256))
        let id: Int? = state.withLock { state in
            if state.finished { return nil }
            state.nextSinkID += 1
            state.sinks[state.nextSinkID] = continuation
            return state.nextSinkID
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.sinks.removeValue(forKey: id) }
        }
        return stream
    }

    func emit(_ event: ConnectionEvent) {
        let sinks = state.withLock { Array($0.sinks.values) }
        for sink in sinks { sink.yield(event) }
    }

    // MARK: subscriptions

    /// Subscribes with a queue for a `Subscription`.
    func subscribe(_ subject: String, queue: String?) throws(NATSError) -> Subscription {
        try validateSubscriptionSubject(subject)
        if let queue {
            try withUTF8Bytes(queue) { bytes throws(NATSError) in try validateToken(bytes, queue) }
        }
        let buffer = SubscriptionQueue(subject: subject, capacity: options.subscriptionCapacity)
        let sid = subscriptions.add(subject: subject, queue: queue, sink: .queue(buffer))
        do {
            try sendSub(subject: subject, queue: queue, sid: sid)
        } catch {
            subscriptions.remove(sid)
            throw error
        }
        return Subscription(core: self, sid: sid, subject: subject, queue: queue, buffer: buffer)
    }

    /// Subscribes with a handler called on the reader thread.
    func subscribeHandler(_ subject: String, _ handler: @escaping @Sendable (Message) -> Void)
        throws(NATSError)
    {
        let sid = subscriptions.add(subject: subject, queue: nil, sink: .handler(handler))
        do {
            try sendSub(subject: subject, queue: nil, sid: sid)
        } catch {
            subscriptions.remove(sid)
            throw error
        }
    }

    private func sendSub(subject: String, queue: String?, sid: Int) throws(NATSError) {
        try outbox.send(flushNow: false) { $0.appendSub(subject: subject, queue: queue, sid: sid) }
        options.trace?(
            TraceEntry(
                direction: .sent, line: ClientOpLine.sub(subject: subject, queue: queue, sid: sid)))
    }

    /// Ends subscription `sid` now or after `max` messages in total.
    func unsubscribe(_ sid: Int, max: Int?) throws(NATSError) {
        var limit: Int?
        var ended: SubscriptionTable.Entry?
        if let max {
            let (remaining, removed) = subscriptions.setMax(sid, max)
            guard remaining != nil || removed != nil else { return }
            limit = remaining
            ended = removed
        } else {
            guard let removed = subscriptions.remove(sid) else { return }
            ended = removed
        }
        if let ended, case .queue(let queue) = ended.sink { queue.finish() }
        try outbox.send(flushNow: false) { $0.appendUnsub(sid: sid, max: limit) }
        options.trace?(TraceEntry(direction: .sent, line: ClientOpLine.unsub(sid: sid, max: limit)))
    }

    /// Sends UNSUB but keeps routing messages that are already on their way (for drain).
    func sendUnsub(_ sid: Int) throws(NATSError) {
        try outbox.send(flushNow: false) { $0.appendUnsub(sid: sid, max: nil) }
        options.trace?(TraceEntry(direction: .sent, line: ClientOpLine.unsub(sid: sid, max: nil)))
    }

    /// Reports a PUB/HPUB to the trace handler, if there is one.
    func tracePublish(subject: String, reply: String?, headers: Headers?, payload: Data) {
        guard let trace = options.trace else { return }
        let headerSize = headers.flatMap { try? HeaderCodec.encodedSize(of: $0) }
        trace(
            TraceEntry(
                direction: .sent,
                line: ClientOpLine.pub(
                    subject: subject, reply: reply, headerSize: headerSize,
                    payloadSize: payload.count)))
    }

    // MARK: flush and keep-alive

    /// Sends a PING and waits for its PONG.
    /// - Throws: `NATSError.timeout`, `.connectionClosed`.
    func flush(timeout: Duration) async throws(NATSError) {
        let result = await withCheckedContinuation { (waiter: PongContinuation) in
            let id: Int
            do throws(NATSError) {
                id = try outbox.ping(waiter)
            } catch {
                waiter.resume(returning: .failure(error))
                return
            }
            options.trace?(TraceEntry(direction: .sent, line: "PING"))
            let outbox = outbox
            let timer = DeadlineTimer.shared.schedule(after: timeout) {
                outbox.cancelPong(id: id)?.resume(
                    returning: .failure(.timeout(subject: "PING", after: timeout)))
            }
            outbox.setPongTimer(id: id, timer: timer)
        }
        try result.get()
    }

    func startPingTimer() {
        let interval = options.pingInterval
        let task = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                guard let self, !Task.isCancelled, pingTick() else { return }
            }
        }
        state.withLock { $0.pingTask = task }
    }

    /// One keep-alive tick: sends a PING, or drops the connection when too many are unanswered.
    /// Returns false once the connection is closed.
    private func pingTick() -> Bool {
        enum Action {
            case stop, skip, ping
            case stale(Socket?)
        }
        let action: Action = state.withLock { state in
            switch state.phase {
            case .closed: return .stop
            case .connecting, .reconnecting: return .skip
            case .connected:
                if state.pingsOutstanding >= options.maxPingsOutstanding {
                    state.dropReason =
                        "stale connection: \(state.pingsOutstanding) pings unanswered"
                    return .stale(state.socket)
                }
                state.pingsOutstanding += 1
                return .ping
            }
        }
        switch action {
        case .stop: return false
        case .skip: return true
        case .stale(let socket):
            socket?.shutdown()
            return true
        case .ping:
            if (try? outbox.ping(nil)) != nil {
                options.trace?(TraceEntry(direction: .sent, line: "PING"))
            }
            return true
        }
    }

    // MARK: closing

    /// Asks the connection thread to stop, after writing what is buffered (best effort).
    func requestClose(drain: Bool) {
        if closeRequested.exchange(true, ordering: .acquiringAndReleasing) { return }
        let deadline = drain ? ContinuousClock.now + .seconds(2) : nil
        let waiters = outbox.close(reason: .connectionClosed(reason: nil), drainUntil: deadline)
        for waiter in waiters {
            waiter.resume(returning: .failure(.connectionClosed(reason: nil)))
        }
        let socket = state.withLock { $0.socket }
        socket?.shutdown()
        wakeup.withLock { wakeup.broadcast() }
    }

    /// Waits until the connection thread has finished.
    func waitUntilFinished() async {
        await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
            let done = state.withLock { state in
                if state.finished { return true }
                state.closeWaiters.append(waiter)
                return false
            }
            if done { waiter.resume() }
        }
    }

    /// Called last on the connection thread: ends everything that waits on this connection.
    func finish(reason: NATSError) {
        let reasonText: String?
        if case .connectionClosed(let text) = reason {
            reasonText = text
        } else {
            reasonText = reason.description
        }
        for waiter in outbox.close(reason: reason, drainUntil: nil) {
            waiter.resume(returning: .failure(reason))
        }
        mux.close(reason: reason)
        for entry in subscriptions.removeAll() {
            if case .queue(let queue) = entry.sink { queue.finish() }
        }
        let (sinks, waiters, pingTask) = state.withLock { state in
            state.phase = .closed
            state.finished = true
            state.socket = nil
            defer {
                state.sinks.removeAll()
                state.closeWaiters.removeAll()
            }
            return (Array(state.sinks.values), state.closeWaiters, state.pingTask)
        }
        pingTask?.cancel()
        for sink in sinks {
            sink.yield(.closed(reason: reasonText))
            sink.finish()
        }
        for waiter in waiters { waiter.resume() }
    }
}
