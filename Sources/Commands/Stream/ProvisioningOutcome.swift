import JetStream

/// What `stream add` or `consumer add` did to one stream or consumer, or in a dry run would do.
enum ProvisioningOutcome: Equatable {
    case created, unchanged, updated
    /// Dry run: it does not exist and would be created.
    case wouldCreate
    /// Dry run: it exists with a different configuration and would be changed.
    case wouldChange

    /// Whether a dry run found the live state different from the request (exit 3).
    var isDrift: Bool { self == .wouldCreate || self == .wouldChange }
}

/// Configuration differences as the provisioning and edit commands print them.
enum ConfigChanges {
    /// The differences as indented `field: live → requested` lines.
    static func describe(_ comparison: ConfigComparison) -> String {
        comparison.differences.map { difference in
            let note = difference.isEditable ? "" : " (cannot be changed)"
            return "  \(change(difference))\(note)\n"
        }.joined()
    }

    /// `field: live → requested`, with `(default)` for a value left to the server.
    static func change(_ difference: ConfigDifference) -> String {
        func text(_ value: JSONValue?) -> String {
            value == nil ? "(default)" : difference.kind.text(value)
        }
        return "\(difference.field): \(text(difference.live)) → \(text(difference.expected))"
    }
}
