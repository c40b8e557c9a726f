/// A mistake on the command line: an unknown option, a missing argument, a value that does not
/// parse. ``Program/run(_:environment:output:reportError:)`` prints it as
/// `<program>: error: <message>` with the usage line and a pointer to `--help`, and exits with
/// ``ExitStatus/usage`` (2).
///
/// Command actions throw it too, for checks the model cannot express ("--mirror and --subjects
/// cannot be used together"); the runner then fills in the command path.
public struct UsageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, without the `error:` prefix.
    public var message: String
    /// The nearest valid spelling (`--subjects`, `stream`), shown as "did you mean …?".
    public var suggestion: String?
    /// The canonical names of the command the error belongs to, root first; empty means "the
    /// command being run".
    public var commandPath: [String]
    /// Whether to list the command's subcommands after the error (a group run without one).
    public var listsSubcommands: Bool

    /// Creates a usage error with an optional "did you mean" suggestion.
    public init(
        _ message: String, suggestion: String? = nil, commandPath: [String] = [],
        listsSubcommands: Bool = false
    ) {
        self.message = message
        self.suggestion = suggestion
        self.commandPath = commandPath
        self.listsSubcommands = listsSubcommands
    }

    /// The message with its suggestion, on one line.
    public var description: String {
        guard let suggestion else { return message }
        return "\(message) (did you mean '\(suggestion)'?)"
    }
}
