import Archive
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a verified backup holds.
public struct BackupContents: Sendable {
    /// `backup.json` as stored: `{config, state}`, the body of the restore request.
    public let backupJSON: [UInt8]
    /// The stream's name, from `backup.json`'s config.
    public let streamName: String
    /// The size of `stream.tar.s2`.
    public let dataSize: UInt64
    /// The uncompressed size of `stream.tar.s2`'s data (from its S2 framing).
    public let uncompressedSize: UInt64
    /// The natsctl manifest; nil for a backup made by the `nats` CLI, whose data could only be
    /// checked for completeness by the archive's own structure.
    public let manifest: BackupManifest?
    /// `backup.json` parsed, for the restore request and the state check.
    let document: OrderedJSON

    /// Whether checksums were verified (the backup has a manifest).
    public var isVerified: Bool { manifest != nil }
}

/// Reads a backup in any `BackupLocation` form: `verify()` reads it all once and checks every
/// size and checksum; `openData()` then streams `stream.tar.s2` for the upload. Standard input
/// cannot be read twice when it is a pipe, so its data is then spooled to a temporary file
/// during `verify()`; a regular file on standard input is read twice instead.
public final class BackupReader {
    /// Where the backup is read from.
    public let location: BackupLocation
    private let spoolDirectory: String
    private var spoolPath: String?
    /// Where a descriptor that is a regular file started, to read it again instead of spooling.
    private var rewindOffset: off_t?
    private var contents: BackupContents?
    private var dataCRC: UInt32?

    /// Prepares to read `location`.
    /// - Throws: `BackupError.sourceMissing` when the file or directory does not exist.
    public init(location: BackupLocation, spoolDirectory: String? = nil) throws {
        self.location = location
        self.spoolDirectory = spoolDirectory ?? FileSystem.spoolDirectory()
        switch location {
        case .gzipArchive(let path), .tarArchive(let path), .directory(let path):
            guard FileSystem.exists(path) else { throw BackupError.sourceMissing(path: path) }
        case .fileDescriptor:
            break
        }
    }

    deinit {
        if let spoolPath { FileSystem.removeFile(spoolPath) }
    }

    /// Reads the whole backup and checks it: `backup.json` is valid, `stream.tar.s2` is
    /// complete, and both match the manifest's sizes and checksums when there is one.
    /// - Throws: `BackupError.damagedBackup` for a truncated, corrupted or incomplete backup,
    ///   `BackupError.sourceMissing` when it cannot be opened.
    public func verify() throws -> BackupContents {
        let found = try mapErrors { () throws -> Found in
            switch location {
            case .directory(let path): return try readDirectory(path)
            case .gzipArchive(let path), .tarArchive(let path):
                return try readArchive(try Self.open(path), spool: nil)
            case .fileDescriptor(let fd, _):
                if let offset = Self.rewindableOffset(fd) {
                    rewindOffset = offset
                    return try readArchive(FileSource(fileDescriptor: fd), spool: nil)
                }
                let path = "\(spoolDirectory)/natsctl-restore-\(FileSystem.randomSuffix()).spool"
                let spool: FileSink
                do { spool = try FileSink(creating: path) } catch {
                    throw BackupError.io("cannot create spool file \(path): \(error)")
                }
                spoolPath = path
                return try readArchive(FileSource(fileDescriptor: fd), spool: spool)
            }
        }
        guard let config = found.config else { throw damaged("it has no \(BackupMember.config)") }
        guard let dataCRC = found.dataCRC, let dataSize = found.dataSize else {
            throw damaged("it has no \(BackupMember.data)")
        }
        let document: OrderedJSON
        do { document = try OrderedJSON(parsing: config) } catch {
            throw damaged("\(BackupMember.config) is not valid JSON (\(error))")
        }
        guard let name = document["config"]?["name"]?.stringValue, !name.isEmpty,
            document["state"]?.isObject == true
        else {
            throw damaged("\(BackupMember.config) lacks config.name or state")
        }
        var manifest: BackupManifest?
        if let bytes = found.manifest {
            let decoded = try decodeManifest(bytes)
            try check(
                decoded, stream: name, config: config,
                data: (size: dataSize, crc: dataCRC, sha256: found.dataSHA256))
            manifest = decoded
        }
        if let framing = found.framing {
            throw damaged("\(BackupMember.data): \(framing.description)")
        }
        self.dataCRC = dataCRC
        let contents = BackupContents(
            backupJSON: config, streamName: name, dataSize: dataSize,
            uncompressedSize: found.uncompressed, manifest: manifest, document: document)
        self.contents = contents
        return contents
    }

    /// Opens `stream.tar.s2` for reading, after `verify()`. The source fails at its end if the
    /// bytes differ from what `verify()` saw (the file changed in between).
    /// - Throws: `BackupError.damagedBackup` or `.sourceMissing` when it cannot be opened;
    ///   `BackupError.io` when called before `verify()`.
    public func openData() throws -> any ByteSource {
        guard let contents, let dataCRC else {
            throw BackupError.io("backup data opened before the backup was verified")
        }
        let inner: any ByteSource = try mapErrors {
            switch location {
            case .directory(let path):
                return try Self.open(path + "/" + BackupMember.data)
            case .gzipArchive(let path), .tarArchive(let path):
                return try dataMember(of: try Self.open(path))
            case .fileDescriptor(let fd, _):
                return try secondPass(fd)
            }
        }
        return CheckedDataSource(
            inner: inner, size: contents.dataSize, crc: dataCRC, source: location.description)
    }

    // MARK: - Reading the forms

    private struct Found {
        var config: [UInt8]?
        var manifest: [UInt8]?
        var dataSize: UInt64?
        var dataCRC: UInt32?
        var dataSHA256: String?
        var uncompressed: UInt64 = 0
        var framing: ArchiveError?
    }

    private func readDirectory(_ path: String) throws -> Found {
        guard isDirectory(path) else {
            throw damaged("it is not a directory holding \(BackupMember.config)")
        }
        var found = Found()
        let configPath = path + "/" + BackupMember.config
        guard FileSystem.exists(configPath) else {
            throw damaged("it has no \(BackupMember.config)")
        }
        found.config = try readSmall(Self.open(configPath), limit: 64 << 20)
        let manifestPath = path + "/" + BackupManifest.fileName
        if FileSystem.exists(manifestPath) {
            found.manifest = try readSmall(Self.open(manifestPath), limit: 1 << 20)
        }
        let dataPath = path + "/" + BackupMember.data
        guard FileSystem.exists(dataPath) else { throw damaged("it has no \(BackupMember.data)") }
        let wantsSHA =
            found.manifest.flatMap { try? decodeManifest($0) }?
            .file(BackupMember.data)?.sha256 != nil
        try digest(Self.open(dataPath), into: &found, sha256: wantsSHA, spool: nil)
        return found
    }

    private func readArchive(_ raw: any ByteSource, spool: FileSink?) throws -> Found {
        let tar = TarReader(source: try Self.unwrapGzip(raw))
        var found = Found()
        var isFirst = true
        while true {
            let entry: TarEntry?
            do { entry = try tar.next() } catch ArchiveError.corrupted(let reason) where isFirst {
                throw damaged("it is not a tar or tar.gz archive (\(reason))")
            }
            isFirst = false
            guard let entry else { break }
            guard entry.kind == .file else { continue }
            switch entry.baseName {
            case BackupMember.config:
                guard found.config == nil else { throw duplicate(BackupMember.config) }
                found.config = try tar.readAll(limit: 64 << 20)
            case BackupManifest.fileName:
                guard found.manifest == nil else { throw duplicate(BackupManifest.fileName) }
                found.manifest = try tar.readAll(limit: 1 << 20)
            case BackupMember.data:
                guard found.dataSize == nil else { throw duplicate(BackupMember.data) }
                try digest(tar, into: &found, sha256: false, spool: spool)
            default:
                continue
            }
        }
        try spool?.finish()
        if let bytes = found.manifest, found.dataSize != nil,
            (try? decodeManifest(bytes))?.file(BackupMember.data)?.sha256 != nil
        {
            // SHA-256 is computed only when a manifest asks for it, which is known only at the
            // end of an archive: hash the data in a second pass.
            let data = try openDataUnchecked()
            var again = Found()
            try digest(data, into: &again, sha256: true, spool: nil)
            found.dataSHA256 = again.dataSHA256
        }
        return found
    }

    private func openDataUnchecked() throws -> any ByteSource {
        switch location {
        case .fileDescriptor(let fd, _):
            return try secondPass(fd)
        case .gzipArchive(let path), .tarArchive(let path):
            return try dataMember(of: try Self.open(path))
        case .directory(let path):
            return try Self.open(path + "/" + BackupMember.data)
        }
    }

    /// The data of a descriptor read before: the spool file, or the file itself rewound.
    private func secondPass(_ fd: Int32) throws -> any ByteSource {
        if let spoolPath { return try Self.open(spoolPath) }
        guard let rewindOffset, lseek(fd, rewindOffset, SEEK_SET) == rewindOffset else {
            throw BackupError.io("cannot read \(location) a second time")
        }
        return try dataMember(of: FileSource(fileDescriptor: fd))
    }

    /// The data of the `stream.tar.s2` member of an archive (gzip or plain tar).
    private func dataMember(of raw: any ByteSource) throws -> any ByteSource {
        let tar = TarReader(source: try Self.unwrapGzip(raw))
        while let entry = try tar.next() {
            if entry.kind == .file && entry.baseName == BackupMember.data { return tar }
        }
        throw damaged("it has no \(BackupMember.data)")
    }

    /// The current offset of a descriptor that is a regular file, or nil (pipes, terminals).
    private static func rewindableOffset(_ fd: Int32) -> off_t? {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let offset = lseek(fd, 0, SEEK_CUR)
        return offset >= 0 ? offset : nil
    }

    private func digest(
        _ source: any ByteSource, into found: inout Found, sha256: Bool, spool: FileSink?
    ) throws {
        var crc = CRC32()
        var sha = sha256 ? SHA256() : nil
        var scanner = S2FrameScanner()
        var size: UInt64 = 0
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { break }
            try buffer.withUnsafeBytes { raw in
                let chunk = UnsafeRawBufferPointer(rebasing: raw[0..<count])
                crc.update(chunk)
                sha?.update(chunk)
                scanner.scan(chunk)
                try spool?.write(chunk)
            }
            size += UInt64(count)
        }
        found.dataSize = size
        found.dataCRC = crc.value
        found.dataSHA256 = sha?.finalizeHex()
        found.uncompressed = scanner.uncompressedBytes
        do { try scanner.finish() } catch let error as ArchiveError { found.framing = error }
    }

    // MARK: - Checks

    private func decodeManifest(_ bytes: [UInt8]) throws -> BackupManifest {
        let manifest: BackupManifest
        do { manifest = try JSONDecoder().decode(BackupManifest.self, from: Data(bytes)) } catch {
            throw damaged("\(BackupManifest.fileName) is not valid (\(error))")
        }
        guard manifest.format == BackupManifest.currentFormat else {
            throw damaged("\(BackupManifest.fileName) has unknown format \(manifest.format)")
        }
        return manifest
    }

    private func check(
        _ manifest: BackupManifest, stream: String, config: [UInt8],
        data: (size: UInt64, crc: UInt32, sha256: String?)
    ) throws {
        guard manifest.stream == stream else {
            throw damaged(
                "\(BackupManifest.fileName) is for stream \(manifest.stream) but "
                    + "\(BackupMember.config) for stream \(stream)")
        }
        guard let configRecord = manifest.file(BackupMember.config),
            let dataRecord = manifest.file(BackupMember.data),
            configRecord.crc32 != nil || configRecord.sha256 != nil,
            dataRecord.crc32 != nil || dataRecord.sha256 != nil
        else { throw damaged("\(BackupManifest.fileName) lacks checksums") }
        var configDigest = FileDigest(matching: configRecord)
        config.withUnsafeBytes { configDigest.update($0) }
        try compare(configRecord, configDigest.record(name: BackupMember.config))
        let actual = BackupManifest.File(
            name: BackupMember.data, size: data.size,
            crc32: dataRecord.crc32 == nil ? nil : hex8(data.crc), sha256: data.sha256)
        try compare(dataRecord, actual)
    }

    private func compare(_ expected: BackupManifest.File, _ actual: BackupManifest.File) throws {
        if expected.size != actual.size {
            throw damaged(
                "\(expected.name) has \(actual.size) bytes, the manifest says \(expected.size)")
        }
        if let crc = expected.crc32, crc.lowercased() != actual.crc32 {
            throw damaged(
                "\(expected.name) CRC-32 is \(actual.crc32 ?? "?"), the manifest says \(crc)")
        }
        if let sha = expected.sha256, sha.lowercased() != actual.sha256 {
            throw damaged(
                "\(expected.name) SHA-256 is \(actual.sha256 ?? "?"), the manifest says \(sha)")
        }
    }

    // MARK: - Helpers

    private func damaged(_ reason: String) -> BackupError {
        .damagedBackup(source: location.description, reason: reason)
    }

    private func duplicate(_ name: String) -> BackupError {
        damaged("it holds \(name) more than once")
    }

    private func readSmall(_ source: any ByteSource, limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { return bytes }
            bytes += buffer[0..<count]
            if bytes.count > limit { throw damaged("a file is larger than \(limit) bytes") }
        }
    }

    private func mapErrors<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as ArchiveError {
            throw damaged(error.description)
        }
    }

    private static func open(_ path: String) throws -> FileSource {
        do { return try FileSource(path: path) } catch ArchiveError.system(_, let code)
            where code == ENOENT
        {
            throw BackupError.sourceMissing(path: path)
        }
    }

    /// The source itself, or a gzip reader over it when it starts with the gzip magic.
    private static func unwrapGzip(_ source: any ByteSource) throws -> any ByteSource {
        var prefix = [UInt8](repeating: 0, count: 2)
        let count = try prefix.withUnsafeMutableBytes { try source.readFully(into: $0) }
        let whole = PrefixedSource(prefix: Array(prefix[0..<count]), rest: source)
        return GzipReader.isGzip(prefix) ? GzipReader(source: whole) : whole
    }
}

/// A source that yields `prefix` before the rest of another source (bytes read to sniff a
/// format, given back).
private final class PrefixedSource: ByteSource {
    private var prefix: [UInt8]
    private let rest: any ByteSource

    init(prefix: [UInt8], rest: any ByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !prefix.isEmpty else { return try rest.read(into: buffer) }
        let count = min(prefix.count, buffer.count)
        for index in 0..<count { buffer[index] = prefix[index] }
        prefix.removeFirst(count)
        return count
    }
}

/// The data of `stream.tar.s2` for the upload, checked again as it streams: at its end the size
/// and CRC-32 must equal what `verify()` saw, so bytes that changed in between are never
/// committed by the end-of-upload marker.
private final class CheckedDataSource: ByteSource {
    private let inner: any ByteSource
    private let size: UInt64
    private let crc: UInt32
    private let source: String
    private var running = CRC32()
    private var count: UInt64 = 0

    init(inner: any ByteSource, size: UInt64, crc: UInt32, source: String) {
        self.inner = inner
        self.size = size
        self.crc = crc
        self.source = source
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let read: Int
        do { read = try inner.read(into: buffer) } catch let error as ArchiveError {
            throw BackupError.damagedBackup(source: source, reason: error.description)
        }
        running.update(UnsafeRawBufferPointer(rebasing: buffer[0..<read]))
        count += UInt64(read)
        if read == 0 || count > size {
            guard count == size, running.value == crc else {
                throw BackupError.damagedBackup(
                    source: source, reason: "\(BackupMember.data) changed since it was verified")
            }
        }
        return read
    }
}
