import FoundationEssentials
import Synchronization

/// Request/reply over one wildcard subscription, `<inbox prefix>.<id>.*`, shared by all requests
/// of a connection: each request gets a token, and the reply to `<prefix>.<token>` resumes it.
final class RequestMux: Sendable {
    typealias Waiter = CheckedContinuation<Result<Message, NATSError>, Never>

    private struct Pending {
        var waiter: Waiter
        var subject: String
        var timer: Int?
    }

    private struct State: ~Copyable {
        var prefix: String?
        var nextToken = 0
        var pending: [String: Pending] = [:]
        var closedReason: NATSError?
    }

    private let state = Mutex(State())

    /// Sends a request and waits for its reply.
    /// - Throws: `NATSError.noResponders`, `.timeout`, and whatever publishing throws.
    func request(
        _ subject: String, payload: Data, headers: Headers?, timeout: Duration,
        core: ConnectionCore
    ) async throws(NATSError) -> Message {
        let (prefix, token) = try register(core: core)
        let reply = prefix + token
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { (waiter: Waiter) in
                state.withLock { $0.pending[token] = Pending(waiter: waiter, subject: subject) }
                do throws(NATSError) {
                    if let headers {
                        try core.outbox.publish(
                            subject: subject, reply: reply, headers: headers, payload: payload,
                            flushNow: true)
                    } else {
                        try core.outbox.publish(
                            subject: subject, reply: reply, payload: payload, flushNow: true)
                    }
                } catch {
                    fail(token, with: error)
                    return
                }
                core.tracePublish(
                    subject: subject, reply: reply, headers: headers, payload: payload)
                let timer = DeadlineTimer.shared.schedule(after: timeout) { [weak self] in
                    self?.fail(token, with: .timeout(subject: subject, after: timeout))
                }
                let stale = state.withLock { state in
                    guard state.pending[token] != nil else { return true }
                    state.pending[token]?.timer = timer
                    return false
                }
                if stale { DeadlineTimer.shared.cancel(timer) }
            }
        } onCancel: {
            fail(token, with: .timeout(subject: subject, after: .zero))
        }
        return try result.get()
    }

    /// Returns the reply prefix (subscribing once on first use) and a new token.
    private func register(core: ConnectionCore) throws(NATSError) -> (String, String) {
        try state.withLock { state throws(NATSError) in
            if let reason = state.closedReason { throw reason }
            state.nextToken += 1
            let token = String(state.nextToken, radix: 36)
            if let prefix = state.prefix { return (prefix, token) }
            let prefix = core.options.inboxPrefix + "." + core.nextNUID() + "."
            try core.subscribeHandler(prefix + "*") { [weak self] message in
                self?.deliver(message, prefixLength: prefix.utf8.count)
            }
            state.prefix = prefix
            return (prefix, token)
        }
    }

    private func deliver(_ message: Message, prefixLength: Int) {
        let token = String(message.subject.utf8.dropFirst(prefixLength))
        guard let token, let pending = state.withLock({ $0.pending.removeValue(forKey: token) })
        else { return }
        pending.timer.map(DeadlineTimer.shared.cancel)
        if message.status == 503 && message.payload.isEmpty {
            pending.waiter.resume(returning: .failure(.noResponders(subject: pending.subject)))
        } else {
            pending.waiter.resume(returning: .success(message))
        }
    }

    private func fail(_ token: String, with error: NATSError) {
        guard let pending = state.withLock({ $0.pending.removeValue(forKey: token) }) else {
            return
        }
        pending.timer.map(DeadlineTimer.shared.cancel)
        pending.waiter.resume(returning: .failure(error))
    }

    /// Fails every waiting request and refuses new ones.
    func close(reason: NATSError) {
        let pending = state.withLock { state in
            state.closedReason = reason
            defer { state.pending.removeAll() }
            return Array(state.pending.values)
        }
        for entry in pending {
            entry.timer.map(DeadlineTimer.shared.cancel)
            entry.waiter.resume(returning: .failure(reason))
        }
    }
}
