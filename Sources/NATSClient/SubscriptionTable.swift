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

    /// Hands messages of one sid to their subscription, honouring its limit.
    func deliver(_ sid: Int, _ messages: ArraySlice<Message>) {
        let routed: (Sink, ArraySlice<Message>, ended: Bool)? = state.withLock { state in
            guard var entry = state.entries[sid] else { return nil }
            var slice = messages
            var ended = false
            if let max = entry.max {
                slice = slice.prefix(max - entry.delivered)
                ended = entry.delivered + slice.count >= max
            }
            entry.delivered += slice.count
            if ended {
                state.entries.removeValue(forKey: sid)
            } else {
                state.entries[sid] = entry
            }
            return (entry.sink, slice, ended)
        }
        guard let (sink, slice, ended) = routed else { return }
        switch sink {
        case .queue(let queue):
            queue.push(slice)
            if ended { queue.finish() }
        case .handler(let handler):
            for message in slice { handler(message) }
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
