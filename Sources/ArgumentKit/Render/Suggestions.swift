/// Finds the nearest valid word for a misspelt command or option ("did you mean …?").
public enum Suggestions {
    /// The candidate closest to `word` by edit distance, or one that `word` is a prefix of, when
    /// it is close enough to be a plausible typo; `nil` otherwise.
    public static func nearest(to word: String, among candidates: [String]) -> String? {
        guard !word.isEmpty else { return nil }
        if let extended = candidates.first(where: { $0.hasPrefix(word) && word.count >= 2 }) {
            return extended
        }
        let limit = max(1, min(3, word.count / 3))
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(word, candidate)
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.word
    }

    /// The Damerau–Levenshtein distance (insertions, deletions, substitutions and adjacent
    /// transpositions) between two words.
    public static func editDistance(_ left: String, _ right: String) -> Int {
        let source = Array(left)
        let target = Array(right)
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }
        var previousPrevious = [Int](repeating: 0, count: target.count + 1)
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)
        for row in 1...source.count {
            current[0] = row
            for column in 1...target.count {
                let cost = source[row - 1] == target[column - 1] ? 0 : 1
                var value = min(
                    previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
                if row > 1, column > 1, source[row - 1] == target[column - 2],
                    source[row - 2] == target[column - 1]
                {
                    value = min(value, previousPrevious[column - 2] + 1)
                }
                current[column] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[target.count]
    }
}
