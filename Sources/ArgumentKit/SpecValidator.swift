/// Checks a command tree for mistakes the binder cannot resolve: duplicate command names or
/// aliases among siblings, option names or short names used twice where a command can see them
/// (its own and the inherited ones), `--help`/`-h` taken, positional arguments out of order,
/// defaults that do not parse. Run it in a test over the real tree.
public enum SpecValidator {
    /// Every problem found in the tree under `root`, one sentence each, naming the command;
    /// empty when the tree is sound.
    public static func problems(in root: Command) -> [String] {
        var problems: [String] = []
        check(root, path: [root.name], inherited: [], into: &problems)
        return problems
    }

    private static func check(
        _ command: Command, path: [String], inherited: [Option], into problems: inout [String]
    ) {
        let place = "'\(path.joined(separator: " "))'"
        checkName(command, place: place, into: &problems)
        checkSiblings(command, place: place, into: &problems)
        checkOptions(inherited + command.options, place: place, into: &problems)
        checkArguments(command, place: place, into: &problems)
        if !command.subcommands.isEmpty, !command.arguments.isEmpty {
            problems.append("\(place) has both subcommands and positional arguments")
        }
        if command.subcommands.isEmpty, command.run == nil, path.count > 1 {
            if !(path.count == 2 && command.name == "help") {
                problems.append("\(place) has neither subcommands nor an action")
            }
        }
        let passedDown = inherited + command.inheritedOptions
        for subcommand in command.subcommands {
            check(
                subcommand, path: path + [subcommand.name], inherited: passedDown, into: &problems)
        }
    }

    private static func checkName(_ command: Command, place: String, into problems: inout [String])
    {
        for name in command.allNames where !isWord(name) || name.hasPrefix("-") {
            problems.append("\(place): '\(name)' is not a valid command name")
        }
    }

    private static func checkSiblings(
        _ command: Command, place: String, into problems: inout [String]
    ) {
        var seen: [String: String] = [:]
        for subcommand in command.subcommands {
            for name in subcommand.allNames {
                if let owner = seen[name] {
                    problems.append(
                        "\(place): '\(name)' names both '\(owner)' and '\(subcommand.name)'")
                }
                seen[name] = subcommand.name
            }
        }
    }

    private static func checkOptions(
        _ options: [Option], place: String, into problems: inout [String]
    ) {
        var longs: [String: (index: Int, label: String)] = ["help": (-1, "the built-in --help")]
        var shorts: [Character: (index: Int, label: String)] = ["h": (-1, "the built-in -h")]
        for (index, option) in options.enumerated() {
            let label = "--" + option.name
            for long in option.longNames {
                if !isWord(long) || long.hasPrefix("-") || long.contains("=") {
                    problems.append("\(place): '--\(long)' is not a valid option name")
                }
                if let owner = longs[long], owner.index != index {
                    problems.append("\(place): '--\(long)' is used by \(owner.label) and \(label)")
                }
                longs[long] = (index, label)
            }
            if let short = option.short {
                if short.isASCIIDigit || short == "-" || short == " " {
                    problems.append("\(place): '-\(short)' is not a valid short name")
                }
                if let owner = shorts[short], owner.index != index {
                    problems.append("\(place): '-\(short)' is used by \(owner.label) and \(label)")
                }
                shorts[short] = (index, label)
            }
            checkDefault(option, place: place, into: &problems)
        }
    }

    private static func checkDefault(
        _ option: Option, place: String, into problems: inout [String]
    ) {
        if case .value(.choice(let words)) = option.kind, words.isEmpty {
            problems.append("\(place): --\(option.name) has an empty list of choices")
        }
        guard let text = option.defaultValue else { return }
        do {
            if let type = option.valueType {
                _ = try ValueParser.parse(text, as: type)
            } else {
                _ = try ValueParser.parseFlag(text)
            }
        } catch {
            problems.append("\(place): the default of --\(option.name): \(error.message)")
        }
    }

    private static func checkArguments(
        _ command: Command, place: String, into problems: inout [String]
    ) {
        var names: Set<String> = []
        var sawOptional = false
        for (index, argument) in command.arguments.enumerated() {
            if !names.insert(argument.name).inserted {
                problems.append("\(place): argument <\(argument.name)> is declared twice")
            }
            if argument.optional {
                sawOptional = true
            } else if sawOptional {
                problems.append(
                    "\(place): required argument <\(argument.name)> follows an optional one")
            }
            if argument.variadic, index != command.arguments.count - 1 {
                problems.append("\(place): variadic argument <\(argument.name)> is not the last")
            }
        }
    }

    /// Whether `name` is safe to embed in completion scripts and man pages unquoted: ASCII
    /// letters, digits, `-`, `_`, `.` and `:`.
    private static func isWord(_ name: String) -> Bool {
        !name.isEmpty
            && name.allSatisfy {
                $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0))
            }
    }
}

extension Program {
    /// The problems ``SpecValidator`` finds in this program's tree (with the built-in `help`).
    public var specProblems: [String] { SpecValidator.problems(in: root) }
}
