import ArgumentKit
import NATSClient
import Synchronization

/// What a running command needs: its bound command line, the terminal, and a connection that is
/// opened on first use and always closed when the command ends.
public final class CommandContext: Sendable {
    /// The bound command line.
    public let invocation: Invocation
    /// Where output goes.
    public let terminal: Terminal
    let settings: ConnectionSettings
    private let connection = Mutex<Connection?>(nil)

    init(invocation: Invocation, terminal: Terminal) {
        self.invocation = invocation
        self.terminal = terminal
        settings = ConnectionSettings(invocation)
    }

    /// The `--timeout` for requests.
    public var timeout: Duration { settings.timeout }

    /// Whether colour may be used on standard output.
    public var useColor: Bool {
        terminal.stdoutIsTerminal && !invocation.isOn("no-color")
            && invocation.environment["NO_COLOR"] == nil && invocation.environment["TERM"] != "dumb"
    }

    /// The connection, opened on first use.
    /// - Parameter keepReconnecting: reconnect without limit after a loss (for long-running
    ///   commands such as `sub` and `reply`); otherwise give up after a few attempts.
    /// - Throws: a ``CommandFailure`` naming the server and why the connection failed.
    public func connect(keepReconnecting: Bool = false) async throws -> Connection {
        if let existing = connection.withLock({ $0 }) { return existing }
        var traceSink: (@Sendable (TraceEntry) -> Void)?
        if settings.trace {
            let terminal = self.terminal
            traceSink = { entry in
                let arrow = entry.direction == .sent ? ">>> " : "<<< "
                terminal.errLine(arrow + entry.line)
            }
        }
        var options: ConnectionOptions
        do {
            options = try settings.connectionOptions(trace: traceSink)
        } catch {
            throw UsageError("invalid --server value: \(error)")
        }
        if keepReconnecting { options.reconnect.maxAttempts = -1 }
        let opened: Connection
        do {
            opened = try await Connection.connect(options)
        } catch {
            throw CommandFailure("could not connect: \(error)")
        }
        connection.withLock { $0 = opened }
        return opened
    }

    /// Closes the connection if one was opened, after flushing what was published.
    func close() async {
        guard
            let open = connection.withLock({ current -> Connection? in
                defer { current = nil }
                return current
            })
        else { return }
        await open.close()
    }

    /// Whether the user may be asked questions (both standard input and output are terminals).
    public var canPrompt: Bool { terminal.canPrompt }
}

extension CommandContext {
    /// An ArgumentKit action that runs `body` with a fresh context and always closes the
    /// connection and flushes standard output afterwards.
    static func action(_ body: @escaping @Sendable (CommandContext) async throws -> Void)
        -> CommandAction
    {
        { invocation in
            let context = CommandContext(invocation: invocation, terminal: .shared)
            do {
                try await body(context)
            } catch {
                await context.close()
                context.terminal.flush()
                throw error
            }
            await context.close()
            context.terminal.flush()
        }
    }
}
