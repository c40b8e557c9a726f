import ArgumentKit
import JetStream
import NATSClient

extension CommandContext {
    /// A JetStream manager on the connection, with `--js-domain`, `--js-api-prefix`,
    /// `--timeout` and `--trace` applied.
    /// - Throws: a ``UsageError`` for a malformed domain or prefix, and what ``connect(keepReconnecting:)`` throws.
    func jetStream() async throws -> JetStreamManager {
        let settings = try connectionSettings()
        let connection = try await connect()
        var options = JetStreamOptions(
            domain: settings.jsDomain, apiPrefix: settings.jsAPIPrefix, timeout: timeout)
        if invocation.isOn("trace") {
            let terminal = self.terminal
            options.trace = { event in
                switch event {
                case .request(let subject, let json):
                    terminal.errLine(">>> \(subject)\n\(json.isEmpty ? "(no body)" : json)")
                case .response(let subject, let json):
                    terminal.errLine("<<< \(subject)\n\(json)")
                }
            }
        }
        do {
            return try JetStreamManager(connection: connection, options: options)
        } catch {
            throw UsageError("\(error)")
        }
    }
}

/// Runs a JetStream operation, reporting failures with what was being done: bad names and
/// subjects are usage errors (exit 2), API and connection errors runtime failures (exit 1),
/// printed as `could not <doing>: <description> (<err_code>)`.
/// - Throws: ``UsageError`` or ``CommandFailure``.
func jetStreamCall<T>(_ doing: String, _ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as JetStreamError {
        switch error {
        case .invalidName, .invalidSubject, .invalidRequest:
            throw UsageError("\(error)")
        default:
            throw CommandFailure("could not \(doing): \(error)")
        }
    } catch let error as UsageError {
        throw error
    } catch let error as CommandFailure {
        throw error
    } catch {
        throw CommandFailure("could not \(doing): \(error)")
    }
}
