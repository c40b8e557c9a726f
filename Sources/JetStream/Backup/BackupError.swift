/// Why a stream backup or restore failed. Each description names the stream or file and says
/// what to do where there is something to do.
public enum BackupError: Error, Equatable, CustomStringConvertible {
    /// The stream keeps its messages in memory; the server snapshots file storage only.
    case memoryStorage(stream: String)
    /// A restore found the stream already on the server.
    case streamExists(stream: String)
    /// A replacement config names a different stream than the backup.
    case renameNotAllowed(backup: String, config: String)
    /// The server ended the snapshot with a status other than 204.
    case snapshotFailed(stream: String, status: Int, description: String)
    /// No snapshot chunk arrived within the idle timeout.
    case snapshotStalled(stream: String, after: Duration, chunks: Int)
    /// The snapshot's message flow ended without its end marker (for example, the connection
    /// closed).
    case snapshotInterrupted(stream: String, chunks: Int)
    /// The snapshot's bytes are not a complete S2 stream (the server's data ended early).
    case invalidSnapshotData(stream: String, reason: String)
    /// The backup target cannot be written.
    case invalidTarget(path: String, reason: String)
    /// The restore source does not exist.
    case sourceMissing(path: String)
    /// The backup is incomplete or damaged (a truncated or corrupted file, a missing member, a
    /// checksum mismatch, an invalid `backup.json`).
    case damagedBackup(source: String, reason: String)
    /// The server refused or failed the restore.
    case restoreFailed(stream: String, reason: String)
    /// After a restore, the stream's state differs from the one recorded in `backup.json`.
    case stateMismatch(stream: String, differences: [String])
    /// Writing the backup or a temporary file failed.
    case io(String)

    /// Whether the input was at fault (a bad target, a missing or damaged backup, a rename in
    /// the replacement config), which natsctl reports with exit code 2; other cases are runtime
    /// or server failures (exit code 1).
    public var isValidationError: Bool {
        switch self {
        case .invalidTarget, .sourceMissing, .damagedBackup, .renameNotAllowed: return true
        default: return false
        }
    }

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .memoryStorage(let stream):
            return "stream \(stream) uses memory storage: memory streams cannot be backed up "
                + "or restored (the server snapshots file storage only)"
        case .streamExists(let stream):
            return "stream \(stream) already exists: delete it first or restore with --replace"
        case .renameNotAllowed(let backup, let config):
            return "the replacement config names stream \(config) but the backup holds stream "
                + "\(backup): stream names cannot be changed during restore (the server refuses "
                + "renames)"
        case .snapshotFailed(let stream, let status, let description):
            return "snapshot of stream \(stream) failed: \(status) \(description)"
        case .snapshotStalled(let stream, let after, let chunks):
            return "snapshot of stream \(stream) stalled: no data for \(after.secondsText) after "
                + "\(chunks) chunk\(chunks == 1 ? "" : "s") (raise the idle timeout if the "
                + "server is busy)"
        case .snapshotInterrupted(let stream, let chunks):
            return "snapshot of stream \(stream) ended without its end marker after \(chunks) "
                + "chunk\(chunks == 1 ? "" : "s")"
        case .invalidSnapshotData(let stream, let reason):
            return "snapshot of stream \(stream) is incomplete: \(reason)"
        case .invalidTarget(let path, let reason):
            return "cannot write backup to \(path): \(reason)"
        case .sourceMissing(let path):
            return "backup \(path) does not exist"
        case .damagedBackup(let source, let reason):
            return "backup \(source) is damaged or incomplete: \(reason)"
        case .restoreFailed(let stream, let reason):
            return "restore of stream \(stream) failed: \(reason)"
        case .stateMismatch(let stream, let differences):
            return "restored stream \(stream) differs from the backup: "
                + differences.joined(separator: "; ")
        case .io(let reason):
            return reason
        }
    }
}

extension Duration {
    /// Whole or fractional seconds with an "s" (`30 s`, `2.5 s`).
    var secondsText: String {
        let (seconds, attoseconds) = components
        let tenths = attoseconds / 100_000_000_000_000_000
        return tenths == 0 ? "\(seconds) s" : "\(seconds).\(tenths) s"
    }
}
