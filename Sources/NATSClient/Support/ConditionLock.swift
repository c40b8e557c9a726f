#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A pthread mutex with condition variables, for the threads that wait on each other
/// (`Mutex` has no condition variable). Callers keep the critical sections short.
/// Several conditions let each kind of waiter be woken without waking the others.
final class ConditionLock: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let conditions: UnsafeMutablePointer<pthread_cond_t>
    private let conditionCount: Int

    init(conditions: Int = 1) {
        conditionCount = conditions
        self.conditions = .allocate(capacity: conditions)
        var mutexAttributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&mutexAttributes)
        #if canImport(Glibc)
            // Adaptive: spin briefly before sleeping, as the critical sections are a few
            // hundred nanoseconds and a futex round trip costs more.
            pthread_mutexattr_settype(&mutexAttributes, Int32(PTHREAD_MUTEX_ADAPTIVE_NP))
        #endif
        pthread_mutex_init(mutex, &mutexAttributes)
        pthread_mutexattr_destroy(&mutexAttributes)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        #if canImport(Glibc)
            pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        #endif
        for index in 0..<conditions { pthread_cond_init(self.conditions + index, &attributes) }
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        for index in 0..<conditionCount { pthread_cond_destroy(conditions + index) }
        pthread_mutex_destroy(mutex)
        conditions.deallocate()
        mutex.deallocate()
    }

    @inline(__always) func lock() { pthread_mutex_lock(mutex) }
    @inline(__always) func unlock() { pthread_mutex_unlock(mutex) }

    /// Waits for a signal of `condition`; the lock must be held.
    func wait(_ condition: Int = 0) { pthread_cond_wait(conditions + condition, mutex) }

    /// Waits for a signal or until `deadline`; the lock must be held.
    /// Returns false when the deadline passed.
    @discardableResult
    func wait(until deadline: ContinuousClock.Instant, _ condition: Int = 0) -> Bool {
        let remaining = ContinuousClock.now.duration(to: deadline)
        if remaining <= .zero { return false }
        var now = timespec()
        #if canImport(Glibc)
            clock_gettime(CLOCK_MONOTONIC, &now)
        #else
            clock_gettime(CLOCK_REALTIME, &now)
        #endif
        let (seconds, attoseconds) = remaining.components
        var nanos = Int(now.tv_nsec) + Int(attoseconds / 1_000_000_000)
        var wholeSeconds = Int(now.tv_sec) + Int(seconds)
        if nanos >= 1_000_000_000 {
            nanos -= 1_000_000_000
            wholeSeconds += 1
        }
        var target = timespec(tv_sec: wholeSeconds, tv_nsec: nanos)
        return pthread_cond_timedwait(conditions + condition, mutex, &target) != ETIMEDOUT
    }

    /// Waits for a signal or for `nanoseconds`; the lock must be held.
    func wait(nanoseconds: Int, _ condition: Int = 0) {
        wait(until: ContinuousClock.now + .nanoseconds(nanoseconds), condition)
    }

    func signal(_ condition: Int = 0) { pthread_cond_signal(conditions + condition) }
    func broadcast(_ condition: Int = 0) { pthread_cond_broadcast(conditions + condition) }

    @inline(__always) func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock()
        defer { unlock() }
        return try body()
    }
}

/// Starts a detached POSIX thread running `body` (the client's reader and writer threads run
/// blocking system calls, which must stay off Swift's cooperative thread pool).
func startThread(name: String, _ body: @escaping @Sendable () -> Void) {
    final class Box {
        let body: @Sendable () -> Void
        let name: String
        init(_ body: @escaping @Sendable () -> Void, name: String) {
            self.body = body
            self.name = name
        }
    }
    let box = Unmanaged.passRetained(Box(body, name: name)).toOpaque()
    #if canImport(Glibc)
        var thread = pthread_t()
    #else
        var thread: pthread_t?
    #endif
    let result = pthread_create(
        &thread, nil,
        { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            #if canImport(Darwin)
                pthread_setname_np(String(box.name.prefix(15)))
            #endif
            box.body()
            return nil
        }, box)
    precondition(result == 0, "pthread_create failed: \(result)")
    #if canImport(Glibc)
        pthread_detach(thread)
    #else
        if let thread { pthread_detach(thread) }
    #endif
}

/// Monotonic time in nanoseconds (CLOCK_MONOTONIC, as `ContinuousClock` on Linux).
@inline(__always) func monotonicNanos() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int(now.tv_sec) &* 1_000_000_000 &+ Int(now.tv_nsec)
}
