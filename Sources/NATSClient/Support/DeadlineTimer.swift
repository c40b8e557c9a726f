/// Runs actions at deadlines on one shared thread: request and flush timeouts.
///
/// Cheaper than a sleeping task per request: scheduling is a heap push under a lock, and the
/// thread is only woken when a new deadline comes before all others (timeouts are usually
/// equal, so new ones go last).
final class DeadlineTimer: @unchecked Sendable {
    static let shared = DeadlineTimer()

    private struct Entry {
        var deadline: ContinuousClock.Instant
        var id: Int
    }

    private let lock = ConditionLock()
    private var heap: [Entry] = []
    private var actions: [Int: @Sendable () -> Void] = [:]
    private var nextID = 0
    private var started = false

    /// Runs `action` after `delay` unless cancelled first; returns the id to cancel with.
    func schedule(after delay: Duration, _ action: @escaping @Sendable () -> Void) -> Int {
        let deadline = ContinuousClock.now + delay
        lock.lock()
        defer { lock.unlock() }
        if !started {
            started = true
            startThread(name: "nats-timer") { [self] in run() }
        }
        nextID += 1
        actions[nextID] = action
        let wake = heap.first.map { deadline < $0.deadline } ?? true
        push(Entry(deadline: deadline, id: nextID))
        if wake { lock.signal() }
        return nextID
    }

    /// Forgets a scheduled action (no effect if it already ran).
    func cancel(_ id: Int) {
        lock.withLock { _ = actions.removeValue(forKey: id) }
    }

    private func run() {
        lock.lock()
        while true {
            while let top = heap.first, actions[top.id] == nil { pop() }
            guard let top = heap.first else {
                lock.wait()
                continue
            }
            if top.deadline > ContinuousClock.now {
                lock.wait(until: top.deadline)
                continue
            }
            pop()
            guard let action = actions.removeValue(forKey: top.id) else { continue }
            lock.unlock()
            action()
            lock.lock()
        }
    }

    private func push(_ entry: Entry) {
        heap.append(entry)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].deadline < heap[parent].deadline else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private func pop() {
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count && heap[left].deadline < heap[smallest].deadline {
                smallest = left
            }
            if right < heap.count && heap[right].deadline < heap[smallest].deadline {
                smallest = right
            }
            if smallest == parent { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
