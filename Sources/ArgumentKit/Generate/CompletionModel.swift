/// The command tree flattened for completion scripts: one entry per visible command, with the
/// options it accepts (inherited ones included) and its visible subcommands.
struct CompletionModel {
    struct Entry {
        /// Canonical names from the root, e.g. `["natsctl", "stream", "add"]`.
        var path: [String]
        var command: Command
        /// Visible options accepted here: inherited from above first, then the command's own.
        var options: [Option]
        var subcommands: [Command]

        var key: String { path.joined(separator: " ") }
    }

    var entries: [Entry] = []

    init(program: Program) {
        walk(program.root, path: [program.root.name], inherited: [])
    }

    private mutating func walk(_ command: Command, path: [String], inherited: [Option]) {
        let options = (inherited + command.options).filter { !$0.hidden }
        let subcommands = command.subcommands.filter { !$0.hidden }
        entries.append(
            Entry(path: path, command: command, options: options, subcommands: subcommands))
        for subcommand in subcommands {
            walk(
                subcommand, path: path + [subcommand.name],
                inherited: inherited + command.inheritedOptions)
        }
    }

    /// Every spelling of an option on the command line: `--name`, aliases, `--no-name`, `-s`.
    static func spellings(of option: Option) -> [String] {
        option.longNames.map { "--" + $0 } + (option.short.map { ["-\($0)"] } ?? [])
    }

    /// A shell function name built from the program name.
    static func identifier(_ name: String) -> String {
        String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }
}

/// Quoting for generated shell scripts.
enum ShellQuote {
    /// `text` in single quotes for POSIX shells and zsh.
    static func single(_ text: String) -> String {
        "'" + text.replacingAll("'", with: "'\\''") + "'"
    }

    /// `text` in single quotes for fish (which escapes `\` and `'` with a backslash).
    static func fish(_ text: String) -> String {
        "'" + text.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'") + "'"
    }
}

extension String {
    /// This string with every occurrence of `target` replaced (FoundationEssentials-free).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
