import Foundation
import NATSClient
import Synchronization
import TestSupport

@testable import JetStream

/// Plays the server's side of snapshot and restore under the API prefix `FAKE.API`, on a real
/// NATS server, to produce what a real JetStream server does only rarely: each end-of-snapshot
/// form, a stall, a failed upload piece, a restored state that differs.
final class FakeJetStream: Sendable {
    enum SnapshotEnd: Sendable {
        case status204
        case bareEmptyMessage
        case status(Int, String)
        case stall
    }

    enum RestoreOutcome: Sendable {
        case success(state: String)
        case failPiece(Int)
        case failAtEnd
    }

    static let prefix = "FAKE.API"
    static let stream = "FAKE"
    static let config = #"{"name":"FAKE","subjects":["fake.>"],"storage":"file"}"#
    static let state = #"{"messages":3,"bytes":30,"first_seq":1,"last_seq":3}"#

    private let connection: Connection
    private let chunks: [Data]
    private let end: SnapshotEnd
    private let restoreOutcome: RestoreOutcome
    private let streamExists: Bool
    private let counters = Mutex((acks: 0, unackedChunks: 0, pieces: 0, endMarker: false))
    private let task = Mutex<Task<Void, Never>?>(nil)

    init(
        server: NATSServerProcess, chunks: [Data] = [], end: SnapshotEnd = .status204,
        restore: RestoreOutcome = .success(state: FakeJetStream.state), streamExists: Bool = true
    ) async throws {
        connection = try await Connection.connect(try ConnectionOptions(url: server.url))
        self.chunks = chunks
        self.end = end
        restoreOutcome = restore
        self.streamExists = streamExists
        let requests = try connection.subscribe(Self.prefix + ".>")
        let acks = try connection.subscribe("$JS.SNAPSHOT.ACK.FAKE.>")
        let uploads = try connection.subscribe("FAKE.RESTORE.in")
        try await connection.flush()
        let started = Task { [self] in
            await withTaskGroup(of: Void.self) { group in
                group.addTask { try? await self.serve(requests, acks: acks) }
                group.addTask { try? await self.receiveUploads(uploads) }
            }
        }
        task.withLock { $0 = started }
    }

    deinit { task.withLock { $0?.cancel() } }

    /// Acks received for chunks that carried a reply subject, and how many such chunks there were.
    var acknowledgements: (received: Int, expected: Int) {
        counters.withLock { ($0.acks, $0.unackedChunks) }
    }

    var piecesReceived: Int { counters.withLock { $0.pieces } }

    var endMarkerReceived: Bool { counters.withLock { $0.endMarker } }

    private func serve(_ requests: Subscription, acks: Subscription) async throws {
        var ackIterator = acks.makeAsyncIterator()
        for try await request in requests {
            guard let reply = request.reply else { continue }
            let suffix = request.subject.dropFirst(Self.prefix.count + 1)
            switch suffix {
            case "STREAM.INFO.FAKE":
                let body =
                    streamExists
                    ? #"{"config":\#(Self.config),"state":\#(Self.state)}"#
                    : #"{"error":{"code":404,"err_code":10059,"description":"stream not found"}}"#
                try connection.publish(reply, payload: Data(body.utf8))
            case "STREAM.SNAPSHOT.FAKE":
                let json = try OrderedJSON(parsing: [UInt8](request.payload))
                guard let deliver = json["deliver_subject"]?.stringValue else { continue }
                try connection.publish(
                    reply, payload: Data(#"{"config":\#(Self.config),"state":\#(Self.state)}"#.utf8)
                )
                for (index, chunk) in chunks.enumerated() {
                    let asksForAck = index < chunks.count - 1
                    try connection.publish(
                        deliver, payload: chunk,
                        reply: asksForAck
                            ? "$JS.SNAPSHOT.ACK.FAKE.x.\(chunk.count).\(index + 1)" : nil)
                    if asksForAck {
                        counters.withLock { $0.unackedChunks += 1 }
                        // Flow control with a window of one chunk: the next one goes out only
                        // after this one is acknowledged.
                        guard try await ackIterator.next() != nil else { return }
                        counters.withLock { $0.acks += 1 }
                    }
                }
                switch end {
                case .status204:
                    var headers = Headers()
                    headers.status = 204
                    try connection.publish(deliver, headers: headers)
                case .bareEmptyMessage:
                    try connection.publish(deliver)
                case .status(let code, let text):
                    var headers = Headers()
                    headers.status = code
                    headers.statusDescription = text
                    try connection.publish(deliver, headers: headers)
                case .stall:
                    break
                }
            case "STREAM.RESTORE.FAKE":
                try connection.publish(
                    reply, payload: Data(#"{"deliver_subject":"FAKE.RESTORE.in"}"#.utf8))
            default:
                try connection.publish(
                    reply,
                    payload: Data(
                        #"{"error":{"code":400,"err_code":1,"description":"unexpected"}}"#.utf8))
            }
        }
    }

    private func receiveUploads(_ uploads: Subscription) async throws {
        for try await piece in uploads {
            guard let reply = piece.reply else { continue }
            if piece.payload.isEmpty {
                counters.withLock { $0.endMarker = true }
                let body: String
                switch restoreOutcome {
                case .success(let state):
                    body =
                        #"{"type":"io.nats.jetstream.api.v1.stream_create_response","config":\#(Self.config),"state":\#(state)}"#
                case .failAtEnd:
                    body =
                        #"{"error":{"code":500,"err_code":10062,"description":"restore failed: unexpected EOF"}}"#
                case .failPiece:
                    continue
                }
                try connection.publish(reply, payload: Data(body.utf8))
                continue
            }
            let count = counters.withLock { counters in
                counters.pieces += 1
                return counters.pieces
            }
            if case .failPiece(count) = restoreOutcome {
                try connection.publish(
                    reply,
                    payload: Data(
                        #"{"error":{"code":500,"err_code":10062,"description":"restore failed: disk full"}}"#
                            .utf8))
            } else {
                try connection.publish(reply)
            }
        }
    }
}
