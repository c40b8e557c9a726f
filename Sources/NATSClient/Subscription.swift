/// A subscription: the messages of a subject as an `AsyncSequence`.
///
/// Messages wait in a bounded buffer (`ConnectionOptions.subscriptionCapacity`). When it
/// overflows, the iterator throws `NATSError.slowConsumer` once, telling how many were dropped.
/// The sequence ends after `unsubscribe()`, after `afterMessages` messages, or when the
/// connection closes.
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

    init(sid: Int, subject: String, queue: String?) {
        self.sid = sid
        self.subject = subject
        self.queue = queue
    }

    /// Stops the subscription now, or after `afterMessages` messages in total.
    /// - Throws: `NATSError.connectionClosed` when the connection is closed.
    public func unsubscribe(afterMessages: Int? = nil) throws(NATSError) {
        fatalError("unimplemented")
    }

    /// Creates the iterator (use one iterator per subscription).
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(subscription: self) }

    /// Iterates over received messages.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let subscription: Subscription

        /// The next message, or `nil` when the subscription has ended.
        /// - Throws: `NATSError.slowConsumer` after an overflow.
        public mutating func next() async throws(NATSError) -> Message? {
            fatalError("unimplemented")
        }

        /// The next message, or `nil` when the subscription has ended.
        /// - Throws: `NATSError.slowConsumer` after an overflow.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(NATSError)
            -> Message?
        {
            fatalError("unimplemented")
        }
    }
}
