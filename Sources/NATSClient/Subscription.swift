/// A subscription: the messages of a subject as an `AsyncSequence`.
///
/// Messages wait in a bounded buffer (`ConnectionOptions.subscriptionCapacity`). When it
/// overflows, the next call of the iterator throws `NATSError.slowConsumer` once, telling how
/// many were dropped; iterating again continues with the messages that were kept.
/// The sequence ends after `unsubscribe()`, after `afterMessages` messages, or when the
/// connection closes. Releasing the last reference unsubscribes.
public final class Subscription: AsyncSequence, Sendable {
    /// The element: a received message.
    public typealias Element = Message
    /// The error: `NATSError.slowConsumer`.
    public typealias Failure = NATSError

    /// The subscription id on this connection.
    public let sid: Int
    /// The subject (possibly with wildcards).
    public let subject: String
    /// The queue group, if any.
    public let queue: String?

    private let core: ConnectionCore
    private let buffer: SubscriptionQueue

    init(core: ConnectionCore, sid: Int, subject: String, queue: String?, buffer: SubscriptionQueue)
    {
        self.core = core
        self.sid = sid
        self.subject = subject
        self.queue = queue
        self.buffer = buffer
    }

    deinit { try? core.unsubscribe(sid, max: nil) }

    /// Stops the subscription now, or after `afterMessages` messages in total.
    /// Messages already buffered can still be read.
    /// - Throws: `NATSError.connectionClosed` when the connection is closed.
    public func unsubscribe(afterMessages: Int? = nil) throws(NATSError) {
        try core.unsubscribe(sid, max: afterMessages)
    }

    /// The number of messages received but not yet read.
    public var pendingMessages: Int { buffer.pendingCount }

    /// Creates the iterator (use one iterator per subscription).
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(subscription: self) }

    /// Iterates over received messages.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let subscription: Subscription

        /// The next message, or `nil` when the subscription has ended (or the task was
        /// cancelled).
        /// - Throws: `NATSError.slowConsumer` after an overflow.
        public mutating func next() async throws(NATSError) -> Message? {
            if let ready = subscription.buffer.nextIfReady() { return try ready.get() }
            return try await subscription.buffer.next(isolation: nil).get()
        }

        /// The next message, or `nil` when the subscription has ended (or the task was
        /// cancelled).
        /// - Throws: `NATSError.slowConsumer` after an overflow.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(NATSError)
            -> Message?
        {
            if let ready = subscription.buffer.nextIfReady() { return try ready.get() }
            return try await subscription.buffer.next(isolation: actor).get()
        }
    }
}
