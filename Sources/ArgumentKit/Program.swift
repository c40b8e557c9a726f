/// What a command line asks for, once bound.
public enum ParseResult: Sendable {
    /// Run the command named by ``Invocation/commandPath`` with these values.
    case invoke(Invocation)
    /// Print this help text to standard output and exit 0 (`--help`, `-h`, `help <command>`).
    case showHelp(String)
    /// Print this version line to standard output and exit 0 (`--version`).
    case showVersion(String)
}

/// A command-line program: the root of the command tree and its version. It binds command lines,
/// runs actions, and renders help, usage errors, completion scripts and man pages, all from the
/// one tree.
///
/// Unless the root declares its own `help` subcommand (or takes positional arguments), the
/// program adds one:
/// `<program> help stream add` prints the help of `stream add`.
public struct Program: Sendable {
    /// The root command, with the built-in `help` subcommand added.
    public let root: Command
    /// The version printed by `--version`.
    public let version: String
    let hasBuiltinHelp: Bool

    /// The program name: the root command's name.
    public var name: String { root.name }

    /// Creates a program from the root of its command tree.
    public init(root: Command, version: String) {
        var root = root
        hasBuiltinHelp = root.subcommand(named: "help") == nil && root.arguments.isEmpty
        if hasBuiltinHelp {
            root.subcommands.append(
                Command(
                    name: "help", abstract: "Show help for a command",
                    arguments: [
                        Argument("command", optional: true, variadic: true, help: "The command")
                    ]))
        }
        self.root = root
        self.version = version
    }

    /// Binds a command line (without the program name) against the tree.
    /// - Throws: ``UsageError`` for anything wrong on the line or in the environment variables it
    ///   reads: unknown commands and options, missing or unexpected arguments, values that do not
    ///   parse, an option given twice, a group without a subcommand.
    public func parse(_ arguments: [String], environment: [String: String] = [:])
        throws(UsageError) -> ParseResult
    {
        try Binder.bind(arguments, program: self, environment: environment)
    }

    /// Binds the command line and runs the command's action, writing help, version and errors
    /// to `output`. Returns the exit code: 0 on success and for help and version, 2 for usage
    /// errors (``UsageError``, from the binder or thrown by an action), the code of a thrown
    /// ``ExitStatus``, and for any other error what `reportError` says (by default its
    /// description and 1).
    public func run(
        _ arguments: [String], environment: [String: String], output: OutputSink,
        reportError: ErrorReporter = Program.defaultErrorReport
    ) async -> Int32 {
        let result: ParseResult
        do {
            result = try parse(arguments, environment: environment)
        } catch {
            output.standardError(usageErrorText(error))
            return ExitStatus.usage.code
        }
        switch result {
        case .showHelp(let text), .showVersion(let text):
            output.standardOutput(text)
            return ExitStatus.success.code
        case .invoke(let invocation):
            guard let action = invocation.command.run else { return ExitStatus.success.code }
            do {
                try await action(invocation)
                return ExitStatus.success.code
            } catch let error as UsageError {
                var error = error
                if error.commandPath.isEmpty { error.commandPath = invocation.commandPath }
                output.standardError(usageErrorText(error))
                return ExitStatus.usage.code
            } catch let status as ExitStatus {
                return status.code
            } catch {
                let report = reportError(error)
                if let message = report.message {
                    output.standardError("\(name): error: \(message)\n")
                }
                return report.exitCode
            }
        }
    }

    /// The default ``ErrorReporter``: the error's description, exit code 1.
    public static let defaultErrorReport: ErrorReporter = { error in
        ErrorReport(message: String(describing: error), exitCode: ExitStatus.failure.code)
    }

    /// The command at `path` (canonical names, root first, as in ``Invocation/commandPath``).
    public func command(at path: [String]) -> Command? {
        commandChain(at: path)?.last
    }

    /// The commands from the root down to `path` (canonical names or aliases, root first).
    func commandChain(at path: [String]) -> [Command]? {
        guard path.first == root.name else { return nil }
        var chain = [root]
        for word in path.dropFirst() {
            guard let next = chain[chain.count - 1].subcommand(named: word) else { return nil }
            chain.append(next)
        }
        return chain
    }

    /// Resolves the words after `help` (names or aliases) into a command chain.
    func resolve(_ words: [String]) throws(UsageError) -> [Command] {
        var chain = [root]
        for word in words {
            let current = chain[chain.count - 1]
            guard let next = current.subcommand(named: word) else {
                let names = chain.map(\.name).joined(separator: " ")
                let candidates = current.subcommands.filter { !$0.hidden }.flatMap(\.allNames)
                throw UsageError(
                    "unknown command '\(word)' for '\(names)'",
                    suggestion: Suggestions.nearest(to: word, among: candidates),
                    commandPath: [root.name, "help"])
            }
            chain.append(next)
        }
        return chain
    }

    /// Whether `chain` ends at the built-in `help` command.
    func isBuiltinHelp(_ chain: [Command]) -> Bool {
        hasBuiltinHelp && chain.count == 2 && chain[1].name == "help"
    }
}
