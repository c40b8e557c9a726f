/// A destination for bytes, written in order.
public protocol ByteSink: AnyObject {
    /// Appends `bytes`.
    /// - Throws: `ArchiveError` when the bytes cannot be stored.
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

extension ByteSink {
    /// Appends the bytes of an array.
    /// - Throws: `ArchiveError` when the bytes cannot be stored.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }
}

/// A position in a `PatchableSink` reserved for bytes that are known only later.
public struct PatchSlot: Sendable, Equatable {
    /// Where the reserved bytes start, counted from the first byte written to the sink.
    public let offset: UInt64
    /// How many bytes are reserved.
    public let count: Int

    /// A slot of `count` bytes at `offset`.
    public init(offset: UInt64, count: Int) {
        self.offset = offset
        self.count = count
    }
}

/// A sink that can reserve room and fill it in afterwards: a seekable file, or a gzip stream over
/// one. Lets a tar member be written before its size is known.
public protocol PatchableSink: ByteSink {
    /// Writes `count` placeholder zero bytes and returns where they are.
    /// - Throws: `ArchiveError` when the bytes cannot be stored.
    func reserve(_ count: Int) throws -> PatchSlot
    /// Replaces the placeholder of `slot` with `bytes` (exactly `slot.count` of them).
    /// - Throws: `ArchiveError.misuse` for a wrong length, or a system error.
    func fill(_ slot: PatchSlot, with bytes: [UInt8]) throws
}

/// A source of bytes, read in order.
public protocol ByteSource: AnyObject {
    /// Reads up to `buffer.count` bytes into `buffer`; returns how many, 0 only at the end.
    /// - Throws: `ArchiveError` when the data cannot be read or is invalid.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

extension ByteSource {
    /// Reads until `buffer` is full or the source ends; returns how many bytes were read.
    /// - Throws: whatever `read(into:)` throws.
    public func readFully(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            if count == 0 { break }
            filled += count
        }
        return filled
    }
}

/// A sink that keeps everything in memory (for small members and tests).
public final class MemorySink: ByteSink {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty sink.
    public init() {}

    /// Appends `bytes`.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }
}

/// A source over bytes in memory (for small members and tests).
public final class MemorySource: ByteSource {
    private let bytes: [UInt8]
    private var position = 0

    /// A source that yields `bytes`.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Copies the next bytes into `buffer`.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, bytes.count - position)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.copyMemory(
                from: UnsafeRawBufferPointer(rebasing: source[position..<position + count]))
        }
        position += count
        return count
    }
}
