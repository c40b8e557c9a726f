import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The connection thread: first connect, then read → parse → dispatch until the socket fails,
/// then reconnect (or close) and read again.
extension ConnectionCore {
    private static let readBufferSize = 256 * 1024

    func run(_ connected: CheckedContinuation<Result<Void, NATSError>, Never>) {
        var parser = ProtocolParser()
        var leftover: [ServerOp] = []
        var socket: Socket
        switch connectFirst(&parser, &leftover) {
        case .failure(let error):
            finish(reason: error)
            connected.resume(returning: .failure(error))
            return
        case .success(let first):
            socket = first
            connected.resume(returning: .success(()))
        }
        startPingTimer()
        let buffer = UnsafeMutableRawBufferPointer.allocate(
            byteCount: Self.readBufferSize, alignment: 16)
        defer { buffer.deallocate() }
        var dispatcher = Dispatcher(core: self)
        while true {
            for op in leftover { dispatcher.handle(op) }
            dispatcher.deliverBatch()
            leftover = []
            let reason = readLoop(socket, &parser, buffer, &dispatcher)
            let (fatal, dropReason) = disconnected(from: socket)
            if closeRequested.load(ordering: .acquiring) {
                finish(reason: .connectionClosed(reason: nil))
                return
            }
            if let fatal {
                finish(reason: .connectionClosed(reason: fatal))
                return
            }
            let why = dropReason ?? reason
            emit(.disconnected(reason: why))
            guard options.reconnect.allowReconnect else {
                finish(reason: .connectionClosed(reason: why))
                return
            }
            parser = ProtocolParser()
            switch reconnect(&parser, &leftover) {
            case .failure(let error):
                finish(reason: error)
                return
            case .success(let next):
                socket = next
                emit(.reconnected(url: connectedURL))
            }
        }
    }

    /// Reads and dispatches until the socket fails; returns why.
    private func readLoop(
        _ socket: Socket, _ parser: inout ProtocolParser, _ buffer: UnsafeMutableRawBufferPointer,
        _ dispatcher: inout Dispatcher
    ) -> String {
        let trace = options.trace
        let observe: ((UnsafeRawBufferPointer) -> Void)? = trace.map { trace in
            { traceReceived($0, trace) }
        }
        while true {
            let count = socket.read(into: buffer)
            if count == 0 { return "connection closed by the server" }
            if count < 0 { return "read failed: \(socket.failureText())" }
            do {
                try parser.parse(
                    UnsafeRawBufferPointer(rebasing: buffer[0..<count]), observeLine: observe
                ) { dispatcher.handle($0) }
            } catch {
                dispatcher.deliverBatch()
                emit(.serverError(error.description))
                return error.description
            }
            dispatcher.deliverBatch()
        }
    }

    /// Records the loss of `socket`: stops writing to it, and returns the fatal server error
    /// (if one ended the connection) and our own reason for dropping it (if we did).
    private func disconnected(from socket: Socket) -> (fatal: String?, reason: String?) {
        socket.shutdown()
        outbox.detach()
        return state.withLock { state in
            state.socket = nil
            state.phase = .reconnecting
            state.pingsOutstanding = 0
            defer { state.dropReason = nil }
            return (state.fatalError, state.dropReason)
        }
    }

    /// The connected server's URL without credentials.
    var connectedURL: String { state.withLock { $0.server?.redactedURL ?? "" } }
}

/// Turns parsed operations into actions; messages are batched per sid so a read's worth of
/// messages costs one lock round per subscription.
struct Dispatcher: ~Copyable {
    let core: ConnectionCore
    private var batch = MessageFIFO(capacity: 1024)
    private var batchSid = -1
    private var arena = PayloadArena()

    init(core: ConnectionCore) {
        self.core = core
    }

    mutating func handle(_ op: ServerOp) {
        if case .msg(let frame) = op {
            if frame.sid != batchSid { deliverBatch() }
            batchSid = frame.sid
            if frame.bytes.count > PayloadArena.largeMessage {
                batch.append(.ready(frame.message()))
            } else {
                batch.append(
                    .stored(
                        subject: frame.subject, reply: frame.reply, headerSize: frame.headerSize,
                        bytes: arena.store(frame.bytes)))
            }
            return
        }
        deliverBatch()
        switch op {
        case .msg, .ok:
            break
        case .ping:
            try? core.outbox.send(flushNow: true) { $0.append("PONG\r\n") }
            core.options.trace?(TraceEntry(direction: .sent, line: "PONG"))
        case .pong:
            core.state.withLock { $0.pingsOutstanding = 0 }
            core.outbox.popPong()?.resume(returning: .success(()))
        case .err(let text):
            core.serverError(text)
        case .info(let info):
            core.updateInfo(info)
        }
    }

    mutating func deliverBatch() {
        guard !batch.isEmpty else { return }
        core.subscriptions.deliver(batchSid, &batch)
    }
}

extension ConnectionCore {
    /// Handles `-ERR`: non-fatal ones become events; fatal ones end the connection.
    func serverError(_ text: String) {
        emit(.serverError(text))
        let lower = text.lowercased()
        if lower.hasPrefix("permissions violation") || lower.hasPrefix("invalid subject")
            || lower.hasPrefix("invalid publish subject")
            || lower.hasPrefix("maximum subscriptions exceeded")
        {
            return
        }
        let reconnectable = lower.contains("stale connection") || isAuthorizationError(text)
        let socket = state.withLock { state in
            state.dropReason = "server error: \(text)"
            if !reconnectable { state.fatalError = text }
            return state.socket
        }
        socket?.shutdown()
    }

    /// Applies an INFO received after the handshake: max_payload, cluster URLs, lame duck.
    func updateInfo(_ info: ServerInfo) {
        outbox.setMaxPayload(info.maxPayload)
        let lameDuck = state.withLock { state in
            state.info = info
            mergeConnectURLs(info.connectURLs, into: &state)
            if info.lameDuckMode, let server = state.server,
                let index = state.pool.firstIndex(of: server)
            {
                state.pool.append(state.pool.remove(at: index))
            }
            return info.lameDuckMode
        }
        if lameDuck { emit(.lameDuckMode) }
    }

    /// Adds cluster URLs (`host:port`) the pool does not have yet, with the current server's
    /// scheme and credentials.
    func mergeConnectURLs(_ urls: [String], into state: inout State) {
        guard let current = state.server else { return }
        for url in urls {
            guard var address = try? ServerAddress(url: url) else { continue }
            address.scheme = current.scheme
            address.user = current.user
            address.password = current.password
            address.token = current.token
            let known = state.pool.contains { $0.host == address.host && $0.port == address.port }
            if !known { state.pool.append(address) }
        }
    }
}
