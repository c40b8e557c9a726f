extension Program {
    /// The help text of the command at `path` (names or aliases, root first, as in
    /// `["natsctl", "stream", "add"]`), or `nil` when no such command exists.
    public func help(for path: [String]) -> String? {
        commandChain(at: path).map(helpText(for:))
    }

    /// The help of the last command of `chain`: description, usage, aliases, discussion,
    /// arguments, options, inherited options, subcommands and examples.
    func helpText(for chain: [Command]) -> String {
        let command = chain[chain.count - 1]
        var sections: [[String]] = []
        if !command.abstract.isEmpty { sections.append(TextLayout.wrap(command.abstract)) }
        sections.append(["Usage: " + usage(for: chain)])
        if !command.aliases.isEmpty {
            sections.append(["Aliases: " + command.aliases.joined(separator: ", ")])
        }
        if let discussion = command.discussion, !discussion.isEmpty {
            sections.append(TextLayout.wrap(discussion))
        }
        if !command.arguments.isEmpty {
            let rows = command.arguments.map { (label: $0.usage, text: Self.describe($0)) }
            sections.append(["Arguments:"] + TextLayout.columns(rows))
        }
        let ownRows = command.options.filter { !$0.hidden }.map(Self.row(for:)) + builtinRows(chain)
        sections.append(["Options:"] + TextLayout.columns(ownRows))
        let inherited = chain.dropLast().flatMap(\.inheritedOptions).filter { !$0.hidden }
        if !inherited.isEmpty {
            sections.append(["Global options:"] + TextLayout.columns(inherited.map(Self.row(for:))))
        }
        let commands = subcommandRows(of: command)
        if !commands.isEmpty {
            sections.append(["Commands:"] + TextLayout.columns(commands))
        }
        if !command.examples.isEmpty {
            sections.append(["Examples:"] + command.examples.map { "  " + $0 })
        }
        if !commands.isEmpty {
            let names = chain.map(\.name).joined(separator: " ")
            sections.append(["See '\(names) <command> --help' for help on a command."])
        }
        return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// The usage line of the last command of `chain`, without the `Usage: ` prefix.
    func usage(for chain: [Command]) -> String {
        let command = chain[chain.count - 1]
        var words = chain.map(\.name)
        if !command.subcommands.contains(where: { !$0.hidden }) || !command.arguments.isEmpty {
            let hasOptions = !chain.flatMap(\.options).filter { !$0.hidden }.isEmpty
            if hasOptions { words.append("[options]") }
            words += command.arguments.map(\.usage)
        } else {
            words.append(command.run == nil ? "<command>" : "[<command>]")
            words.append("[options]")
        }
        return words.joined(separator: " ")
    }

    /// The rows of the `Commands:` section: visible subcommands with their aliases.
    func subcommandRows(of command: Command) -> [(label: String, text: String)] {
        command.subcommands.filter { !$0.hidden }.map {
            (label: $0.allNames.joined(separator: ", "), text: $0.abstract)
        }
    }

    /// Renders a usage error for standard error: the error, the suggestion, the usage line, the
    /// subcommands when asked for, and where to find help.
    public func usageErrorText(_ error: UsageError) -> String {
        let chain = commandChain(at: error.commandPath) ?? [root]
        let names = chain.map(\.name).joined(separator: " ")
        var lines = ["\(name): error: \(error.message)"]
        if let suggestion = error.suggestion { lines.append("Did you mean '\(suggestion)'?") }
        lines.append("Usage: " + usage(for: chain))
        if error.listsSubcommands {
            lines +=
                ["", "Commands:"] + TextLayout.columns(subcommandRows(of: chain[chain.count - 1]))
            lines.append("")
        }
        lines.append("See '\(names) --help' for more information.")
        return lines.joined(separator: "\n") + "\n"
    }

    private func builtinRows(_ chain: [Command]) -> [(label: String, text: String)] {
        var rows = [(label: "-h, --help", text: "Show help")]
        if chain.count == 1 { rows.append((label: "    --version", text: "Show the version")) }
        return rows
    }

    /// The help row of an option: `-s, --server URL` and its help with annotations.
    static func row(for option: Option) -> (label: String, text: String) {
        let prefix = option.short.map { "-\($0), " } ?? "    "
        let long = option.isNegatable ? "--[no-]\(option.name)" : "--\(option.name)"
        let value = option.isFlag ? "" : " " + option.valuePlaceholder
        return (label: prefix + long + value, text: describe(option))
    }

    /// An option's help followed by its choices, default, environment variable and repeatability.
    static func describe(_ option: Option) -> String {
        var notes: [String] = []
        if let choices = option.valueType?.choices, !choices.isEmpty {
            notes.append("one of: " + choices.joined(separator: ", "))
        }
        if let defaultValue = option.defaultValue { notes.append("default: \(defaultValue)") }
        if let variable = option.environment { notes.append("env: \(variable)") }
        if option.repeatable { notes.append("repeatable") }
        return notes.isEmpty ? option.help : "\(option.help) (\(notes.joined(separator: "; ")))"
    }

    static func describe(_ argument: Argument) -> String {
        let choices = argument.value.choices
        guard !choices.isEmpty else { return argument.help }
        return "\(argument.help) (one of: \(choices.joined(separator: ", ")))"
    }
}
