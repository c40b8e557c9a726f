extension Terminal {
    /// Asks a yes/no question on the terminal; only "y" or "yes" (any case) is a yes, and end
    /// of input is a no. Call it only when ``canPrompt`` is true.
    func confirm(_ question: String) -> Bool {
        out(question + " [y/N] ")
        flush()
        guard let answer = readLine() else { return false }
        let word = answer.filter { !$0.isWhitespace }.lowercased()
        return word == "y" || word == "yes"
    }
}

extension Terminal {
    /// Asks for a line of text on the terminal; `nil` at end of input. Call it only when
    /// ``canPrompt`` is true.
    func ask(_ question: String) -> String? {
        out(question + ": ")
        flush()
        guard let line = readLine() else { return nil }
        return String(
            line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
