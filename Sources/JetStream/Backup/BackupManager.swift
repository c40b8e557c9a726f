import FoundationEssentials
import NATSClient

/// Backs up streams to files and restores them, on one connection.
///
/// A backup writes `backup.json` (`{config, state}` from the snapshot reply), `stream.tar.s2`
/// (the server's snapshot bytes, unchanged) and `natsctl-manifest.json` (sizes and checksums)
/// in the form the `BackupLocation` names. A restore verifies all of that before it asks the
/// server for anything that changes state, and checks the restored stream's state afterwards.
public struct BackupManager: Sendable {
    private let api: BackupAPI

    /// A manager on `connection`.
    /// - Parameters:
    ///   - connection: the connection to use.
    ///   - apiPrefix: the JetStream API prefix (`$JS.API`, or `$JS.<domain>.API`).
    ///   - requestTimeout: the timeout of the info and delete requests.
    public init(
        connection: Connection, apiPrefix: String = "$JS.API",
        requestTimeout: Duration = .seconds(5)
    ) {
        api = BackupAPI(connection: connection, prefix: apiPrefix, timeout: requestTimeout)
    }

    /// Backs up `stream` to `location`. Nothing is written when the stream is missing or uses
    /// memory storage; a failed backup leaves no file that looks complete.
    /// - Throws: `BackupError.memoryStorage`, `.invalidTarget`, `.snapshotFailed`,
    ///   `.snapshotStalled`, `.snapshotInterrupted`, `.io`; a JetStream API error such as
    ///   `stream not found (10059)`; `NATSError` for connection failures.
    public func backup(
        stream: String, to location: BackupLocation, options: BackupOptions = BackupOptions()
    ) async throws -> BackupResult {
        try validateName(stream)
        guard let info = try await api.streamInfo(stream) else { throw streamNotFound() }
        if info["config"]?["storage"]?.stringValue == "memory" {
            throw BackupError.memoryStorage(stream: stream)
        }
        let writer = try BackupWriter(
            location: location, stream: stream, toolVersion: options.toolVersion,
            checksum: options.checksum, spoolDirectory: options.spoolDirectory)
        do {
            let flow = SnapshotFlow(api: api, stream: stream, options: options.snapshot)
            let summary = try await flow.run(
                onReply: { try writer.begin(backupJSON: $0) },
                onChunk: { try writer.write($0) }, progress: options.progress)
            let manifest = try writer.commit()
            return BackupResult(
                stream: stream, location: location, manifest: manifest, snapshot: summary)
        } catch {
            writer.abort()
            throw error
        }
    }

    /// Reads and verifies the backup at `location` without contacting the server.
    /// - Throws: `BackupError.sourceMissing`, `.damagedBackup`.
    public static func inspect(
        _ location: BackupLocation, spoolDirectory: String? = nil
    ) throws -> BackupContents {
        try BackupReader(location: location, spoolDirectory: spoolDirectory).verify()
    }

    /// Restores the stream held by the backup at `location`. The backup is verified in full
    /// first; the stream must not exist (unless `replaceExisting`); after the upload, the
    /// stream's messages, bytes and first and last sequence must equal `backup.json`'s state.
    /// - Throws: `BackupError.sourceMissing`, `.damagedBackup`, `.streamExists`,
    ///   `.renameNotAllowed`, `.memoryStorage`, `.restoreFailed`, `.stateMismatch`; a JetStream
    ///   API error; `NATSError` for connection failures.
    public func restore(from location: BackupLocation, options: RestoreOptions = RestoreOptions())
        async throws -> RestoreResult
    {
        let reader = try BackupReader(location: location, spoolDirectory: options.spoolDirectory)
        let contents = try reader.verify()
        if options.requireManifest && !contents.isVerified {
            throw BackupError.damagedBackup(
                source: location.description,
                reason: "it has no \(BackupManifest.fileName), so its checksums cannot be verified")
        }
        let stream = contents.streamName
        try validateName(stream)
        let request = try RestoreRequest.build(from: contents.document, options: options)
        var replaced = false
        if try await api.streamInfo(stream) != nil {
            guard options.replaceExisting else { throw BackupError.streamExists(stream: stream) }
            try await api.deleteStream(stream)
            replaced = true
        }
        let flow = RestoreFlow(api: api, stream: stream, options: options.upload)
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = try await flow.run(
            request: request.compactBytes(), data: try reader.openData(),
            totalBytes: contents.dataSize, progress: options.progress)
        let duration = clock.now - start
        let restoredState = try await restoredState(outcome.info, stream: stream)
        try RestoreRequest.compare(
            expected: contents.document["state"], actual: restoredState, stream: stream)
        return RestoreResult(
            stream: stream, bytes: outcome.bytes,
            streamBytes: contents.document["state"]?["bytes"]?.unsignedValue,
            chunks: outcome.chunks, duration: duration,
            verified: contents.isVerified, replacedExisting: replaced,
            streamInfoJSON: outcome.info.prettyBytes())
    }

    /// The state from the create response, or from a fresh info request when it has none.
    private func restoredState(_ info: OrderedJSON, stream: String) async throws -> OrderedJSON? {
        if let state = info["state"] { return state }
        return try await api.streamInfo(stream)?["state"]
    }

    private func streamNotFound() -> BackupAPI.APIFailure {
        BackupAPI.APIFailure(code: 404, errorCode: 10059, text: "stream not found")
    }

    private func validateName(_ name: String) throws {
        let forbidden: Set<Character> = [".", "*", ">", "/", "\\", " ", "\t", "\r", "\n", "\u{0C}"]
        guard !name.isEmpty, name.utf8.count <= 255, !name.contains(where: forbidden.contains)
        else {
            throw BackupError.io(
                "invalid stream name \"\(name)\": it must be 1–255 bytes without spaces, "
                    + "'.', '*', '>', '/' or '\\'")
        }
    }
}
