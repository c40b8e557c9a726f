/// The options of `BackupManager.backup`.
public struct BackupOptions: Sendable {
    /// The snapshot request's options (chunk size, consumers, check, idle timeout).
    public var snapshot = SnapshotOptions()
    /// The checksum the manifest records.
    public var checksum: BackupChecksum = .crc32
    /// The natsctl version recorded in the manifest.
    public var toolVersion: String = "unknown"
    /// Where a pipe target spools the data first (default `$TMPDIR`, else `/var/tmp`).
    public var spoolDirectory: String?
    /// Receives a report after each chunk.
    public var progress: ProgressHandler?

    /// The defaults.
    public init() {}
}

/// The options of `BackupManager.restore`.
public struct RestoreOptions: Sendable {
    /// Overrides `config.num_replicas`.
    public var replicas: Int?
    /// Overrides `config.placement.cluster`.
    public var cluster: String?
    /// Overrides `config.placement.tags`.
    public var tags: [String]?
    /// A whole replacement config: a StreamConfig or a StreamInfo (its `config` is used) as
    /// JSON. Its name must be the backup's (or absent): the server cannot rename on restore.
    public var replacementConfig: [UInt8]?
    /// Delete an existing stream of the same name first (only after the backup is verified).
    public var replaceExisting = false
    /// Refuse a backup without a natsctl manifest (one whose checksums cannot be verified).
    public var requireManifest = false
    /// The upload's options (piece size, timeouts).
    public var upload = UploadOptions()
    /// Where standard input is spooled while it is verified (default `$TMPDIR`, else
    /// `/var/tmp`).
    public var spoolDirectory: String?
    /// Receives a report after each uploaded piece.
    public var progress: ProgressHandler?

    /// The defaults: the backup's own config and placement, no replace.
    public init() {}
}

/// What a finished backup wrote.
public struct BackupResult: Sendable {
    /// The stream backed up.
    public var stream: String
    /// Where it was written.
    public var location: BackupLocation
    /// The manifest written with it.
    public var manifest: BackupManifest
    /// The snapshot's totals (data bytes, chunks, duration, stream size and messages).
    public var snapshot: SnapshotSummary
}

/// What a finished restore did.
public struct RestoreResult: Sendable {
    /// The stream restored.
    public var stream: String
    /// Bytes of snapshot data uploaded.
    public var bytes: UInt64
    /// The stream's stored size, from `backup.json`'s state.
    public var streamBytes: UInt64?
    /// Pieces uploaded.
    public var chunks: Int
    /// Time from the restore request to the server's final answer.
    public var duration: Duration
    /// Whether the backup's checksums were verified (it had a manifest).
    public var verified: Bool
    /// Whether an existing stream was deleted first.
    public var replacedExisting: Bool
    /// The server's StreamInfo for the restored stream, as JSON.
    public var streamInfoJSON: [UInt8]
}
