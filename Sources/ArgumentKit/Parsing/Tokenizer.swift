/// One word of the command line, classified by its shape alone; what it means depends on the
/// command being bound (the ``Binder`` decides).
enum Token: Sendable, Hashable {
    /// `--name` or `--name=value`.
    case long(name: String, value: String?)
    /// `-abc`: one short option or a cluster of them (the rest may be a value).
    case short(letters: String)
    /// A plain word, `-` alone, or a negative number such as `-1` or `-1s`.
    case word(String)
    /// `--`: everything after it is a plain word.
    case terminator
}

/// A token with the index of the argument it came from, so errors can point at the right word.
struct IndexedToken: Sendable, Hashable {
    var token: Token
    var index: Int
}

/// Splits argv (without the program name) into tokens.
enum Tokenizer {
    /// Tokenizes `arguments`; after `--` every argument is a ``Token/word(_:)``.
    static func tokenize(_ arguments: [String]) -> [IndexedToken] {
        var tokens: [IndexedToken] = []
        var afterTerminator = false
        for (index, argument) in arguments.enumerated() {
            let token: Token
            if afterTerminator {
                token = .word(argument)
            } else if argument == "--" {
                afterTerminator = true
                token = .terminator
            } else if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                if let equals = body.firstIndex(of: "=") {
                    token = .long(
                        name: String(body[..<equals]),
                        value: String(body[body.index(after: equals)...]))
                } else {
                    token = .long(name: String(body), value: nil)
                }
            } else if argument.hasPrefix("-"), argument.count > 1, !looksNegative(argument) {
                token = .short(letters: String(argument.dropFirst()))
            } else {
                token = .word(argument)
            }
            tokens.append(IndexedToken(token: token, index: index))
        }
        return tokens
    }

    /// Whether `argument` is a negative number or duration (`-1`, `-1s`, `-.5`), which is a value
    /// rather than a short option (short names are never digits).
    static func looksNegative(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), let second = argument.dropFirst().first else { return false }
        return second.isASCIIDigit || second == "."
    }
}
