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
