import Archive
import FoundationEssentials

/// Writes one stream backup in any `BackupLocation` form, streaming: `backup.json` first, then
/// the snapshot's bytes chunk by chunk as they arrive, then `commit()`.
///
/// Files are written under a temporary name (`<target>.partial-<random>`) and renamed into
/// place by `commit()`, after `fsync`; `abort()` (or releasing an uncommitted writer) removes
/// them, so a failed backup never leaves something that looks complete. An existing backup of
/// the same name is replaced only when the new one is complete. On a pipe, the data is spooled
/// to a temporary file first, because a tar header must state the member's size before its
/// bytes.
public final class BackupWriter {
    private enum Output {
        case archive(file: FileSink, gzip: GzipWriter?, tar: TarWriter, temporary: String?)
        case directory(temporary: String, data: FileSink)
        case spool(fd: Int32, gzip: Bool, spool: FileSink, spoolPath: String)
    }

    /// Where the backup goes.
    public let location: BackupLocation
    private let stream: String
    private let toolVersion: String
    private var output: Output?
    private var configBytes: [UInt8]?
    private var configDigest: FileDigest
    private var dataDigest: FileDigest
    private var isDone = false
    private let modificationTime = Int64(Date().timeIntervalSince1970)

    /// Prepares the target: checks it can be written and creates the temporary file or
    /// directory. Nothing is visible under the final name yet.
    /// - Parameters:
    ///   - location: where to write.
    ///   - stream: the stream's name, recorded in the manifest.
    ///   - toolVersion: the natsctl version, recorded in the manifest.
    ///   - checksum: the checksum the manifest records.
    ///   - spoolDirectory: where a pipe target spools the data (default `$TMPDIR` or
    ///     `/var/tmp`).
    /// - Throws: `BackupError.invalidTarget` when the target is of the wrong kind (a directory
    ///   where a file is wanted or the reverse) or its folder does not exist; `BackupError.io`
    ///   when the temporary file cannot be created.
    public init(
        location: BackupLocation, stream: String, toolVersion: String,
        checksum: BackupChecksum = .crc32, spoolDirectory: String? = nil
    ) throws {
        self.location = location
        self.stream = stream
        self.toolVersion = toolVersion
        configDigest = FileDigest(checksum)
        dataDigest = FileDigest(checksum)
        switch location {
        case .gzipArchive(let path), .tarArchive(let path):
            try Self.checkFileTarget(path)
            let temporary = "\(path).partial-\(FileSystem.randomSuffix())"
            let file = try Self.create(temporary)
            let gzip: GzipWriter?
            if case .gzipArchive = location {
                gzip = try GzipWriter(sink: file)
            } else {
                gzip = nil
            }
            let tar = TarWriter(sink: gzip ?? file)
            output = .archive(file: file, gzip: gzip, tar: tar, temporary: temporary)
        case .directory(let path):
            if FileSystem.exists(path) && !isDirectory(path) {
                throw BackupError.invalidTarget(
                    path: path,
                    reason: "it exists and is not a directory (name a file "
                        + "ending in .tar.gz, .tgz or .tar to write an archive)")
            }
            try Self.checkParent(of: path)
            let temporary = "\(path).partial-\(FileSystem.randomSuffix())"
            try FileSystem.makeDirectory(temporary)
            do {
                let data = try Self.create(temporary + "/" + BackupMember.data)
                output = .directory(temporary: temporary, data: data)
            } catch {
                FileSystem.removeFlatDirectory(temporary, files: [])
                throw error
            }
        case .fileDescriptor(let fd, let gzipped):
            let direct = FileSink(fileDescriptor: fd, label: location.description)
            if direct.isSeekable {
                let gzip = gzipped ? try GzipWriter(sink: direct) : nil
                let tar = TarWriter(sink: gzip ?? direct)
                output = .archive(file: direct, gzip: gzip, tar: tar, temporary: nil)
            } else {
                let directory = spoolDirectory ?? FileSystem.spoolDirectory()
                let spoolPath = "\(directory)/natsctl-backup-\(FileSystem.randomSuffix()).spool"
                let spool = try Self.create(spoolPath)
                output = .spool(fd: fd, gzip: gzipped, spool: spool, spoolPath: spoolPath)
            }
        }
    }

    deinit { abort() }

    /// Writes `backup.json`; call once, before any data.
    /// - Throws: `BackupError.io` when writing fails.
    public func begin(backupJSON: [UInt8]) throws {
        guard configBytes == nil, let output else {
            throw BackupError.io("backup.json written twice or after the end")
        }
        configBytes = backupJSON
        backupJSON.withUnsafeBytes { configDigest.update($0) }
        try mapErrors {
            switch output {
            case .archive(_, _, let tar, _):
                try tar.addFile(
                    name: BackupMember.config, contents: backupJSON,
                    modificationTime: modificationTime)
                try tar.beginFile(name: BackupMember.data, modificationTime: modificationTime)
            case .directory, .spool:
                break
            }
        }
    }

    /// Appends snapshot bytes to `stream.tar.s2`.
    /// - Throws: `BackupError.io` when writing fails (for example, a full disk).
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard configBytes != nil, let output, !isDone else {
            throw BackupError.io("backup data written before backup.json or after the end")
        }
        dataDigest.update(bytes)
        try mapErrors {
            switch output {
            case .archive(_, _, let tar, _): try tar.write(bytes)
            case .directory(_, let data): try data.write(bytes)
            case .spool(_, _, let spool, _): try spool.write(bytes)
            }
        }
    }

    /// Appends snapshot bytes to `stream.tar.s2`.
    /// - Throws: `BackupError.io` when writing fails.
    public func write(_ bytes: Data) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// How many bytes of `stream.tar.s2` have been written.
    public var dataSize: UInt64 { dataDigest.size }

    /// Finishes the backup: the manifest, the archive's end, `fsync`, and the rename into place.
    /// - Returns: the manifest written.
    /// - Throws: `BackupError.io` when a step fails; the temporary files are removed then.
    public func commit() throws -> BackupManifest {
        guard let configBytes, let output, !isDone else {
            throw BackupError.io("backup committed before backup.json or twice")
        }
        let manifest = BackupManifest(
            natsctlVersion: toolVersion, stream: stream, created: Self.timestamp(),
            files: [
                configDigest.record(name: BackupMember.config),
                dataDigest.record(name: BackupMember.data),
            ])
        do {
            let manifestBytes = try manifest.encoded()
            try mapErrors {
                switch output {
                case .archive(let file, let gzip, let tar, let temporary):
                    try finishArchive(tar, gzip: gzip, file: file, manifest: manifestBytes)
                    if let temporary, let path = finalPath {
                        try FileSystem.rename(temporary, path)
                        FileSystem.syncDirectory(FileSystem.parent(of: path))
                    }
                case .directory(let temporary, let data):
                    try data.finish()
                    try writeSmallFile(temporary + "/" + BackupMember.config, configBytes)
                    try writeSmallFile(temporary + "/" + BackupManifest.fileName, manifestBytes)
                    try installDirectory(from: temporary)
                case .spool(let fd, let gzipped, let spool, let spoolPath):
                    try spool.finish()
                    try copySpool(spoolPath, to: fd, gzip: gzipped, manifest: manifestBytes)
                    FileSystem.removeFile(spoolPath)
                }
            }
        } catch {
            abort()
            throw error
        }
        isDone = true
        self.output = nil
        return manifest
    }

    /// Gives up: removes the temporary files. Safe to call more than once.
    public func abort() {
        guard !isDone, let output else { return }
        isDone = true
        self.output = nil
        switch output {
        case .archive(_, _, _, let temporary):
            if let temporary { FileSystem.removeFile(temporary) }
        case .directory(let temporary, _):
            FileSystem.removeFlatDirectory(
                temporary,
                files: [BackupMember.config, BackupMember.data, BackupManifest.fileName])
        case .spool(_, _, _, let spoolPath):
            FileSystem.removeFile(spoolPath)
        }
    }

    private var finalPath: String? {
        switch location {
        case .gzipArchive(let path), .tarArchive(let path), .directory(let path): return path
        case .fileDescriptor: return nil
        }
    }

    private func finishArchive(
        _ tar: TarWriter, gzip: GzipWriter?, file: FileSink, manifest: [UInt8]
    ) throws {
        try tar.endFile()
        try tar.addFile(
            name: BackupManifest.fileName, contents: manifest, modificationTime: modificationTime)
        try tar.finish()
        try gzip?.finish()
        try file.finish()
    }

    /// Moves the finished files into the target directory. A new directory is renamed in one
    /// step. Into an existing one, `backup.json` is removed first and put back last, so a crash
    /// in between leaves a directory that is visibly incomplete.
    private func installDirectory(from temporary: String) throws {
        guard let path = finalPath else { return }
        if !FileSystem.exists(path) {
            try FileSystem.rename(temporary, path)
            FileSystem.syncDirectory(FileSystem.parent(of: path))
            return
        }
        FileSystem.removeFile(path + "/" + BackupMember.config)
        for name in [BackupMember.data, BackupManifest.fileName, BackupMember.config] {
            try FileSystem.rename(temporary + "/" + name, path + "/" + name)
        }
        FileSystem.syncDirectory(path)
        FileSystem.removeFlatDirectory(temporary, files: [])
    }

    private func copySpool(_ spoolPath: String, to fd: Int32, gzip: Bool, manifest: [UInt8])
        throws
    {
        let sink = FileSink(fileDescriptor: fd, label: location.description)
        let gzipWriter = gzip ? try GzipWriter(sink: sink) : nil
        let tar = TarWriter(sink: gzipWriter ?? sink)
        try tar.addFile(
            name: BackupMember.config, contents: configBytes ?? [],
            modificationTime: modificationTime)
        try tar.beginFile(
            name: BackupMember.data, size: dataDigest.size, modificationTime: modificationTime)
        let source = try FileSource(path: spoolPath)
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        var copied: UInt64 = 0
        while true {
            let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { break }
            try buffer.withUnsafeBytes {
                try tar.write(UnsafeRawBufferPointer(rebasing: $0[0..<count]))
            }
            copied += UInt64(count)
        }
        guard copied == dataDigest.size else {
            throw BackupError.io("spool file \(spoolPath) changed while it was copied")
        }
        try finishArchive(tar, gzip: gzipWriter, file: sink, manifest: manifest)
    }

    private func writeSmallFile(_ path: String, _ bytes: [UInt8]) throws {
        let sink = try FileSink(creating: path)
        try sink.write(bytes)
        try sink.finish()
    }

    private func mapErrors(_ body: () throws -> Void) throws {
        do { try body() } catch let error as ArchiveError {
            throw BackupError.io("cannot write backup to \(location): \(error)")
        }
    }

    private static func create(_ path: String) throws -> FileSink {
        do { return try FileSink(creating: path) } catch let error as ArchiveError {
            throw BackupError.io("cannot create \(path): \(error)")
        }
    }

    private static func checkFileTarget(_ path: String) throws {
        if isDirectory(path) {
            throw BackupError.invalidTarget(path: path, reason: "it is a directory")
        }
        try checkParent(of: path)
    }

    private static func checkParent(of path: String) throws {
        let parent = FileSystem.parent(of: path)
        guard isDirectory(parent) else {
            throw BackupError.invalidTarget(
                path: path, reason: "directory \(parent) does not exist")
        }
    }

    /// The current time in RFC 3339, UTC, whole seconds.
    private static func timestamp() -> String {
        Date().formatted(.iso8601)
    }
}
