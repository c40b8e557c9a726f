import ArgumentKit

/// Checks of subjects typed on the command line, before anything is sent.
enum SubjectRules {
    /// Refuses an empty subject, whitespace, empty tokens, and (unless `wildcards`) `*`/`>`.
    /// - Throws: a ``UsageError`` that says what is wrong with the subject.
    static func check(_ subject: String, wildcards: Bool, what: String = "subject") throws {
        if subject.isEmpty { throw UsageError("the \(what) is empty") }
        if subject.contains(where: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }) {
            throw UsageError("invalid \(what) \"\(subject)\": it contains whitespace")
        }
        let tokens = subject.split(separator: ".", omittingEmptySubsequences: false)
        if tokens.contains(where: \.isEmpty) {
            throw UsageError("invalid \(what) \"\(subject)\": it has an empty token")
        }
        for (index, token) in tokens.enumerated() where token == "*" || token == ">" {
            if !wildcards {
                throw UsageError(
                    "invalid \(what) \"\(subject)\": wildcards cannot be published to")
            }
            if token == ">" && index != tokens.count - 1 {
                throw UsageError("invalid \(what) \"\(subject)\": '>' must be the last token")
            }
        }
    }

    /// Whether `subject` matches `pattern` (with `*` and `>` wildcards).
    static func matches(_ subject: String, pattern: String) -> Bool {
        let tokens = subject.split(separator: ".", omittingEmptySubsequences: false)
        let patternTokens = pattern.split(separator: ".", omittingEmptySubsequences: false)
        for (index, token) in patternTokens.enumerated() {
            if token == ">" { return tokens.count > index }
            guard index < tokens.count else { return false }
            if token != "*" && token != tokens[index] { return false }
        }
        return tokens.count == patternTokens.count
    }

    /// Parses `-H K:V` values into headers, split at the first colon and trimmed.
    /// - Throws: a ``UsageError`` for a value without a colon or with an empty name.
    static func headerPairs(_ values: [String]) throws -> [(String, String)] {
        try values.map { value in
            guard let colon = value.firstIndex(of: ":") else {
                throw UsageError("invalid header \"\(value)\": use NAME:VALUE")
            }
            let name = value[..<colon].trimmingCharacters(in: " \t")
            let headerValue = value[value.index(after: colon)...].trimmingCharacters(in: " \t")
            if name.isEmpty { throw UsageError("invalid header \"\(value)\": the name is empty") }
            return (name, headerValue)
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var view = self
        while let first = view.first, set.contains(first) { view.removeFirst() }
        while let last = view.last, set.contains(last) { view.removeLast() }
        return String(view)
    }
}
