/// Generates a zsh completion script: one `_arguments` function per command, with options
/// (inherited ones included), descriptions, choice values, files and subcommands.
enum ZshCompletion {
    static func script(for program: Program) -> String {
        let model = CompletionModel(program: program)
        let base = "_" + CompletionModel.identifier(program.name)
        var lines = [
            "#compdef \(program.name)",
            "# zsh completion for \(program.name) \(program.version).",
            "# Generated from the command model; regenerate instead of editing.",
            "",
        ]
        for entry in model.entries {
            lines += function(for: entry, base: base)
            lines.append("")
        }
        lines += [
            "if [ \"$funcstack[1]\" = \"\(base)\" ]; then",
            "    \(base) \"$@\"",
            "else",
            "    compdef \(base) \(program.name)",
            "fi",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func functionName(_ path: [String], base: String) -> String {
        ([base] + path.dropFirst().map(CompletionModel.identifier)).joined(separator: "__")
    }

    private static func function(for entry: CompletionModel.Entry, base: String) -> [String] {
        let name = functionName(entry.path, base: base)
        var specs = entry.options.flatMap(specs(for:))
        specs.append("'(- *)'{-h,--help}'[Show help]'")
        if entry.path.count == 1 { specs.append("'(- *)--version[Show the version]'") }
        guard !entry.subcommands.isEmpty else {
            specs += entry.command.arguments.map(spec(for:))
            return ["\(name)() {", "    _arguments -s -S \\"]
                + specs.map { "        \($0) \\" } + ["        && return 0", "}"]
        }
        specs += ["': :->command'", "'*:: :->args'"]
        var lines = [
            "\(name)() {",
            "    local curcontext=\"$curcontext\" state line ret=1",
            "    _arguments -C -s -S \\",
        ]
        lines += specs.map { "        \($0) \\" } + ["        && ret=0"]
        lines += [
            "    case $state in", "    command)", "        local -a commands", "        commands=(",
        ]
        for subcommand in entry.subcommands {
            lines.append(
                "            \(ShellQuote.single(subcommand.name + ":" + escape(subcommand.abstract)))"
            )
        }
        lines += [
            "        )",
            "        _describe -t commands \(ShellQuote.single(entry.key + " command")) commands && ret=0 ;;",
            "    args)",
            "        case $line[1] in",
        ]
        for subcommand in entry.subcommands {
            let target = functionName(entry.path + [subcommand.name], base: base)
            lines.append(
                "        \(subcommand.allNames.joined(separator: "|"))) \(target) && ret=0 ;;")
        }
        lines += ["        esac ;;", "    esac", "    return ret", "}"]
        return lines
    }

    private static func specs(for option: Option) -> [String] {
        let help = "[" + escape(option.help) + "]"
        let spellings = CompletionModel.spellings(of: option)
        let exclusion = option.repeatable ? "*" : "(" + spellings.joined(separator: " ") + ")"
        guard let type = option.valueType else {
            return spellings.map { spelling in
                let negated = option.isNegatable && spelling.hasPrefix("--no-")
                let text = negated ? "[" + escape("Turn off: " + option.help) + "]" : help
                return ShellQuote.single(exclusion + spelling + text)
            }
        }
        let value = ":" + option.valuePlaceholder + ":" + action(for: type)
        return spellings.map { spelling in
            let form = spelling + (spelling.hasPrefix("--") ? "=" : "+")
            return ShellQuote.single(exclusion + form + help + value)
        }
    }

    private static func spec(for argument: Argument) -> String {
        let prefix = argument.variadic ? "*:" : (argument.optional ? "::" : ":")
        let message = argument.name + (argument.help.isEmpty ? "" : " -- " + argument.help)
        return ShellQuote.single(
            prefix + escape(message).replacingAll(":", with: "\\:") + ":"
                + action(for: argument.value))
    }

    private static func action(for type: ValueType) -> String {
        switch type {
        case .choice(let words):
            return "(" + words.map { $0.replacingAll(" ", with: "\\ ") }.joined(separator: " ")
                + ")"
        case .file: return "_files"
        case .directory: return "_files -/"
        case .string, .integer, .duration, .bytes: return " "
        }
    }

    /// Escapes brackets and backslashes, which `_arguments` reads inside descriptions.
    private static func escape(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll("[", with: "\\[")
            .replacingAll("]", with: "\\]")
    }
}
