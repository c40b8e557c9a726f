import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opening sessions: the first connect (each server once) and reconnecting with backoff.
extension ConnectionCore {
    /// Tries every configured server once, in order.
    func connectFirst(_ parser: inout ProtocolParser, _ leftover: inout [ServerOp]) -> Result<
        Socket, NATSError
    > {
        let servers = state.withLock { $0.pool }
        var lastError = NATSError.invalidURL("no server URL given")
        for server in servers {
            if closeRequested.load(ordering: .acquiring) { break }
            switch open(server, &parser, &leftover) {
            case .success(let socket): return .success(socket)
            case .failure(let error): lastError = error
            }
        }
        return .failure(lastError)
    }

    /// Tries the pool in rounds (the server just lost goes last), pausing `wait` plus jitter
    /// between rounds, until one answers, `maxAttempts` rounds have failed, or close is asked.
    func reconnect(_ parser: inout ProtocolParser, _ leftover: inout [ServerOp]) -> Result<
        Socket, NATSError
    > {
        let policy = options.reconnect
        var round = 0
        var lastError = "no server answered"
        while policy.maxAttempts < 0 || round < policy.maxAttempts {
            round += 1
            if round > 1 && !pause(policy.wait + randomJitter(policy.jitter)) { break }
            let servers = state.withLock { state in
                var pool = state.pool
                if let current = state.server, let index = pool.firstIndex(of: current) {
                    pool.append(pool.remove(at: index))
                }
                return pool
            }
            for server in servers {
                if closeRequested.load(ordering: .acquiring) { break }
                parser = ProtocolParser()
                switch open(server, &parser, &leftover) {
                case .success(let socket): return .success(socket)
                case .failure(let error): lastError = error.description
                }
            }
            if closeRequested.load(ordering: .acquiring) { break }
        }
        if closeRequested.load(ordering: .acquiring) {
            return .failure(.connectionClosed(reason: nil))
        }
        return .failure(
            .connectionClosed(
                reason: "could not reconnect after \(round) attempt"
                    + (round == 1 ? "" : "s") + ": \(lastError)"))
    }

    /// Sleeps on the wake-up lock; returns false when close was requested meanwhile.
    private func pause(_ duration: Duration) -> Bool {
        let deadline = ContinuousClock.now + duration
        wakeup.lock()
        defer { wakeup.unlock() }
        while !closeRequested.load(ordering: .acquiring) {
            if !wakeup.wait(until: deadline) { break }
        }
        return !closeRequested.load(ordering: .acquiring)
    }

    private func randomJitter(_ jitter: Duration) -> Duration {
        let nanos =
            jitter.components.seconds * 1_000_000_000
            + jitter.components.attoseconds / 1_000_000_000
        return nanos > 0 ? .nanoseconds(Int64.random(in: 0...nanos)) : .zero
    }

    /// Connects, shakes hands, re-sends the subscriptions, and hands the socket to the outbox.
    private func open(
        _ server: ServerAddress, _ parser: inout ProtocolParser, _ leftover: inout [ServerOp]
    ) -> Result<Socket, NATSError> {
        let deadline = ContinuousClock.now + options.connectTimeout
        let socket: Socket
        do {
            socket = try Socket.connect(
                to: server, deadline: deadline, timeout: options.connectTimeout)
        } catch {
            return .failure(error)
        }
        let registered = state.withLock { state in
            guard !closeRequested.load(ordering: .acquiring) else { return false }
            state.socket = socket
            return true
        }
        guard registered else { return .failure(.connectionClosed(reason: nil)) }
        var handshake = Handshake(address: server, options: options, deadline: deadline)
        let info: ServerInfo
        do {
            info = try handshake.perform(on: socket, parser: &parser)
        } catch {
            state.withLock { $0.socket = nil }
            socket.shutdown()
            return .failure(error)
        }
        leftover = handshake.leftover
        guard resubscribe(on: socket) else {
            state.withLock { $0.socket = nil }
            socket.shutdown()
            return .failure(.connectFailed(url: server.redactedURL, reason: "write failed"))
        }
        state.withLock { state in
            state.server = server
            state.info = info
            state.phase = .connected
            state.pingsOutstanding = 0
            mergeConnectURLs(info.connectURLs, into: &state)
        }
        for waiter in outbox.attach(socket, maxPayload: info.maxPayload) {
            waiter.resume(
                returning: .failure(.connectionClosed(reason: "connection lost during flush")))
        }
        return .success(socket)
    }

    /// Writes SUB (and UNSUB with the remaining count) for every live subscription.
    private func resubscribe(on socket: Socket) -> Bool {
        let entries = subscriptions.all()
        guard !entries.isEmpty else { return true }
        var buffer = ByteBuffer(capacity: 4096)
        for (sid, entry) in entries {
            buffer.appendSub(subject: entry.subject, queue: entry.queue, sid: sid)
            options.trace?(
                TraceEntry(
                    direction: .sent,
                    line: ClientOpLine.sub(subject: entry.subject, queue: entry.queue, sid: sid)))
            if let max = entry.max {
                buffer.appendUnsub(sid: sid, max: max - entry.delivered)
                options.trace?(
                    TraceEntry(
                        direction: .sent,
                        line: ClientOpLine.unsub(sid: sid, max: max - entry.delivered)))
            }
        }
        return socket.writeAll(buffer.bytes)
    }
}
