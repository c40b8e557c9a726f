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
    /// The `--timeout` for requests.
    public let timeout: Duration
    private let connection = Mutex<Connection?>(nil)
    private let resolved = Mutex<ConnectionSettings?>(nil)

    init(invocation: Invocation, terminal: Terminal) {
        self.invocation = invocation
        self.terminal = terminal
        let timeout = invocation.duration("timeout") ?? .seconds(5)
        self.timeout = timeout > .zero ? timeout : .seconds(5)
    }

    /// Whether colour may be used on standard output.
    public var useColor: Bool {
        terminal.stdoutIsTerminal && !invocation.isOn("no-color")
            && invocation.environment["NO_COLOR"] == nil && invocation.environment["TERM"] != "dumb"
    }

    /// Whether the user may be asked questions (both standard input and output are terminals).
    public var canPrompt: Bool { terminal.canPrompt }

    /// The connection settings: flags over environment over the selected `nats` context.
    /// - Throws: a ``UsageError`` when the named context is missing or malformed.
    func connectionSettings() throws -> ConnectionSettings {
        if let settings = resolved.withLock({ $0 }) { return settings }
        let environment = invocation.environment
        let settings: ConnectionSettings
        do {
            let store = try? ContextStore(environment: environment)
            settings = try ConnectionResolver.resolve(
                flags: GlobalOptions.connectionFlags(invocation), environment: environment,
                store: store)
        } catch {
            throw UsageError("\(error)")
        }
        for warning in settings.warnings { terminal.errLine("natsctl: warning: \(warning)") }
        resolved.withLock { $0 = settings }
        return settings
    }

    /// The connection, opened on first use.
    /// - Parameter keepReconnecting: reconnect without limit after a loss (for long-running
    ///   commands such as `sub` and `reply`); otherwise give up after a few attempts.
    /// - Throws: a ``UsageError`` for a malformed server list or context, a ``CommandFailure``
    ///   naming the server and why the connection failed.
    public func connect(keepReconnecting: Bool = false) async throws -> Connection {
        if let existing = connection.withLock({ $0 }) { return existing }
        let options = try connectionOptions(keepReconnecting: keepReconnecting)
        let opened: Connection
        do {
            opened = try await Connection.connect(options)
        } catch {
            throw CommandFailure("could not connect: \(error)")
        }
        connection.withLock { $0 = opened }
        return opened
    }

    /// The options ``connect(keepReconnecting:)`` connects with: the resolved settings, the
    /// connection name, `--timeout`, the reconnect policy and `--trace`; a credentials file
    /// others can read is warned about on standard error. Commands that open their own
    /// connections (`rtt`, one per server) start from these.
    /// - Throws: a ``UsageError`` for a malformed server list or context.
    func connectionOptions(keepReconnecting: Bool = false) throws -> ConnectionOptions {
        let settings = try connectionSettings()
        var options: ConnectionOptions
        do {
            options = try settings.connectionOptions()
        } catch {
            throw UsageError("\(error)")
        }
        for warning in options.credentialFileWarnings() {
            terminal.errLine("natsctl: warning: \(warning)")
        }
        options.name = settings.connectionName ?? "natsctl \(Natsctl.version)"
        options.connectTimeout = timeout
        // A CLI run gives up on a lost server after a few tries instead of hanging.
        options.reconnect = ReconnectPolicy(
            maxAttempts: keepReconnecting ? -1 : 3, wait: .milliseconds(500))
        if invocation.isOn("trace") {
            let terminal = self.terminal
            options.trace = { entry in
                let arrow = entry.direction == .sent ? ">>> " : "<<< "
                terminal.errLine(arrow + entry.line)
            }
        }
        return options
    }

    /// Closes the connection if one was opened, after flushing what was published.
    func close() async {
        let open = connection.withLock { current -> Connection? in
            defer { current = nil }
            return current
        }
        await open?.close()
    }
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
