/// A shell that completion scripts can be generated for.
public enum Shell: String, Sendable, Hashable, CaseIterable {
    /// GNU bash.
    case bash
    /// The Z shell.
    case zsh
    /// The friendly interactive shell.
    case fish
}

extension Program {
    /// The completion script for `shell`, generated from the command tree: commands and
    /// subcommands, options (inherited ones included), choice values and path hints.
    public func completionScript(for shell: Shell) -> String {
        switch shell {
        case .bash: BashCompletion.script(for: self)
        case .zsh: ZshCompletion.script(for: self)
        case .fish: FishCompletion.script(for: self)
        }
    }

    /// The exit codes documented in the man page unless others are given.
    public static let standardExitCodes: [(Int32, String)] = [
        (0, "Success, and for --help and --version."),
        (1, "A runtime or server failure."),
        (2, "A usage or validation error: an unknown command or option, a bad value."),
    ]

    /// The man pages generated from the command tree: `<name>.1` (options, commands,
    /// environment, exit status) and `<name>-<command>.1` for each visible top-level command.
    /// `date` goes into the page header; pass a fixed one so the output is reproducible.
    public func manPages(
        date: String, exitCodes: [(Int32, String)] = Program.standardExitCodes
    ) -> [ManPage] {
        ManPageGenerator.pages(for: self, date: date, exitCodes: exitCodes)
    }
}
