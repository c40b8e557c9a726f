import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The small POSIX file operations the context store needs: whole-file reads, atomic
/// private writes, and private directories.
enum ContextFiles {
    /// Reads a whole file; `nil` when it does not exist.
    /// - Throws: `ContextError.io` for any other failure.
    static func contents(of path: String) throws(ContextError) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw .io(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 8192)
        while data.count <= 16 << 20 {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return data }
            data.append(contentsOf: chunk[..<count])
        }
        throw .io(path: path, reason: "file larger than 16 MiB")
    }

    /// Creates `path` and its missing parents with mode 0700; existing ones are left alone.
    /// - Throws: `ContextError.io` when a directory cannot be created.
    static func makePrivateDirectory(_ path: String) throws(ContextError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                throw .io(path: current, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Writes `text` to `path` atomically with mode 0600: a temporary file in the same
    /// directory, flushed, then renamed over the target.
    /// - Throws: `ContextError.io` when any step fails (the target is then unchanged).
    static func writeAtomically(_ text: String, to path: String) throws(ContextError) {
        var template = Array((path + ".tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if descriptor < 0 { throw .io(path: path, reason: String(cString: strerror(errno))) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var failure: String?
        if fchmod(descriptor, 0o600) != 0 { failure = String(cString: strerror(errno)) }
        var bytes = Array(text.utf8)[...]
        while failure == nil, !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
            } else {
                bytes = bytes.dropFirst(written)
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 {
            failure = String(cString: strerror(errno))
        }
        if let failure {
            unlink(temporary)
            throw .io(path: path, reason: failure)
        }
        syncDirectory(of: path)
    }

    /// Removes a file; a missing file is fine.
    /// - Throws: `ContextError.io` for any other failure.
    static func remove(_ path: String) throws(ContextError) {
        if unlink(path) != 0 && errno != ENOENT {
            throw .io(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Whether a regular file exists at `path`.
    static func isFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// The regular files in `directory`; empty when it does not exist.
    static func fileNames(in directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        for _ in 0..<100_000 {
            guard let entry = readdir(handle) else { break }
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// The size of a file, or `nil` when it cannot be examined.
    static func size(_ path: String) -> Int? {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : nil
    }

    private static func syncDirectory(of path: String) {
        let directory = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            .joined(separator: "/")
        let descriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }
}
