#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// File names inside a backup.
enum BackupMember {
    static let config = "backup.json"
    static let data = "stream.tar.s2"
}

/// Small POSIX file helpers for the backup writer and reader.
enum FileSystem {
    /// Whether `path` exists (following symlinks).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// A random suffix for temporary names.
    static func randomSuffix() -> String {
        String(UInt32.random(in: 0...UInt32.max), radix: 16)
    }

    /// The directory part of `path` (`.` when it has none).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Where temporary spool files go: `$TMPDIR`, else `/var/tmp` (usually on disk, not in
    /// memory).
    static func spoolDirectory() -> String {
        if let value = getenv("TMPDIR"), let text = String(validatingCString: value), !text.isEmpty
        {
            return text
        }
        return "/var/tmp"
    }

    static func makeDirectory(_ path: String) throws {
        guard mkdir(path, 0o700) == 0 else {
            throw BackupError.io("cannot create directory \(path): \(errorText())")
        }
    }

    static func rename(_ from: String, _ to: String) throws {
        guard systemRename(from, to) == 0 else {
            throw BackupError.io("cannot rename \(from) to \(to): \(errorText())")
        }
    }

    static func removeFile(_ path: String) {
        unlink(path)
    }

    /// Removes a directory and the regular files directly inside it.
    static func removeFlatDirectory(_ path: String, files: [String]) {
        for name in files { unlink(path + "/" + name) }
        rmdir(path)
    }

    /// Forces a directory's entries (a rename) to stable storage.
    static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    static func errorText() -> String {
        String(cString: strerror(errno))
    }
}

/// Whether `path` is an existing directory (following symlinks).
func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
}

private func systemRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
