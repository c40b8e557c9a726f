import FoundationEssentials
import NATSClient

/// The few `$JS.API` calls backup and restore make, with the reply envelope checked.
struct BackupAPI: Sendable {
    let connection: Connection
    let prefix: String
    let timeout: Duration

    /// A JetStream API error reply: `description (err_code)`.
    struct APIFailure: Error, CustomStringConvertible {
        let code: Int
        let errorCode: Int
        let text: String
        var description: String { "\(text) (\(errorCode))" }
    }

    /// Sends `body` to `<prefix>.<suffix>` and returns the reply's JSON.
    /// - Throws: `APIFailure` for an error reply, `NATSError` for transport failures,
    ///   `BackupError.io` for a reply that is not JSON.
    func request(_ suffix: String, body: [UInt8], timeout: Duration? = nil) async throws
        -> OrderedJSON
    {
        let subject = prefix + "." + suffix
        let reply = try await connection.request(
            subject, payload: Data(body), timeout: timeout ?? self.timeout)
        return try Self.decode(reply.payload, subject: subject)
    }

    /// Parses a JetStream reply and throws its `error` member if it has one.
    /// - Throws: `APIFailure` for an error reply, `BackupError.io` for a reply that is not JSON.
    static func decode(_ payload: Data, subject: String) throws -> OrderedJSON {
        let json: OrderedJSON
        do { json = try OrderedJSON(parsing: [UInt8](payload)) } catch {
            throw BackupError.io("invalid reply from \(subject): \(error)")
        }
        if let error = json["error"] {
            throw APIFailure(
                code: error["code"]?.unsignedValue.map(Int.init) ?? 0,
                errorCode: error["err_code"]?.unsignedValue.map(Int.init) ?? 0,
                text: error["description"]?.stringValue ?? "unknown error")
        }
        return json
    }

    /// The stream's info, or nil when it does not exist.
    /// - Throws: `APIFailure` for other errors, `NATSError` for transport failures.
    func streamInfo(_ name: String) async throws -> OrderedJSON? {
        do { return try await request("STREAM.INFO.\(name)", body: []) } catch let failure
            as APIFailure where failure.errorCode == 10059
        {
            return nil
        }
    }

    /// Deletes the stream.
    /// - Throws: `APIFailure` when the server refuses, `NATSError` for transport failures.
    func deleteStream(_ name: String) async throws {
        _ = try await request("STREAM.DELETE.\(name)", body: [])
    }
}
