import Archive
import FoundationEssentials
import NATSClient

/// The options of a stream snapshot (`$JS.API.STREAM.SNAPSHOT`).
public struct SnapshotOptions: Sendable {
    /// Bytes per data chunk the server sends (it clamps to 1 KiB–1 MiB). Default 128 KiB.
    public var chunkSize: Int = 128 * 1024
    /// Unacknowledged bytes the server may have in flight (servers ≥ 2.12.5 only; nil = server
    /// default, 8 MiB, and the field is not sent).
    public var windowSize: Int?
    /// Include the consumers' configs and states (`no_consumers` = false).
    public var includeConsumers: Bool = true
    /// Ask the server to verify message checksums before the snapshot (`jsck`).
    public var checkMessages: Bool = false
    /// How long to wait for the snapshot reply and then for each next chunk. The server may
    /// need long before the first chunk of a large stream, more so with `checkMessages`.
    public var idleTimeout: Duration = .seconds(30)

    /// The defaults: 128 KiB chunks, consumers included, no check, 30 s idle timeout.
    public init() {}
}

/// What a finished snapshot delivered.
public struct SnapshotSummary: Sendable {
    /// `{config, state}` from the snapshot reply, pretty-printed: the content of `backup.json`.
    public var backupJSON: [UInt8]
    /// Bytes of snapshot data received.
    public var bytes: UInt64
    /// The uncompressed size of that data (from its S2 framing).
    public var uncompressedBytes: UInt64
    /// Data chunks received.
    public var chunks: Int
    /// Time from the request to the end marker.
    public var duration: Duration
    /// The stream's stored size from the reply's state.
    public var streamBytes: UInt64?
    /// The stream's message count from the reply's state.
    public var messages: UInt64?
}

/// Runs one snapshot: subscribes a fresh deliver subject, requests the snapshot, acknowledges
/// each chunk that asks for it (flow control), hands each chunk on as it arrives, and stops at
/// the end marker (an empty message with status 204 or with no header; any other status is an
/// error). Memory stays at the server's window of unacknowledged chunks.
struct SnapshotFlow {
    let api: BackupAPI
    let stream: String
    let options: SnapshotOptions

    /// - Parameters:
    ///   - onReply: receives `backup.json` before any chunk (the reply comes first).
    ///   - onChunk: receives each chunk's bytes in order.
    ///   - progress: receives a report after each chunk.
    func run(
        onReply: ([UInt8]) throws -> Void, onChunk: (Data) throws -> Void,
        progress: ProgressHandler?
    ) async throws -> SnapshotSummary {
        let connection = api.connection
        let deliver = connection.newInbox()
        let subscription = try connection.subscribe(deliver)
        defer { try? subscription.unsubscribe() }
        let clock = ContinuousClock()
        let start = clock.now

        var request = OrderedJSON.object([])
        request["deliver_subject"] = .string(deliver)
        request["no_consumers"] = .bool(!options.includeConsumers)
        request["chunk_size"] = .integer(options.chunkSize)
        if let window = options.windowSize { request["window_size"] = .integer(window) }
        request["jsck"] = .bool(options.checkMessages)
        let reply: OrderedJSON
        do {
            reply = try await api.request(
                "STREAM.SNAPSHOT.\(stream)", body: request.compactBytes(),
                timeout: options.idleTimeout)
        } catch let failure as BackupAPI.APIFailure {
            throw failure.errorCode == 10059
                ? failure
                : BackupError.snapshotFailed(
                    stream: stream, status: failure.code, description: failure.description)
        }
        guard let config = reply["config"], let state = reply["state"] else {
            throw BackupError.io("snapshot reply for stream \(stream) lacks config or state")
        }
        if config["storage"]?.stringValue == "memory" {
            throw BackupError.memoryStorage(stream: stream)
        }
        let document = OrderedJSON.object([
            .init(key: "config", value: config), .init(key: "state", value: state),
        ])
        try onReply(document.prettyBytes())

        let watchdog = IdleWatchdog(timeout: options.idleTimeout, subscription: subscription)
        defer { watchdog.stop() }
        var bytes: UInt64 = 0
        var chunks = 0
        var scanner = S2FrameScanner()
        let streamBytes = state["bytes"]?.unsignedValue
        for try await message in subscription {
            watchdog.touch()
            if message.payload.isEmpty {
                if let status = message.status, status != 204 {
                    throw BackupError.snapshotFailed(
                        stream: stream, status: status,
                        description: message.statusDescription ?? "")
                }
                do { try scanner.finish() } catch let error as ArchiveError {
                    throw BackupError.invalidSnapshotData(stream: stream, reason: error.description)
                }
                return SnapshotSummary(
                    backupJSON: document.prettyBytes(), bytes: bytes,
                    uncompressedBytes: scanner.uncompressedBytes, chunks: chunks,
                    duration: clock.now - start, streamBytes: streamBytes,
                    messages: state["messages"]?.unsignedValue)
            }
            // Acknowledge before writing, so a slow disk does not trip the server's flow
            // control timeout; memory stays bounded by the window, as the next chunk is read
            // only after this one is written.
            if let ack = message.reply { try connection.publish(ack) }
            try onChunk(message.payload)
            message.payload.withUnsafeBytes { scanner.scan($0) }
            bytes += UInt64(message.payload.count)
            chunks += 1
            progress?(
                TransferProgress(
                    bytes: bytes, chunks: chunks, elapsed: clock.now - start,
                    uncompressedBytes: scanner.uncompressedBytes, streamBytes: streamBytes))
        }
        try Task.checkCancellation()
        if watchdog.fired {
            throw BackupError.snapshotStalled(
                stream: stream, after: options.idleTimeout, chunks: chunks)
        }
        throw BackupError.snapshotInterrupted(stream: stream, chunks: chunks)
    }
}
