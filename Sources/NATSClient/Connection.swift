import FoundationEssentials

/// A connection to a NATS server: publish, subscribe, request/reply, with keep-alive and
/// automatic reconnect.
public final class Connection: Sendable {
    let core: ConnectionCore
    /// The core's outbox, unretained: the core owns it for as long as this object lives, and
    /// skipping the reference counting is measurable on the publish path.
    private let outbox: Unmanaged<Outbox>
    private let tracing: Bool

    init(core: ConnectionCore) {
        self.core = core
        outbox = Unmanaged.passUnretained(core.outbox)
        tracing = core.options.trace != nil
    }

    deinit { core.requestClose(drain: true) }

    /// Connects to the first reachable server of `options.servers` and completes the handshake.
    /// - Throws: `NATSError.connectionRefused`, `.connectTimeout`, `.connectFailed` when no server
    ///   can be reached (the error of the last server tried), `.authorizationViolation` when the
    ///   server rejects the credentials, `.invalidURL` for an unusable address.
    public static func connect(_ options: ConnectionOptions) async throws(NATSError) -> Connection {
        guard !options.servers.isEmpty else { throw .invalidURL("no server URL given") }
        let core = ConnectionCore(options: options)
        let result = await withCheckedContinuation { core.start($0) }
        try result.get()
        return Connection(core: core)
    }

    /// The `INFO` of the server this connection talks to now.
    public var serverInfo: ServerInfo { core.state.withLock { $0.info! } }

    /// The URL of the server this connection talks to now, without credentials.
    public var connectedURL: String { core.connectedURL }

    /// Queues a message for publishing; it is written with others in large writes.
    /// - Throws: `NATSError.invalidSubject` for an empty or whitespace-containing subject or
    ///   reply, `.maxPayloadExceeded` when headers plus payload exceed the server's
    ///   `max_payload`, `.protocolError` for an invalid header name or value,
    ///   `.connectionClosed` after `close()` or a fatal error.
    public func publish(
        _ subject: String, payload: Data = Data(), reply: String? = nil, headers: Headers? = nil
    ) throws(NATSError) {
        let error = outbox._withUnsafeGuaranteedRef { outbox -> NATSError? in
            do throws(NATSError) {
                if let headers {
                    try outbox.publish(
                        subject: subject, reply: reply, headers: headers, payload: payload,
                        flushNow: false)
                } else {
                    try outbox.publish(
                        subject: subject, reply: reply, payload: payload, flushNow: false)
                }
                return nil
            } catch {
                return error
            }
        }
        if let error { throw error }
        if tracing {
            core.tracePublish(subject: subject, reply: reply, headers: headers, payload: payload)
        }
    }

    /// Writes everything queued and waits until the server has processed it (PING/PONG).
    /// - Throws: `NATSError.timeout` when no PONG arrives in time, `.connectionClosed` when the
    ///   connection closes meanwhile.
    public func flush(timeout: Duration = .seconds(5)) async throws(NATSError) {
        try await core.flush(timeout: timeout)
    }

    /// Subscribes to a subject (wildcards `*` and `>` allowed), optionally in a queue group.
    /// - Throws: `NATSError.invalidSubject` for a malformed subject or queue name,
    ///   `.connectionClosed` after `close()`.
    public func subscribe(_ subject: String, queue: String? = nil) throws(NATSError)
        -> Subscription
    {
        try core.subscribe(subject, queue: queue)
    }

    /// Publishes a request and waits for the first reply.
    /// - Throws: `NATSError.noResponders` when nobody listens on `subject`, `.timeout` when no
    ///   reply comes in time, `.invalidSubject`, `.maxPayloadExceeded`, `.connectionClosed`.
    public func request(
        _ subject: String, payload: Data = Data(), headers: Headers? = nil,
        timeout: Duration = .seconds(5)
    ) async throws(NATSError) -> Message {
        try await core.mux.request(
            subject, payload: payload, headers: headers, timeout: timeout, core: core)
    }

    /// A new unique reply subject, `<inboxPrefix>.<22 random characters>`.
    public func newInbox() -> String {
        core.options.inboxPrefix + "." + core.nextNUID()
    }

    /// A stream of what happens to the connection from now on (each access makes a new stream;
    /// it finishes when the connection closes).
    public var events: AsyncStream<ConnectionEvent> { core.makeEventStream() }

    /// Unsubscribes everything, lets queued messages out, flushes, and closes.
    public func drain() async {
        for (sid, entry) in core.subscriptions.all() {
            if case .queue = entry.sink { try? core.sendUnsub(sid) }
        }
        try? await core.flush(timeout: .seconds(5))
        await close()
    }

    /// Closes the connection: queued publishes are written first (best effort), subscriptions
    /// end, and waiting requests fail with `NATSError.connectionClosed`.
    public func close() async {
        core.requestClose(drain: true)
        await core.waitUntilFinished()
    }
}
