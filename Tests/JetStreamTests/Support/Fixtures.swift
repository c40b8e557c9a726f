import Foundation
import JetStream
import NATSClient
import Synchronization
import TestSupport

/// A server, a connection and a manager that records every API exchange.
final class JetStreamFixture: Sendable {
    let server: NATSServerProcess
    let connection: Connection
    let manager: JetStreamManager
    private let recorder = TraceRecorder()

    init(
        config: String? = nil, jetstream: Bool = true, domain: String? = nil,
        apiPrefix: String? = nil
    ) async throws {
        server = try NATSServerProcess(jetstream: jetstream, config: config)
        connection = try await Connection.connect(ConnectionOptions(url: server.url))
        let recorder = self.recorder
        manager = try JetStreamManager(
            connection: connection,
            options: JetStreamOptions(
                domain: domain, apiPrefix: apiPrefix, timeout: .seconds(10),
                trace: { event in recorder.events.withLock { $0.append(event) } }))
    }

    /// Everything traced so far.
    var trace: [APITraceEvent] { recorder.events.withLock { $0 } }

    /// The documents exchanged on subjects starting with `prefix`, paired with schema names.
    func documents(
        on prefix: String, request requestSchema: String?, response responseSchema: String
    ) -> [SchemaValidator.Document] {
        trace.compactMap { event in
            switch event {
            case .request(let subject, let json) where subject.hasPrefix(prefix):
                guard let requestSchema, !json.isEmpty else { return nil }
                return SchemaValidator.Document(schema: requestSchema, json: Data(json.utf8))
            case .response(let subject, let json) where subject.hasPrefix(prefix):
                return SchemaValidator.Document(schema: responseSchema, json: Data(json.utf8))
            default:
                return nil
            }
        }
    }

    func close() async {
        await connection.close()
        server.stop()
    }
}

/// Runs `body` with a fresh fixture and closes it afterwards, also when `body` throws.
func withJetStream<T>(
    jetstream: Bool = true, config: String? = nil, domain: String? = nil,
    apiPrefix: String? = nil, _ body: (JetStreamFixture) async throws -> T
) async throws -> T {
    let fixture = try await JetStreamFixture(
        config: config, jetstream: jetstream, domain: domain, apiPrefix: apiPrefix)
    do {
        let result = try await body(fixture)
        await fixture.close()
        return result
    } catch {
        await fixture.close()
        throw error
    }
}

/// Encodes a value the way the library sends it and decodes it back as JSON.
func jsonObject(_ value: some Encodable) throws -> [String: Any] {
    let data = try JSONEncoder().encode(value)
    return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
}

final class TraceRecorder: Sendable {
    let events = Mutex<[APITraceEvent]>([])
}
