import ArgumentKit

/// `--metadata KEY=VALUE` values of the stream and consumer commands.
enum MetadataPairs {
    /// The pairs merged over `existing`; `existing` unchanged when there are none.
    /// - Throws: a ``UsageError`` for a value without `=` or with an empty key.
    static func merge(_ pairs: [String], into existing: [String: String]?) throws
        -> [String: String]?
    {
        guard !pairs.isEmpty else { return existing }
        var merged = existing ?? [:]
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw UsageError("invalid --metadata \"\(pair)\": use KEY=VALUE")
            }
            merged[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }
        return merged
    }
}
