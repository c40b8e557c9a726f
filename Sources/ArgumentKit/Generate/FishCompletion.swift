/// Generates a fish completion script: a helper that finds the command being completed, then one
/// `complete` line per subcommand and option with its description, choices and file hints.
enum FishCompletion {
    static func script(for program: Program) -> String {
        let model = CompletionModel(program: program)
        let base = "__" + CompletionModel.identifier(program.name)
        let name = program.name
        var lines = [
            "# fish completion for \(name) \(program.version).",
            "# Generated from the command model; regenerate instead of editing.",
            "",
            "function \(base)_subcommand",
            "    switch \"$argv[1]\"",
        ]
        for entry in model.entries where !entry.subcommands.isEmpty {
            lines.append("        case \(ShellQuote.fish(entry.key))")
            lines.append("            switch $argv[2]")
            for subcommand in entry.subcommands {
                lines.append("                case \(subcommand.allNames.joined(separator: " "))")
                lines.append("                    echo \(subcommand.name)")
            }
            lines.append("            end")
        }
        lines += ["    end", "end", "", "function \(base)_takes_value", "    switch \"$argv[1]\""]
        for entry in model.entries {
            let spellings = entry.options.filter { !$0.isFlag }.flatMap(
                CompletionModel.spellings(of:))
            guard !spellings.isEmpty else { continue }
            lines.append("        case \(ShellQuote.fish(entry.key))")
            lines.append("            contains -- $argv[2] \(spellings.joined(separator: " "))")
            lines.append("            return $status")
        }
        lines += [
            "    end",
            "    return 1",
            "end",
            "",
            "function \(base)_path",
            "    set -l path \(ShellQuote.fish(name))",
            "    set -l skip 0",
            "    set -l words (commandline -opc)",
            "    set -e words[1]",
            "    for word in $words",
            "        if test $skip -eq 1",
            "            set skip 0",
            "            continue",
            "        end",
            "        switch $word",
            "            case '--'",
            "                break",
            "            case '--*=*'",
            "            case '-*'",
            "                if \(base)_takes_value \"$path\" $word",
            "                    set skip 1",
            "                end",
            "            case '*'",
            "                set -l next (\(base)_subcommand \"$path\" $word)",
            "                if test -n \"$next\"",
            "                    set path \"$path $next\"",
            "                end",
            "        end",
            "    end",
            "    echo $path",
            "end",
            "",
            "function \(base)_at",
            "    test (\(base)_path) = \"$argv[1]\"",
            "end",
            "",
            "complete -c \(name) -f",
        ]
        for entry in model.entries {
            let condition = "-n " + ShellQuote.fish("\(base)_at " + ShellQuote.fish(entry.key))
            for subcommand in entry.subcommands {
                lines.append(
                    "complete -c \(name) \(condition) -a \(subcommand.name) -d "
                        + ShellQuote.fish(subcommand.abstract))
            }
            for option in entry.options {
                lines += completions(for: option, name: name, condition: condition)
            }
            if entry.subcommands.isEmpty, let type = entry.command.arguments.first?.value {
                switch type {
                case .choice(let words):
                    lines.append(
                        "complete -c \(name) \(condition) -a "
                            + ShellQuote.fish(words.joined(separator: " ")))
                case .file, .directory:
                    lines.append("complete -c \(name) \(condition) -F")
                case .string, .integer, .duration, .bytes:
                    break
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func completions(for option: Option, name: String, condition: String)
        -> [String]
    {
        var names: [String] = []
        if let short = option.short { names.append("-s \(short)") }
        names += ([option.name] + option.aliases).map { "-l \($0)" }
        var line = "complete -c \(name) \(condition) \(names.joined(separator: " "))"
        switch option.valueType {
        case .choice(let words)?:
            line += " -x -a " + ShellQuote.fish(words.joined(separator: " "))
        case .file?, .directory?:
            line += " -r -F"
        case .some:
            line += " -x"
        case nil:
            break
        }
        var lines = [line + " -d " + ShellQuote.fish(option.help)]
        if option.isNegatable {
            let negated = ([option.name] + option.aliases).map { "-l no-\($0)" }
            lines.append(
                "complete -c \(name) \(condition) \(negated.joined(separator: " ")) -d "
                    + ShellQuote.fish("Turn off: " + option.help))
        }
        return lines
    }
}
