/// Binds tokens to the command tree: walks down to the command named on the line, assigns
/// options and positional arguments, then fills the rest from the environment and defaults.
struct Binder {
    private let program: Program
    private let environment: [String: String]
    private var path: [Command]
    private var values: [String: Binding] = [:]
    private var words: [String] = []
    private var sawTerminator = false

    private init(program: Program, environment: [String: String]) {
        self.program = program
        self.environment = environment
        self.path = [program.root]
    }

    /// Binds `arguments` (argv without the program name) for `program`.
    static func bind(_ arguments: [String], program: Program, environment: [String: String])
        throws(UsageError) -> ParseResult
    {
        var binder = Binder(program: program, environment: environment)
        return try binder.bind(Tokenizer.tokenize(arguments))
    }

    private var current: Command { path[path.count - 1] }
    private var names: [String] { path.map(\.name) }

    /// The options accepted at the current depth: those inherited from above, then our own.
    private var accessibleOptions: [Option] {
        path.dropLast().flatMap(\.inheritedOptions) + current.options
    }

    private mutating func bind(_ tokens: [IndexedToken]) throws(UsageError) -> ParseResult {
        if Self.asksForHelp(tokens) {
            return .showHelp(program.helpText(for: lenientPath(tokens)))
        }
        var position = 0
        while position < tokens.count {
            let token = tokens[position].token
            position += 1
            switch token {
            case .terminator:
                sawTerminator = true
            case .word(let word):
                try take(word: word)
            case .long(let name, let value):
                if name == "version", value == nil, path.count == 1, find(long: name) == nil {
                    return .showVersion("\(program.name) \(program.version)\n")
                }
                let (option, negated) = try option(long: name)
                try take(
                    option, spelled: "--" + name, negated: negated, inline: value,
                    tokens: tokens, position: &position)
            case .short(let letters):
                try take(shorts: letters, tokens: tokens, position: &position)
            }
        }
        return try finish()
    }

    // MARK: Words

    private mutating func take(word: String) throws(UsageError) {
        let groupExpectsCommand =
            !sawTerminator && words.isEmpty && !current.subcommands.isEmpty
            && current.arguments.isEmpty
        guard groupExpectsCommand else {
            words.append(word)
            return
        }
        if let subcommand = current.subcommand(named: word) {
            path.append(subcommand)
            return
        }
        let candidates = current.subcommands.filter { !$0.hidden }.flatMap(\.allNames)
        throw UsageError(
            "unknown command '\(word)' for '\(names.joined(separator: " "))'",
            suggestion: Suggestions.nearest(to: word, among: candidates), commandPath: names)
    }

    // MARK: Options

    private func find(long name: String) -> (option: Option, negated: Bool)? {
        let options = accessibleOptions
        if let option = options.first(where: { $0.name == name || $0.aliases.contains(name) }) {
            return (option, false)
        }
        guard name.hasPrefix("no-") else { return nil }
        let base = String(name.dropFirst(3))
        if let option = options.first(where: {
            $0.isNegatable && ($0.name == base || $0.aliases.contains(base))
        }) {
            return (option, true)
        }
        return nil
    }

    private func option(long name: String) throws(UsageError) -> (Option, Bool) {
        if let found = find(long: name) { return found }
        let candidates = accessibleOptions.filter { !$0.hidden }.flatMap(\.longNames)
        throw UsageError(
            "unknown option '--\(name)'",
            suggestion: Suggestions.nearest(to: name, among: candidates).map { "--" + $0 },
            commandPath: names)
    }

    private mutating func take(shorts letters: String, tokens: [IndexedToken], position: inout Int)
        throws(UsageError)
    {
        var rest = Substring(letters)
        while let letter = rest.first {
            rest = rest.dropFirst()
            guard let option = accessibleOptions.first(where: { $0.short == letter }) else {
                let within = letters.count > 1 ? " in '-\(letters)'" : ""
                let spelledLong = find(long: letters) == nil ? nil : "--" + letters
                throw UsageError(
                    "unknown option '-\(letter)'\(within)", suggestion: spelledLong,
                    commandPath: names)
            }
            if option.isFlag {
                try set(option, to: .flag(true), spelled: "-\(letter)")
                continue
            }
            let inline = rest.hasPrefix("=") ? rest.dropFirst() : rest
            try take(
                option, spelled: "-\(letter)", negated: false,
                inline: inline.isEmpty ? nil : String(inline), tokens: tokens, position: &position)
            return
        }
    }

    private mutating func take(
        _ option: Option, spelled: String, negated: Bool, inline: String?,
        tokens: [IndexedToken], position: inout Int
    ) throws(UsageError) {
        guard let type = option.valueType else {
            guard let inline else {
                try set(option, to: .flag(!negated), spelled: spelled)
                return
            }
            guard !negated else {
                throw UsageError("option '\(spelled)' does not take a value", commandPath: names)
            }
            let isOn: Bool
            do {
                isOn = try ValueParser.parseFlag(inline)
            } catch {
                throw UsageError("option '\(spelled)': \(error.message)", commandPath: names)
            }
            try set(option, to: .flag(isOn), spelled: spelled)
            return
        }
        var text = inline
        if text == nil, position < tokens.count, case .word(let next) = tokens[position].token {
            text = next
            position += 1
        }
        guard let text else {
            throw UsageError(
                "option '\(spelled)' needs a value (write \(spelled)=VALUE for a value that "
                    + "starts with '-')", commandPath: names)
        }
        let value: BoundValue
        do {
            value = try ValueParser.parse(text, as: type)
        } catch {
            throw UsageError(
                "option '\(spelled)': \(error.message)", suggestion: error.suggestion,
                commandPath: names)
        }
        try set(option, to: value, spelled: spelled)
    }

    private mutating func set(_ option: Option, to value: BoundValue, spelled: String)
        throws(UsageError)
    {
        guard var binding = values[option.name] else {
            values[option.name] = Binding(values: [value], source: .commandLine)
            return
        }
        guard option.repeatable else {
            throw UsageError(
                "option '--\(option.name)' was given more than once", commandPath: names)
        }
        binding.values.append(value)
        values[option.name] = binding
    }

    // MARK: Finishing

    private mutating func finish() throws(UsageError) -> ParseResult {
        let command = current
        if program.isBuiltinHelp(path) {
            return .showHelp(program.helpText(for: try program.resolve(words)))
        }
        if command.run == nil {
            guard command.subcommands.isEmpty else {
                throw UsageError(
                    "'\(names.joined(separator: " "))' needs a subcommand", commandPath: names,
                    listsSubcommands: true)
            }
            return .showHelp(program.helpText(for: path))
        }
        let arguments = try bindArguments(of: command)
        let declared = path.flatMap(\.options)
        for option in declared where values[option.name] == nil {
            try fillFromEnvironmentOrDefault(option)
        }
        let invocation = Invocation(
            program: program, commandPath: names, environment: environment,
            declaredOptions: Dictionary(declared.map { ($0.name, $0) }) { first, _ in first },
            declaredArguments: Set(command.arguments.map(\.name)), optionValues: values,
            argumentValues: arguments)
        return .invoke(invocation)
    }

    private func bindArguments(of command: Command) throws(UsageError) -> [String: [String]] {
        var remaining = words[...]
        var bound: [String: [String]] = [:]
        for argument in command.arguments {
            let taken: [String]
            if argument.variadic {
                taken = Array(remaining)
                remaining = []
            } else if let word = remaining.popFirst() {
                taken = [word]
            } else {
                taken = []
            }
            if taken.isEmpty, !argument.optional {
                throw UsageError("missing argument <\(argument.name)>", commandPath: names)
            }
            for word in taken {
                do {
                    _ = try ValueParser.parse(word, as: argument.value)
                } catch {
                    throw UsageError(
                        "argument <\(argument.name)>: \(error.message)",
                        suggestion: error.suggestion, commandPath: names)
                }
            }
            bound[argument.name] = taken
        }
        if let extra = remaining.first {
            throw UsageError("unexpected argument '\(extra)'", commandPath: names)
        }
        return bound
    }

    private mutating func fillFromEnvironmentOrDefault(_ option: Option) throws(UsageError) {
        if let variable = option.environment, let text = environment[variable], !text.isEmpty {
            let value: BoundValue
            if let type = option.valueType {
                do {
                    value = try ValueParser.parse(text, as: type)
                } catch {
                    throw UsageError(
                        "environment variable \(variable) (for '--\(option.name)'): "
                            + error.message, commandPath: names)
                }
            } else {
                let off = ["0", "false", "no", "off"].contains(text.lowercased())
                value = .flag(!off)
            }
            values[option.name] = Binding(values: [value], source: .environment)
            return
        }
        guard let text = option.defaultValue else { return }
        let value: BoundValue
        do {
            if let type = option.valueType {
                value = try ValueParser.parse(text, as: type)
            } else {
                value = .flag(try ValueParser.parseFlag(text))
            }
        } catch {
            throw UsageError(
                "the default of '--\(option.name)': \(error.message)", commandPath: names)
        }
        values[option.name] = Binding(values: [value], source: .defaultValue)
    }

    // MARK: Help

    /// Whether `--help` or `-h` appears before any `--`.
    private static func asksForHelp(_ tokens: [IndexedToken]) -> Bool {
        for indexed in tokens {
            switch indexed.token {
            case .terminator: return false
            case .long(name: "help", value: nil), .short(letters: "h"): return true
            default: continue
            }
        }
        return false
    }

    /// The deepest command named by the words of the line, ignoring everything else; used for
    /// `--help`, so that help is shown even when the rest of the line has mistakes.
    private func lenientPath(_ tokens: [IndexedToken]) -> [Command] {
        var path = [program.root]
        for indexed in tokens {
            if case .terminator = indexed.token { break }
            guard case .word(let word) = indexed.token else { continue }
            if program.isBuiltinHelp(path) { path = [program.root] }
            if let next = path[path.count - 1].subcommand(named: word) { path.append(next) }
        }
        return program.isBuiltinHelp(path) ? [program.root] : path
    }
}
