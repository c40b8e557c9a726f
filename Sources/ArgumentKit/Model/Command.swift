/// What a command runs once its command line is bound. It must not write to the terminal through
/// ArgumentKit; errors it throws are reported by ``Program/run(_:environment:output:)``.
public typealias CommandAction = @Sendable (Invocation) async throws -> Void

/// One command of the tree: a group (`stream`) with subcommands, a leaf (`stream add`) with an
/// action, or both. The whole tree is data: parsing, help, usage errors, completion scripts and
/// man pages are all derived from it.
public struct Command: Sendable {
    /// The name typed on the command line.
    public var name: String
    /// Other names accepted for the command (`ls` for `list`).
    public var aliases: [String]
    /// One line saying what the command does.
    public var abstract: String
    /// Longer text shown in help and man pages, paragraphs separated by blank lines.
    public var discussion: String?
    /// Positional arguments, required ones first; only the last may be variadic.
    public var arguments: [Argument]
    /// Options; those marked ``Option/inherited(_:)`` are accepted by every subcommand too.
    public var options: [Option]
    /// Subcommands, in the order help lists them.
    public var subcommands: [Command]
    /// Example command lines shown in help and man pages.
    public var examples: [String]
    /// Whether the command is left out of help, completions and man pages (it still runs).
    public var hidden: Bool
    /// What the command runs; a group without an action asks for a subcommand.
    public var run: CommandAction?

    /// Declares a command.
    public init(
        name: String, aliases: [String] = [], abstract: String, discussion: String? = nil,
        arguments: [Argument] = [], options: [Option] = [], subcommands: [Command] = [],
        examples: [String] = [], hidden: Bool = false, run: CommandAction? = nil
    ) {
        self.name = name
        self.aliases = aliases
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.subcommands = subcommands
        self.examples = examples
        self.hidden = hidden
        self.run = run
    }

    /// Every name the command answers to: its name, then its aliases.
    public var allNames: [String] { [name] + aliases }

    /// The subcommand called `word` by name or alias.
    public func subcommand(named word: String) -> Command? {
        subcommands.first { $0.name == word || $0.aliases.contains(word) }
    }

    /// The options this command declares that its subcommands accept too.
    var inheritedOptions: [Option] { options.filter(\.inherited) }
}
