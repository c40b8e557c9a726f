/// Generates a bash completion script from the command tree: subcommands (by name; aliases are
/// understood but not offered), options (inherited ones included), choice values, and file or
/// directory names where an option or argument takes a path.
enum BashCompletion {
    static func script(for program: Program) -> String {
        let model = CompletionModel(program: program)
        let function = "_" + CompletionModel.identifier(program.name)
        var lines = [
            "# bash completion for \(program.name) \(program.version).",
            "# Generated from the command model; regenerate instead of editing.",
            "",
            "\(function)_subcommand() {",
            "    case \"$1\" in",
        ]
        for entry in model.entries where !entry.subcommands.isEmpty {
            lines.append("    \(ShellQuote.single(entry.key)))")
            lines.append("        case \"$2\" in")
            for subcommand in entry.subcommands {
                let names = subcommand.allNames.joined(separator: "|")
                lines.append("        \(names)) echo \(subcommand.name) ;;")
            }
            lines.append("        esac ;;")
        }
        lines += ["    esac", "}", ""]
        lines += valueTakingFunction(function, model)
        lines += valuesFunction(function, model)
        lines += wordsFunction(function, model)
        lines += mainFunction(function, program)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func valueTakingFunction(_ function: String, _ model: CompletionModel)
        -> [String]
    {
        var lines = ["\(function)_takes_value() {", "    case \"$1\" in"]
        for entry in model.entries {
            let spellings = entry.options.filter { !$0.isFlag }.flatMap(
                CompletionModel.spellings(of:))
            guard !spellings.isEmpty else { continue }
            lines.append("    \(ShellQuote.single(entry.key)))")
            lines.append(
                "        case \"$2\" in \(spellings.joined(separator: "|"))) return 0 ;; esac ;;")
        }
        return lines + ["    esac", "    return 1", "}", ""]
    }

    /// Completes the value of option `$2` of command `$1` for the word `$3`.
    private static func valuesFunction(_ function: String, _ model: CompletionModel) -> [String] {
        var lines = ["\(function)_values() {", "    case \"$1\" in"]
        for entry in model.entries {
            var cases: [String] = []
            for option in entry.options {
                guard let type = option.valueType, let action = action(for: type) else { continue }
                let spellings = CompletionModel.spellings(of: option).joined(separator: "|")
                cases.append("        \(spellings)) \(action) ;;")
            }
            guard !cases.isEmpty else { continue }
            lines.append("    \(ShellQuote.single(entry.key)))")
            lines += ["        case \"$2\" in"] + cases + ["        esac ;;"]
        }
        return lines + ["    esac", "}", ""]
    }

    /// Completes a plain word for command `$1`: its subcommands, or values for its arguments.
    private static func wordsFunction(_ function: String, _ model: CompletionModel) -> [String] {
        var lines = ["\(function)_words() {", "    case \"$1\" in"]
        for entry in model.entries {
            let action: String?
            if !entry.subcommands.isEmpty {
                let names = entry.subcommands.map(\.name).joined(separator: " ")
                action = "COMPREPLY=($(compgen -W \(ShellQuote.single(names)) -- \"$2\"))"
            } else if let type = entry.command.arguments.first?.value {
                action = Self.action(for: type, word: "$2")
            } else {
                action = nil
            }
            guard let action else { continue }
            lines.append("    \(ShellQuote.single(entry.key))) \(action) ;;")
        }
        return lines + ["    esac", "}", ""]
    }

    private static func mainFunction(_ function: String, _ program: Program) -> [String] {
        let model = CompletionModel(program: program)
        var optionCases: [String] = []
        for entry in model.entries {
            let words =
                entry.options.flatMap(CompletionModel.spellings(of:)) + ["--help"]
                + (entry.path.count == 1 ? ["--version"] : [])
            optionCases.append(
                "        \(ShellQuote.single(entry.key))) options="
                    + ShellQuote.single(words.joined(separator: " ")) + " ;;")
        }
        return [
            "\(function)() {",
            "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev path=\(ShellQuote.single(program.name)) i word next",
            "    local options=\"\"",
            "    COMPREPLY=()",
            "    for ((i = 1; i < COMP_CWORD; i++)); do",
            "        word=\"${COMP_WORDS[i]}\"",
            "        case \"$word\" in",
            "        --) break ;;",
            "        -*)",
            "            if [[ \"$word\" != *=* ]] && \(function)_takes_value \"$path\" \"$word\"; then",
            "                if [[ \"${COMP_WORDS[i + 1]}\" == \"=\" ]]; then ((i += 2)); else ((i++)); fi",
            "            fi ;;",
            "        *)",
            "            next=$(\(function)_subcommand \"$path\" \"$word\")",
            "            if [[ -n \"$next\" ]]; then path=\"$path $next\"; fi ;;",
            "        esac",
            "    done",
            "    prev=\"${COMP_WORDS[COMP_CWORD - 1]}\"",
            "    if [[ \"$cur\" == \"=\" ]]; then",
            "        cur=\"\"",
            "    elif [[ \"$prev\" == \"=\" ]] && ((COMP_CWORD > 1)); then",
            "        prev=\"${COMP_WORDS[COMP_CWORD - 2]}\"",
            "    fi",
            "    if [[ \"$prev\" == -* ]] && \(function)_takes_value \"$path\" \"$prev\"; then",
            "        \(function)_values \"$path\" \"$prev\" \"$cur\"",
            "        return 0",
            "    fi",
            "    if [[ \"$cur\" == -* ]]; then",
            "        case \"$path\" in",
        ] + optionCases + [
            "        esac",
            "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))",
            "        return 0",
            "    fi",
            "    \(function)_words \"$path\" \"$cur\"",
            "}",
            "",
            "complete -F \(function) \(program.name)",
        ]
    }

    /// The bash statement filling `COMPREPLY` for a value of `type` typed so far as `word`.
    private static func action(for type: ValueType, word: String = "$3") -> String? {
        switch type {
        case .choice(let words):
            let list = ShellQuote.single(words.joined(separator: " "))
            return "COMPREPLY=($(compgen -W \(list) -- \"\(word)\"))"
        case .file: return "COMPREPLY=($(compgen -f -- \"\(word)\"))"
        case .directory: return "COMPREPLY=($(compgen -d -- \"\(word)\"))"
        case .string, .integer, .duration, .bytes: return nil
        }
    }
}
