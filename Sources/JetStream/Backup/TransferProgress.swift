/// How far a backup or restore has come, reported after each chunk so a command can draw a
/// progress bar.
public struct TransferProgress: Sendable, Equatable {
    /// Bytes of snapshot data (`stream.tar.s2`) transferred so far.
    public var bytes: UInt64
    /// Chunks transferred so far.
    public var chunks: Int
    /// Time since the transfer started.
    public var elapsed: Duration
    /// The total when it is known: `stream.tar.s2`'s size for a restore; nil for a backup,
    /// whose compressed size is known only at the end (see `streamBytes`).
    public var totalBytes: UInt64?
    /// The uncompressed size of the data transferred so far (backups only; from the S2
    /// framing), to compare with `streamBytes` for a percentage.
    public var uncompressedBytes: UInt64?
    /// The stream's stored size from its state (uncompressed), for scale.
    public var streamBytes: UInt64?

    /// Creates a progress report.
    public init(
        bytes: UInt64, chunks: Int, elapsed: Duration, totalBytes: UInt64? = nil,
        uncompressedBytes: UInt64? = nil, streamBytes: UInt64? = nil
    ) {
        self.bytes = bytes
        self.chunks = chunks
        self.elapsed = elapsed
        self.totalBytes = totalBytes
        self.uncompressedBytes = uncompressedBytes
        self.streamBytes = streamBytes
    }
}

/// Receives progress reports; called on the task doing the transfer, so it should be quick.
public typealias ProgressHandler = @Sendable (TransferProgress) -> Void
