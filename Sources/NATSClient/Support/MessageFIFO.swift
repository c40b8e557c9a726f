/// A first-in-first-out buffer of queued messages on raw memory. Messages are moved in and out, never
/// copied, so a message costs no reference counting on its way from the reader thread to the
/// iterator (`Array.reverse` and indexing would retain and release every field).
/// Not thread-safe: its owner locks around it.
struct MessageFIFO: ~Copyable {
    private var storage: UnsafeMutablePointer<QueuedMessage>
    private var capacity: Int
    private var head = 0
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 4)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        for index in head..<head + count { (storage + index).move().discard() }
        storage.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    mutating func append(_ message: consuming QueuedMessage) {
        if head + count == capacity { makeRoom(for: 1) }
        (storage + head + count).initialize(to: message)
        count += 1
    }

    mutating func popFirst() -> QueuedMessage? {
        guard count > 0 else { return nil }
        let message = (storage + head).move()
        head += 1
        count -= 1
        if count == 0 { head = 0 }
        return message
    }

    /// Moves every message of `other` to the end of this buffer, leaving `other` empty.
    mutating func moveAll(from other: inout MessageFIFO) {
        guard other.count > 0 else { return }
        if count == 0 {
            swap(with: &other)
            return
        }
        if head + count + other.count > capacity { makeRoom(for: other.count) }
        (storage + head + count).moveInitialize(
            from: other.storage + other.head, count: other.count)
        count += other.count
        other.head = 0
        other.count = 0
    }

    /// Drops the newest `n` messages.
    mutating func removeLast(_ n: Int) {
        let n = min(n, count)
        for index in head + count - n..<head + count { (storage + index).move().discard() }
        count -= n
        if count == 0 { head = 0 }
    }

    mutating func removeAll() { removeLast(count) }

    mutating func swap(with other: inout MessageFIFO) {
        Swift.swap(&storage, &other.storage)
        Swift.swap(&capacity, &other.capacity)
        Swift.swap(&head, &other.head)
        Swift.swap(&count, &other.count)
    }

    /// Moves the live messages to the front, growing the storage if that is not enough.
    private mutating func makeRoom(for extra: Int) {
        if head > 0 && count + extra <= capacity && head >= count {
            storage.moveInitialize(from: storage + head, count: count)
            head = 0
            return
        }
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        let newStorage = UnsafeMutablePointer<QueuedMessage>.allocate(capacity: newCapacity)
        newStorage.moveInitialize(from: storage + head, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
        head = 0
    }
}
