/// The items of a paged API listing (NAMES, LIST), fetched a page at a time as iteration
/// reaches them. Paging stops when `offset + items` reaches the reported total; a page with no
/// items before that throws ``JetStreamError/pagingStalled(subject:offset:total:)``, so a
/// misbehaving server cannot cause an endless loop.
public struct Pager<Item: Sendable>: AsyncSequence, Sendable {
    /// The element: one item.
    public typealias Element = Item

    let subject: String
    let fetch: @Sendable (_ offset: Int) async throws -> (items: [Item], total: Int)

    init(
        subject: String,
        fetch: @escaping @Sendable (_ offset: Int) async throws -> (items: [Item], total: Int)
    ) {
        self.subject = subject
        self.fetch = fetch
    }

    /// Creates the iterator.
    public func makeAsyncIterator() -> Iterator { Iterator(pager: self) }

    /// Every item of every page.
    /// - Throws: ``JetStreamError/pagingStalled(subject:offset:total:)``, ``APIError`` and
    ///   connection errors from the requests.
    public func all() async throws -> [Item] {
        var items: [Item] = []
        for try await item in self { items.append(item) }
        return items
    }

    /// Fetches pages as iteration needs them.
    public struct Iterator: AsyncIteratorProtocol {
        let pager: Pager
        var buffer: [Item] = []
        var offset = 0
        var total: Int?

        /// The next item, or `nil` after the last.
        /// - Throws: ``JetStreamError/pagingStalled(subject:offset:total:)``, ``APIError`` and
        ///   connection errors from the requests.
        public mutating func next() async throws -> Item? {
            if buffer.isEmpty {
                if let total, offset >= total { return nil }
                let page = try await pager.fetch(offset)
                total = page.total
                if page.items.isEmpty {
                    if offset < page.total {
                        throw JetStreamError.pagingStalled(
                            subject: pager.subject, offset: offset, total: page.total)
                    }
                    return nil
                }
                offset += page.items.count
                buffer = page.items.reversed()
            }
            return buffer.popLast()
        }
    }
}
