import Archive
import FoundationEssentials
import NATSClient

/// The options of the upload part of a restore (`$JS.API.STREAM.RESTORE`).
public struct UploadOptions: Sendable {
    /// Bytes per uploaded piece; capped at the server's `max_payload`. Default 1 MiB (the
    /// `nats` CLI sends 64 KiB; larger pieces restore faster).
    public var chunkSize: Int = 1024 * 1024
    /// How many pieces may await their acknowledgement at once (1 = one at a time, as the
    /// `nats` CLI does). The server handles them in order either way.
    public var piecesInFlight: Int = 4
    /// How long to wait for the server's answer to the restore request and to each piece.
    public var requestTimeout: Duration = .seconds(10)
    /// How long to wait, after the last piece, for the server to rebuild the stream.
    public var completionTimeout: Duration = .seconds(3600)

    /// The defaults: 1 MiB pieces, 4 in flight, 10 s per piece, up to an hour to finish.
    public init() {}
}

/// Runs one restore upload: sends `{config, state}`, uploads the data in pieces as requests
/// (each answered by an empty acknowledgement, a few in flight at once), sends the empty end
/// marker and waits for the stream's info. Memory stays at a few pieces.
struct RestoreFlow {
    let api: BackupAPI
    let stream: String
    let options: UploadOptions

    /// - Returns: the `stream_create_response` (StreamInfo JSON), the bytes and the pieces sent.
    func run(
        request: [UInt8], data: any ByteSource, totalBytes: UInt64, progress: ProgressHandler?
    ) async throws -> (info: OrderedJSON, bytes: UInt64, chunks: Int) {
        let reply: OrderedJSON
        do {
            reply = try await api.request(
                "STREAM.RESTORE.\(stream)", body: request, timeout: options.requestTimeout)
        } catch let failure as BackupAPI.APIFailure {
            if failure.errorCode == 10130 { throw BackupError.streamExists(stream: stream) }
            throw BackupError.restoreFailed(stream: stream, reason: failure.description)
        }
        guard let deliver = reply["deliver_subject"]?.stringValue else {
            throw BackupError.restoreFailed(stream: stream, reason: "no deliver_subject in reply")
        }
        let connection = api.connection
        let pieceSize = max(1024, min(options.chunkSize, connection.serverInfo.maxPayload))
        let acks = try connection.subscribe(connection.newInbox() + ".*")
        defer { try? acks.unsubscribe() }
        let replyPrefix = String(acks.subject.dropLast())
        let watchdog = IdleWatchdog(timeout: options.requestTimeout, subscription: acks)
        defer { watchdog.stop() }
        var iterator = acks.makeAsyncIterator()
        var inFlight: [Int] = []
        var buffer = [UInt8](repeating: 0, count: pieceSize)
        let clock = ContinuousClock()
        let start = clock.now
        var bytes: UInt64 = 0
        var chunks = 0

        func awaitAcknowledgement() async throws {
            guard let answer = try await iterator.next() else {
                try Task.checkCancellation()
                throw BackupError.restoreFailed(
                    stream: stream,
                    reason: watchdog.fired
                        ? "no acknowledgement of an uploaded piece within "
                            + options.requestTimeout.secondsText
                        : "the connection closed during the upload")
            }
            watchdog.touch()
            try check(answer, subject: deliver)
            bytes += UInt64(inFlight.removeFirst())
            chunks += 1
            progress?(
                TransferProgress(
                    bytes: bytes, chunks: chunks, elapsed: clock.now - start,
                    totalBytes: totalBytes))
        }

        var sent = 0
        while true {
            let count = try buffer.withUnsafeMutableBytes { try data.readFully(into: $0) }
            if count == 0 { break }
            try connection.publish(
                deliver, payload: Data(buffer[0..<count]), reply: replyPrefix + String(sent))
            watchdog.touch()
            sent += 1
            inFlight.append(count)
            if inFlight.count >= max(1, options.piecesInFlight) {
                try await awaitAcknowledgement()
            }
            if count < pieceSize { break }
        }
        // `readFully` stopping short means the end; read once more so a checked source can
        // compare its totals before the end marker commits the restore.
        let tail = try buffer.withUnsafeMutableBytes { try data.read(into: $0) }
        guard tail == 0 else {
            throw BackupError.restoreFailed(stream: stream, reason: "data source did not end")
        }
        while !inFlight.isEmpty { try await awaitAcknowledgement() }
        let final = try await connection.request(
            deliver, payload: Data(), timeout: options.completionTimeout)
        do {
            let info = try BackupAPI.decode(final.payload, subject: deliver)
            return (info, bytes, chunks)
        } catch let failure as BackupAPI.APIFailure {
            throw BackupError.restoreFailed(stream: stream, reason: failure.description)
        }
    }

    /// An upload acknowledgement is empty; anything else is the server's error.
    private func check(_ answer: Message, subject: String) throws {
        guard !answer.payload.isEmpty else { return }
        do { _ = try BackupAPI.decode(answer.payload, subject: subject) } catch let failure
            as BackupAPI.APIFailure
        {
            throw BackupError.restoreFailed(stream: stream, reason: failure.description)
        }
    }
}
