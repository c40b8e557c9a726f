import Synchronization

/// A block of payload bytes copied out of the read buffer, shared by the queued messages that
/// point into it. It is freed when the reader has moved on to the next block and every message
/// in it has been read or dropped.
final class PayloadChunk: @unchecked Sendable {
    /// Added to the count while the reader still fills the chunk, so that consumers cannot
    /// bring it to zero before the reader has said how many messages it holds.
    static let bias = 1 << 40

    let base: UnsafeMutableRawPointer
    let capacity: Int
    let pending = Atomic<Int>(PayloadChunk.bias)

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(byteCount: capacity, alignment: 16)
    }

    deinit { base.deallocate() }
}

/// Where a queued message's bytes are: a range of a chunk, holding one count of it.
struct PayloadSlot {
    let chunk: Unmanaged<PayloadChunk>
    let offset: Int
    let length: Int

    var bytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: chunk.takeUnretainedValue().base + offset, count: length)
    }

    /// Gives up this message's count of the chunk.
    func release() {
        let (_, remaining) = chunk.takeUnretainedValue().pending.wrappingSubtract(
            1, ordering: .acquiringAndReleasing)
        if remaining == 0 { chunk.release() }
    }
}

/// The reader thread's bump allocator for message bytes.
///
/// Creating each message's `Data` on the reader thread would allocate there and free on the
/// reading task's thread, which defeats malloc's per-thread caches (measured: half of the
/// reader's time). Copying the bytes here and building the `Data` where the message is read
/// keeps allocation and release on one thread.
struct PayloadArena: ~Copyable {
    static let chunkSize = 64 * 1024
    /// Larger messages are built at once rather than copied twice.
    static let largeMessage = 8 * 1024

    private var chunk: Unmanaged<PayloadChunk>?
    private var used = 0
    private var stored = 0

    init() {}

    deinit {
        if let chunk { Self.retire(chunk, stored: stored) }
    }

    /// Copies `bytes` into the current chunk (starting a new one when it is full).
    mutating func store(_ bytes: UnsafeRawBufferPointer) -> PayloadSlot {
        if chunk == nil || used + bytes.count > PayloadArena.chunkSize {
            retire()
            chunk = Unmanaged.passRetained(PayloadChunk(capacity: PayloadArena.chunkSize))
        }
        let current = chunk!
        if let source = bytes.baseAddress, bytes.count > 0 {
            (current.takeUnretainedValue().base + used).copyMemory(
                from: source, byteCount: bytes.count)
        }
        let slot = PayloadSlot(chunk: current, offset: used, length: bytes.count)
        used += (bytes.count + 7) & ~7
        stored += 1
        return slot
    }

    private static func retire(_ chunk: Unmanaged<PayloadChunk>, stored: Int) {
        let (_, remaining) = chunk.takeUnretainedValue().pending.wrappingAdd(
            stored - PayloadChunk.bias, ordering: .acquiringAndReleasing)
        if remaining == 0 { chunk.release() }
    }

    /// Hands the current chunk over to its messages.
    private mutating func retire() {
        guard let current = chunk else { return }
        Self.retire(current, stored: stored)
        chunk = nil
        used = 0
        stored = 0
    }
}

/// A message waiting in a subscription's queue: built already, or still as copied bytes.
enum QueuedMessage {
    case ready(Message)
    case stored(subject: String, reply: String?, headerSize: Int?, bytes: PayloadSlot)

    /// The message (built now if needed); releases its bytes.
    consuming func message() -> Message {
        switch consume self {
        case .ready(let message):
            return message
        case .stored(let subject, let reply, let headerSize, let slot):
            defer { slot.release() }
            return makeMessage(
                subject: subject, reply: reply, headerSize: headerSize, bytes: slot.bytes)
        }
    }

    /// Drops the message; releases its bytes.
    consuming func discard() {
        if case .stored(_, _, _, let slot) = self { slot.release() }
    }
}
