#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a ustar archive of regular files to a sink, streaming each member's data.
///
/// A member's size goes in its header, before the data. When the size is not known in advance
/// (`beginFile(name:modificationTime:)`) the sink must be a `PatchableSink`: the header is
/// reserved and filled in by `endFile()`.
public final class TarWriter {
    private enum State {
        case idle
        case member(name: String, expected: UInt64?, written: UInt64, slot: PatchSlot?, time: Int64)
        case finished
    }

    private let sink: any ByteSink
    private var state = State.idle
    private let userID = ownerID(getuid())
    private let groupID = ownerID(getgid())

    /// Writes the archive to `sink`.
    public init(sink: any ByteSink) { self.sink = sink }

    /// Adds a small member whose bytes are all in memory.
    /// - Throws: `ArchiveError.misuse` when a member is open or the name is too long; sink errors.
    public func addFile(name: String, contents: [UInt8], modificationTime: Int64) throws {
        try beginFile(name: name, size: UInt64(contents.count), modificationTime: modificationTime)
        try write(contents)
        try endFile()
    }

    /// Starts a member of known `size`; its data follows through `write`.
    /// - Throws: `ArchiveError.misuse` when a member is open or the name is too long; sink errors.
    public func beginFile(name: String, size: UInt64, modificationTime: Int64) throws {
        try requireIdle()
        try sink.write(header(name: name, size: size, time: modificationTime).encode())
        state = .member(name: name, expected: size, written: 0, slot: nil, time: modificationTime)
    }

    /// Starts a member whose size is known only at `endFile()`.
    /// - Throws: `ArchiveError.misuse` when the sink is not patchable or a member is open.
    public func beginFile(name: String, modificationTime: Int64) throws {
        try requireIdle()
        guard let patchable = sink as? any PatchableSink else {
            throw ArchiveError.misuse("a tar member of unknown size needs a patchable sink")
        }
        _ = try header(name: name, size: 0, time: modificationTime).encode()
        let slot = try patchable.reserve(TarHeader.blockSize)
        state = .member(name: name, expected: nil, written: 0, slot: slot, time: modificationTime)
    }

    /// Appends data to the open member.
    /// - Throws: `ArchiveError.misuse` when no member is open or it would exceed its size.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard case .member(let name, let expected, let written, let slot, let time) = state else {
            throw ArchiveError.misuse("tar write with no open member")
        }
        let total = written + UInt64(bytes.count)
        if let expected, total > expected {
            throw ArchiveError.misuse("tar member \(name) is longer than its declared size")
        }
        try sink.write(bytes)
        state = .member(name: name, expected: expected, written: total, slot: slot, time: time)
    }

    /// Appends data to the open member.
    /// - Throws: `ArchiveError.misuse` when no member is open or it would exceed its size.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Ends the open member: pads it to a block and, for an unknown size, fills in its header.
    /// - Throws: `ArchiveError.misuse` when fewer bytes than declared were written; sink errors.
    public func endFile() throws {
        guard case .member(let name, let expected, let written, let slot, let time) = state else {
            throw ArchiveError.misuse("tar endFile with no open member")
        }
        if let expected, expected != written {
            throw ArchiveError.misuse("tar member \(name) has \(written) of \(expected) bytes")
        }
        let padding = (TarHeader.blockSize - Int(written % 512)) % TarHeader.blockSize
        if padding > 0 { try sink.write([UInt8](repeating: 0, count: padding)) }
        if let slot, let patchable = sink as? any PatchableSink {
            try patchable.fill(slot, with: header(name: name, size: written, time: time).encode())
        }
        state = .idle
    }

    /// Writes the end-of-archive marker (two zero blocks). Does not finish the sink.
    /// - Throws: `ArchiveError.misuse` when a member is still open; sink errors.
    public func finish() throws {
        if case .finished = state { return }
        try requireIdle()
        try sink.write([UInt8](repeating: 0, count: 2 * TarHeader.blockSize))
        state = .finished
    }

    private func requireIdle() throws {
        guard case .idle = state else {
            throw ArchiveError.misuse("tar member still open or archive finished")
        }
    }

    private func header(name: String, size: UInt64, time: Int64) -> TarHeader {
        var header = TarHeader(name: name, size: size)
        header.modificationTime = time
        header.userID = userID
        header.groupID = groupID
        return header
    }
}

/// An owner or group ID, or 0 when it does not fit the header's seven octal digits.
private func ownerID(_ id: UInt32) -> UInt32 { id <= 0o7777777 ? id : 0 }
