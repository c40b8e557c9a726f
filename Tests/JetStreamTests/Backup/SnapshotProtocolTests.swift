import Foundation
import NATSClient
import TestSupport
import Testing

@testable import JetStream

@Suite struct SnapshotProtocolTests {
    /// The in-process fake answers on a loaded machine too: a generous request timeout keeps
    /// slow scheduling from looking like a protocol failure.
    static let patience: Duration = .seconds(30)

    /// An S2 stream of 5 000 bytes cut into five chunks of 1 000, 1 010, … bytes.
    private let chunks: [Data] = {
        let framed = s2Framed(pseudoRandomBytes(5_000, seed: 7))
        var pieces: [Data] = []
        var offset = 0
        for index in 0..<5 {
            let end = index == 4 ? framed.count : offset + 1000 + index * 10
            pieces.append(Data(framed[offset..<end]))
            offset = end
        }
        return pieces
    }()

    private func backup(
        end: FakeJetStream.SnapshotEnd, chunks: [Data], idle: Duration = .seconds(10),
        into scratch: ScratchDirectory
    ) async throws -> (Result<BackupResult, any Error>, FakeJetStream) {
        let server = try NATSServerProcess()
        defer { withExtendedLifetime(server) {} }
        let fake = try await FakeJetStream(server: server, chunks: chunks, end: end)
        let client = try await Connection.connect(try ConnectionOptions(url: server.url))
        var options = BackupOptions()
        options.snapshot.idleTimeout = idle
        let manager = BackupManager(
            connection: client, apiPrefix: FakeJetStream.prefix, requestTimeout: Self.patience)
        do {
            let result = try await manager.backup(
                stream: "FAKE", to: .directory(path: scratch.file("fake")), options: options)
            return (.success(result), fake)
        } catch {
            return (.failure(error), fake)
        }
    }

    @Test(arguments: [FakeJetStream.SnapshotEnd.status204, .bareEmptyMessage])
    func bothEndMarkersCompleteTheBackupAndEveryChunkIsAcknowledged(
        _ end: FakeJetStream.SnapshotEnd
    ) async throws {
        let scratch = try ScratchDirectory()
        let (result, fake) = try await backup(end: end, chunks: chunks, into: scratch)
        let summary = try result.get().snapshot
        #expect(summary.chunks == 5)
        #expect(fake.acknowledgements.received == 4)
        #expect(fake.acknowledgements.expected == 4)
        #expect(try fileBytes(scratch.file("fake/stream.tar.s2")) == Array(chunks.joined()))
        let document = try OrderedJSON(parsing: try fileBytes(scratch.file("fake/backup.json")))
        #expect(
            document
                == (try OrderedJSON(
                    parsing: Array(
                        #"{"config":\#(FakeJetStream.config),"state":\#(FakeJetStream.state)}"#.utf8
                    ))))
    }

    @Test func snapshotSmallerThanOneChunkEndsWithABareEmptyMessage() async throws {
        let scratch = try ScratchDirectory()
        let tiny = s2Framed(Array("tiny".utf8))
        let (result, _) = try await backup(
            end: .bareEmptyMessage, chunks: [Data(tiny)], into: scratch)
        #expect(try result.get().snapshot.bytes == UInt64(tiny.count))
        #expect(try result.get().snapshot.uncompressedBytes == 4)
        #expect(try fileBytes(scratch.file("fake/stream.tar.s2")) == tiny)
    }

    @Test func aSnapshotEndingInsideAnS2ChunkIsRefused() async throws {
        let scratch = try ScratchDirectory()
        let framed = s2Framed(pseudoRandomBytes(3000, seed: 9))
        let (result, _) = try await backup(
            end: .bareEmptyMessage, chunks: [Data(framed.dropLast(100))], into: scratch)
        #expect(
            throws: BackupError.invalidSnapshotData(
                stream: "FAKE",
                reason: "truncated archive: the snapshot data ends inside an S2 chunk")
        ) { try result.get() }
        #expect(scratch.listing().isEmpty)
    }

    @Test(arguments: [
        (408, "No Flow Response"), (408, "No Interest"), (500, "snapshot failed: disk error"),
    ])
    func otherStatusesFailTheBackupAndLeaveNothing(status: Int, text: String) async throws {
        let scratch = try ScratchDirectory()
        let (result, _) = try await backup(
            end: .status(status, text), chunks: chunks, into: scratch)
        #expect(
            throws: BackupError.snapshotFailed(stream: "FAKE", status: status, description: text)
        ) {
            try result.get()
        }
        #expect(scratch.listing().isEmpty)
    }

    @Test func aStalledSnapshotTimesOutAndLeavesNothing() async throws {
        let scratch = try ScratchDirectory()
        let (result, _) = try await backup(
            end: .stall, chunks: chunks, idle: .seconds(2), into: scratch)
        do {
            _ = try result.get()
            Issue.record("a stalled snapshot succeeded")
        } catch BackupError.snapshotStalled(let stream, let after, let received) {
            #expect(stream == "FAKE")
            #expect(after == .seconds(2))
            #expect(received <= chunks.count)
        }
        #expect(scratch.listing().isEmpty)
        let message =
            "snapshot of stream FAKE stalled: no data for 0.6 s after 5 chunks "
            + "(raise the idle timeout if the server is busy)"
        #expect(
            BackupError.snapshotStalled(stream: "FAKE", after: .milliseconds(600), chunks: 5)
                .description == message)
    }

    private func restore(_ outcome: FakeJetStream.RestoreOutcome, pieceSize: Int) async throws -> (
        BackupError?, FakeJetStream
    ) {
        let scratch = try ScratchDirectory()
        _ = try await backup(end: .status204, chunks: chunks, into: scratch).0.get()
        let server = try NATSServerProcess()
        defer { withExtendedLifetime(server) {} }
        let fake = try await FakeJetStream(server: server, restore: outcome, streamExists: false)
        let client = try await Connection.connect(try ConnectionOptions(url: server.url))
        var options = RestoreOptions()
        options.upload.chunkSize = pieceSize
        let error = await asyncBackupError {
            _ = try await BackupManager(
                connection: client, apiPrefix: FakeJetStream.prefix, requestTimeout: Self.patience
            )
            .restore(from: .directory(path: scratch.file("fake")), options: options)
        }
        return (error, fake)
    }

    @Test func uploadIsCutIntoPiecesAndAMatchingStateSucceeds() async throws {
        let (error, fake) = try await restore(.success(state: FakeJetStream.state), pieceSize: 1024)
        #expect(error == nil)
        let total = chunks.reduce(0) { $0 + $1.count }
        #expect(fake.piecesReceived == (total + 1023) / 1024)
        #expect(fake.endMarkerReceived)
    }

    @Test func aPieceTheServerRefusesFailsTheRestore() async throws {
        let (error, fake) = try await restore(.failPiece(2), pieceSize: 1024)
        #expect(
            error == .restoreFailed(stream: "FAKE", reason: "restore failed: disk full (10062)"))
        #expect(fake.piecesReceived <= 2 + UploadOptions().piecesInFlight)
        #expect(!fake.endMarkerReceived)
    }

    @Test func aFailedFinishFailsTheRestore() async throws {
        let (error, _) = try await restore(.failAtEnd, pieceSize: 4096)
        #expect(
            error
                == .restoreFailed(stream: "FAKE", reason: "restore failed: unexpected EOF (10062)"))
    }

    @Test func aDifferentRestoredStateIsReported() async throws {
        let (error, _) = try await restore(
            .success(state: #"{"messages":2,"bytes":30,"first_seq":2,"last_seq":3}"#),
            pieceSize: 4096)
        #expect(
            error
                == .stateMismatch(
                    stream: "FAKE",
                    differences: [
                        "messages: backup 3, restored 2", "first_seq: backup 1, restored 2",
                    ]))
    }
}
