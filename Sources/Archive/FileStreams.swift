#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes to a POSIX file descriptor through a buffer. On a seekable regular file it is a
/// `PatchableSink`; on a pipe or terminal `reserve` throws.
public final class FileSink: PatchableSink {
    /// The file descriptor written to.
    public let fileDescriptor: Int32
    /// Whether the descriptor is a regular file that `fill` can rewrite (not in append mode).
    public let isSeekable: Bool
    private let baseOffset: UInt64
    private let label: String
    private let closesOnFinish: Bool
    private var buffer: [UInt8] = []
    private let bufferLimit = 256 * 1024
    private var flushedCount: UInt64 = 0
    private var isClosed = false

    /// Writes to an open descriptor (for example standard output, 1); never closes it.
    /// - Parameters:
    ///   - fileDescriptor: the descriptor.
    ///   - label: how errors name the destination.
    public init(fileDescriptor: Int32, label: String = "output") {
        self.fileDescriptor = fileDescriptor
        self.label = label
        closesOnFinish = false
        (isSeekable, baseOffset) = Self.seekability(fileDescriptor)
        buffer.reserveCapacity(bufferLimit)
    }

    /// Creates `path` (it must not exist; mode 0600) and writes to it.
    /// - Throws: `ArchiveError.system` when the file cannot be created.
    public init(creating path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ArchiveError.system(operation: "create \(path)", errno: errno) }
        fileDescriptor = fd
        label = path
        closesOnFinish = true
        (isSeekable, baseOffset) = Self.seekability(fd)
        buffer.reserveCapacity(bufferLimit)
    }

    deinit {
        if closesOnFinish && !isClosed { close(fileDescriptor) }
    }

    /// How many bytes have been written, buffered ones included.
    public var count: UInt64 { flushedCount + UInt64(buffer.count) }

    /// Appends `bytes`, writing through when the buffer is full.
    /// - Throws: `ArchiveError.system` when `write(2)` fails.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > bufferLimit { try flush() }
        if bytes.count >= bufferLimit {
            try writeAll(bytes)
            flushedCount += UInt64(bytes.count)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes `count` zero bytes and returns their position.
    /// - Throws: `ArchiveError.misuse` when the descriptor is not a regular file.
    public func reserve(_ count: Int) throws -> PatchSlot {
        guard isSeekable else {
            throw ArchiveError.misuse("\(label) is not a regular file; cannot rewrite it")
        }
        let slot = PatchSlot(offset: self.count, count: count)
        try write([UInt8](repeating: 0, count: count))
        return slot
    }

    /// Rewrites the reserved bytes of `slot` in place.
    /// - Throws: `ArchiveError.misuse` for a wrong length, `ArchiveError.system` on I/O errors.
    public func fill(_ slot: PatchSlot, with bytes: [UInt8]) throws {
        guard bytes.count == slot.count, isSeekable else {
            throw ArchiveError.misuse("patch of \(bytes.count) bytes for a \(slot.count)-byte slot")
        }
        try flush()
        var done = 0
        while done < bytes.count {
            let result = bytes.withUnsafeBytes { raw in
                pwrite(
                    fileDescriptor, raw.baseAddress! + done, bytes.count - done,
                    off_t(baseOffset + slot.offset) + off_t(done))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw ArchiveError.system(operation: "write \(label)", errno: errno)
            }
            done += result
        }
    }

    /// Writes the buffered bytes out.
    /// - Throws: `ArchiveError.system` when `write(2)` fails.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        flushedCount += UInt64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, forces the data to stable storage (`fsync`, regular files only) and closes the
    /// descriptor if this sink opened it.
    /// - Throws: `ArchiveError.system` when writing, syncing or closing fails.
    public func finish() throws {
        try flush()
        if isSeekable && fsync(fileDescriptor) != 0 {
            throw ArchiveError.system(operation: "sync \(label)", errno: errno)
        }
        if closesOnFinish && !isClosed {
            isClosed = true
            if close(fileDescriptor) != 0 {
                throw ArchiveError.system(operation: "close \(label)", errno: errno)
            }
        }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let result = systemWrite(fileDescriptor, bytes.baseAddress! + done, bytes.count - done)
            if result < 0 {
                if errno == EINTR { continue }
                throw ArchiveError.system(operation: "write \(label)", errno: errno)
            }
            done += result
        }
    }

    /// Whether `pwrite` can rewrite what is written from now on, and the current offset.
    private static func seekability(_ fd: Int32) -> (Bool, UInt64) {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
            fcntl(fd, F_GETFL) & O_APPEND == 0
        else { return (false, 0) }
        let offset = lseek(fd, 0, SEEK_CUR)
        return offset < 0 ? (false, 0) : (true, UInt64(offset))
    }
}

/// Reads from a POSIX file descriptor.
public final class FileSource: ByteSource {
    /// The file descriptor read from.
    public let fileDescriptor: Int32
    private let label: String
    private let closesOnDeinit: Bool

    /// Reads an open descriptor (for example standard input, 0); never closes it.
    /// - Parameters:
    ///   - fileDescriptor: the descriptor.
    ///   - label: how errors name the source.
    public init(fileDescriptor: Int32, label: String = "input") {
        self.fileDescriptor = fileDescriptor
        self.label = label
        closesOnDeinit = false
    }

    /// Opens `path` for reading.
    /// - Throws: `ArchiveError.system` when it cannot be opened (missing, no permission).
    public init(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ArchiveError.system(operation: "open \(path)", errno: errno) }
        fileDescriptor = fd
        label = path
        closesOnDeinit = true
    }

    deinit {
        if closesOnDeinit { close(fileDescriptor) }
    }

    /// Reads the next bytes.
    /// - Throws: `ArchiveError.system` when `read(2)` fails.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let result = systemRead(fileDescriptor, buffer.baseAddress!, buffer.count)
            if result >= 0 { return result }
            if errno != EINTR {
                throw ArchiveError.system(operation: "read \(label)", errno: errno)
            }
        }
    }
}

private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}

private func systemRead(_ fd: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, bytes, count)
}
