/// Where a backup is written to or read from, by the forms `stream backup` and `stream restore`
/// accept.
public enum BackupLocation: Sendable, Equatable, CustomStringConvertible {
    /// One gzip-compressed tar file (`.tar.gz`, `.tgz`).
    case gzipArchive(path: String)
    /// One tar file (`.tar`).
    case tarArchive(path: String)
    /// A directory in the `nats` CLI's layout: `backup.json` and `stream.tar.s2`.
    case directory(path: String)
    /// An open descriptor such as standard output or a pipe: a tar stream, gzip-compressed when
    /// `gzip` is set. When reading, gzip is detected from the data and `gzip` is ignored.
    case fileDescriptor(Int32, gzip: Bool)

    /// The location a `stream backup` TARGET names: `-` is standard output (a tar stream), a name
    /// ending in `.tar.gz` or `.tgz` a gzip tar file, `.tar` a tar file, anything else a
    /// directory.
    public init(backupTarget argument: String) {
        if argument == "-" {
            self = .fileDescriptor(1, gzip: false)
        } else if argument.hasSuffix(".tar.gz") || argument.hasSuffix(".tgz") {
            self = .gzipArchive(path: argument)
        } else if argument.hasSuffix(".tar") {
            self = .tarArchive(path: argument)
        } else {
            self = .directory(path: argument)
        }
    }

    /// The location a `stream restore` SOURCE names: `-` is standard input, an existing
    /// directory a directory, and any other path an archive file (gzip or plain tar, told apart
    /// by its content, not its name).
    public init(restoreSource argument: String) {
        if argument == "-" {
            self = .fileDescriptor(0, gzip: false)
        } else if isDirectory(argument) {
            self = .directory(path: argument)
        } else if argument.hasSuffix(".tar.gz") || argument.hasSuffix(".tgz") {
            self = .gzipArchive(path: argument)
        } else {
            self = .tarArchive(path: argument)
        }
    }

    /// The path, or `-` for a descriptor.
    public var description: String {
        switch self {
        case .gzipArchive(let path), .tarArchive(let path), .directory(let path): return path
        case .fileDescriptor(let fd, _):
            switch fd {
            case 0: return "standard input"
            case 1: return "standard output"
            default: return "file descriptor \(fd)"
            }
        }
    }
}
