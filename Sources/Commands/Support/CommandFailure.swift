/// A runtime failure of a command, reported as `natsctl: error: <message>` with its exit code
/// (1 unless said otherwise: a server or connection failure, a stream that does not exist).
public struct CommandFailure: Error, Sendable, CustomStringConvertible {
    /// What went wrong, with its context: `could not delete stream ORDERS: stream not found (10059)`.
    public var message: String
    /// The process exit code.
    public var exitCode: Int32

    /// Creates a failure with a message and an exit code (default 1).
    public init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }

    /// The message.
    public var description: String { message }
}

extension CommandFailure {
    /// Wraps any error with what the command was doing: `could not <doing>: <error>`.
    static func wrapping(_ error: any Error, _ doing: String) -> any Error {
        if error is CommandFailure { return error }
        return CommandFailure("could not \(doing): \(error)")
    }
}

/// Runs `body`, turning any error other than a usage error or an exit status into a
/// ``CommandFailure`` that says what was being done.
/// - Throws: the wrapped error.
func withContext<T>(_ doing: String, _ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch {
        throw CommandFailure.wrapping(error, doing)
    }
}
