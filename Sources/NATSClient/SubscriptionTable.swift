import Synchronization

/// The live subscriptions of a connection by sid: where their messages go and when they end.
final class SubscriptionTable: Sendable {
    /// Where a subscription's messages go.
    enum Sink: Sendable {
        /// To a `Subscription` iterator.
        case queue(SubscriptionQueue)
        /// To a handler called on the reader thread (the request mux).
        case handler(@Sendable (Message) -> Void)
    }

    struct Entry: Sendable {
        var subject: String
        var queue: String?
        var sink: Sink
        /// Remove after this many messages in total (UNSUB with max).
        var max: Int?
        var delivered = 0
    }

    private struct State: ~Copyable {
        var nextSid = 0
        var entries: [Int: Entry] = [:]
    }

    private let state = Mutex(State())

    /// Registers a subscription and returns its new sid.
    func add(subject: String, queue: String?, sink: Sink) -> Int {
        state.withLock { state in
            state.nextSid += 1
            state.entries[state.nextSid] = Entry(subject: subject, queue: queue, sink: sink)
            return state.nextSid
        }
    }

    /// Forgets a subscription and returns it.
    @discardableResult
    func remove(_ sid: Int) -> Entry? {
        state.withLock { $0.entries.removeValue(forKey: sid) }
    }

    /// Sets the total message limit. Returns how many messages are still to come (the value for
    /// UNSUB), or nil when the limit is already reached and the subscription was removed.
    func setMax(_ sid: Int, _ max: Int) -> (remaining: Int?, removed: Entry?) {
        state.withLock { state in
            guard var entry = state.entries[sid] else { return (nil, nil) }
            if entry.delivered >= max {
                return (nil, state.entries.removeValue(forKey: sid))
            }
            entry.max = max
            state.entries[sid] = entry
            return (max - entry.delivered, nil)
        }
    }

    /// Hands messages of one sid to their subscription, honouring its limit; `batch` is left
    /// empty (its storage may be swapped with the subscription's).
    func deliver(_ sid: Int, _ batch: inout MessageFIFO) {
        let routed: (sink: Sink, keep: Int, ended: Bool)? = state.withLock { state in
            guard let index = state.entries.index(forKey: sid) else { return nil }
            var keep = batch.count
            var ended = false
            let entry = state.entries.values[index]
            if let max = entry.max {
                keep = min(keep, max - entry.delivered)
                ended = entry.delivered + keep >= max
            }
            state.entries.values[index].delivered += keep
            if ended { state.entries.remove(at: index) }
            return (entry.sink, keep, ended)
        }
        guard let (sink, keep, ended) = routed else {
            batch.removeAll()
            return
        }
        if keep < batch.count { batch.removeLast(batch.count - keep) }
        switch sink {
        case .queue(let queue):
            queue.push(&batch)
            if ended { queue.finish() }
        case .handler(let handler):
            while let queued = batch.popFirst() { handler(queued.message()) }
        }
    }

    /// Every live subscription, for re-subscribing after a reconnect.
    func all() -> [(sid: Int, entry: Entry)] {
        state.withLock { state in
            state.entries.sorted { $0.key < $1.key }.map { (sid: $0.key, entry: $0.value) }
        }
    }

    /// Forgets every subscription and returns them.
    func removeAll() -> [Entry] {
        state.withLock { state in
            defer { state.entries.removeAll() }
            return Array(state.entries.values)
        }
    }
}
