/// A growable byte buffer on raw memory, for building protocol output without per-append
/// allocation or bounds checks. Not thread-safe: its owner locks around it.
struct ByteBuffer: ~Copyable {
    private(set) var base: UnsafeMutableRawPointer
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int = 64 * 1024) {
        self.capacity = max(capacity, 64)
        base = .allocate(byteCount: self.capacity, alignment: 16)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// The written bytes.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    mutating func removeAll() { count = 0 }

    /// Drops the first `n` bytes (after a partial write).
    mutating func removeFirst(_ n: Int) {
        precondition(n <= count)
        if n < count { base.copyMemory(from: base + n, byteCount: count - n) }  // memmove
        count -= n
    }

    @inline(__always) mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
        newBase.copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Swaps contents with another buffer (cheap: pointers only).
    mutating func swap(with other: inout ByteBuffer) {
        Swift.swap(&base, &other.base)
        Swift.swap(&count, &other.count)
        Swift.swap(&capacity, &other.capacity)
    }

    /// Gives memory back when a burst has made the buffer much larger than usual.
    mutating func shrink(to target: Int) {
        guard capacity > target * 4, count <= target else { return }
        let newBase = UnsafeMutableRawPointer.allocate(byteCount: target, alignment: 16)
        newBase.copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = newBase
        capacity = target
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        reserve(1)
        base.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    @inline(__always) mutating func append(_ raw: UnsafeRawBufferPointer) {
        guard let source = raw.baseAddress, raw.count > 0 else { return }
        reserve(raw.count)
        (base + count).copyMemory(from: source, byteCount: raw.count)
        count += raw.count
    }

    @inline(__always) mutating func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always) mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Lets `body` write at the end (after `reserve`); it returns how many bytes it wrote.
    @inline(__always) mutating func writeTail(_ body: (UnsafeMutableRawPointer) -> Int) {
        count += body(base + count)
    }

    /// Appends a non-negative integer in decimal.
    @inline(__always) mutating func appendDecimal(_ value: Int) {
        precondition(value >= 0)
        reserve(20)
        if value < 10 {
            base.storeBytes(of: UInt8(48 + value), toByteOffset: count, as: UInt8.self)
            count += 1
            return
        }
        var digits = 0
        var rest = value
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        rest = value
        var position = count + digits - 1
        while rest > 0 {
            base.storeBytes(of: UInt8(48 + rest % 10), toByteOffset: position, as: UInt8.self)
            rest /= 10
            position -= 1
        }
        count += digits
    }
}
