/// One field where a requested configuration and the live one differ.
public struct ConfigDifference: Sendable, Hashable {
    /// The JSON name of the field, e.g. `max_age`.
    public var field: String
    /// What the request says, as the user gave it; `nil` when the user did not set the field
    /// (the server's default then applies, shown in `expected`).
    public var requested: JSONValue?
    /// What the request means once the server's defaults apply; `nil` means empty or unset.
    public var expected: JSONValue?
    /// What the server has; `nil` when the field is absent or empty there.
    public var live: JSONValue?
    /// Whether the server accepts this change on an existing stream or consumer.
    public var isEditable: Bool
    /// How the values are best shown.
    public var kind: ConfigValueKind

    /// `field: live → expected`, durations as text (e.g. `max_age: 7d → 30d`).
    public var summary: String {
        "\(field): \(kind.text(live)) → \(kind.text(expected))"
            + (requested == nil ? " (server default)" : "")
    }
}

/// How the values of a configuration field are shown.
public enum ConfigValueKind: Sendable, Hashable {
    /// A duration in integer nanoseconds.
    case duration
    /// A list of durations in integer nanoseconds.
    case durations
    /// Any other JSON value.
    case plain

    /// The value as text: durations as `7d`/`1h30m`/`500ms`, others as compact JSON,
    /// `(unset)` for `nil`.
    public func text(_ value: JSONValue?) -> String {
        guard let value else { return "(unset)" }
        switch (self, value) {
        case (.duration, .integer(let nanoseconds)):
            return DurationText.format(.nanoseconds(nanoseconds))
        case (.durations, .array(let values)):
            return "["
                + values.map { ConfigValueKind.duration.text($0) }
                .joined(separator: ", ") + "]"
        default:
            return value.compactText
        }
    }
}

/// The result of comparing a requested configuration with the live one.
public struct ConfigComparison: Sendable, Hashable {
    /// Every field that differs, in the server's field order.
    public var differences: [ConfigDifference]

    /// Whether applying the request would change nothing.
    public var isUnchanged: Bool { differences.isEmpty }

    /// The differences the server refuses to apply to an existing stream or consumer.
    public var nonEditable: [ConfigDifference] { differences.filter { !$0.isEditable } }
}

/// How one field is compared: its default, its normal form, and whether it can change.
struct FieldRule: Sendable {
    var name: String
    var kind: ConfigValueKind = .plain
    /// The value the server uses when the request leaves the field out, given the whole
    /// (normalized) request; `nil` when it is empty or cannot be predicted.
    var defaultValue: @Sendable ([String: JSONValue]) -> JSONValue? = { _ in nil }
    /// Whether an unset field is compared at all (false when the server's default depends on
    /// things the client cannot see, such as account limits).
    var comparesWhenUnset = true
    /// Maps equivalent spellings to one form; `nil` means empty.
    var normalize: @Sendable (JSONValue?) -> JSONValue? = { $0 }
    /// Whether changing `live` to `expected` is allowed on an existing asset.
    var editable: @Sendable (_ live: JSONValue?, _ expected: JSONValue?) -> Bool = { _, _ in true }
}

enum ConfigComparer {
    /// Compares `requested` (only the members the user set) with `live` (the server's
    /// document) field by field.
    static func compare(
        requested: [String: JSONValue], live: [String: JSONValue], rules: [FieldRule]
    ) -> ConfigComparison {
        var differences: [ConfigDifference] = []
        var ruled = Set<String>()
        for rule in rules {
            ruled.insert(rule.name)
            let given = requested[rule.name]
            let wanted: JSONValue?
            if let given {
                wanted = rule.normalize(stripEmpty(given))
            } else {
                guard rule.comparesWhenUnset else { continue }
                wanted = rule.normalize(rule.defaultValue(requested).flatMap(stripEmpty))
            }
            let have = rule.normalize(live[rule.name].flatMap(stripEmpty))
            if wanted != have {
                differences.append(
                    ConfigDifference(
                        field: rule.name, requested: given, expected: wanted, live: have,
                        isEditable: rule.editable(have, wanted), kind: rule.kind))
            }
        }
        for (name, given) in requested.sorted(by: { $0.key < $1.key })
        where !ruled.contains(name) {
            let wanted = stripEmpty(given)
            let have = live[name].flatMap(stripEmpty)
            if wanted != have {
                differences.append(
                    ConfigDifference(
                        field: name, requested: given, expected: wanted, live: have,
                        isEditable: true, kind: .plain))
            }
        }
        return ConfigComparison(differences: differences)
    }

    /// Go's `omitempty` view: `null`, `false`, `0`, `""`, `[]` and `{}` are all "absent";
    /// objects lose such members recursively.
    static func stripEmpty(_ value: JSONValue) -> JSONValue? {
        switch value {
        case .null, .bool(false), .integer(0): return nil
        case .number(let number) where number == 0: return nil
        case .string(let text) where text.isEmpty: return nil
        case .array(let elements):
            return elements.isEmpty ? nil : .array(elements.map { stripEmpty($0) ?? .null })
        case .object(let members):
            let kept = members.compactMapValues(stripEmpty)
            return kept.isEmpty ? nil : .object(kept)
        default: return value
        }
    }
}

/// Normal forms shared by the stream and consumer rules.
enum Normalize {
    /// A limit where 0 and negative numbers mean unlimited.
    @Sendable static func limit(_ value: JSONValue?) -> JSONValue? {
        guard let number = value?.integerValue else { return value }
        return number <= 0 ? nil : value
    }

    /// A value that equals the default `spelling` reads as absent.
    static func defaulting(to spelling: JSONValue) -> @Sendable (JSONValue?) -> JSONValue? {
        { $0 == spelling ? nil : $0 }
    }

    /// A list compared as a set.
    @Sendable static func sortedStrings(_ value: JSONValue?) -> JSONValue? {
        guard let elements = value?.arrayValue else { return value }
        let texts = elements.compactMap(\.stringValue)
        guard texts.count == elements.count else { return value }
        return .array(texts.sorted().map(JSONValue.string))
    }

    /// Metadata without the keys the server adds (`_nats.*`).
    @Sendable static func userMetadata(_ value: JSONValue?) -> JSONValue? {
        guard let members = value?.objectValue else { return value }
        let kept = members.filter { !$0.key.hasPrefix("_nats.") }
        return kept.isEmpty ? nil : .object(kept)
    }

    /// Whether a boolean value is true.
    static func isTrue(_ value: JSONValue?) -> Bool { value == .bool(true) }

    /// A flag that can be switched on but never off again.
    @Sendable static func oneWayOn(_ live: JSONValue?, _ expected: JSONValue?) -> Bool {
        !(isTrue(live) && !isTrue(expected))
    }

    /// A field that cannot change at all.
    @Sendable static func fixed(_ live: JSONValue?, _ expected: JSONValue?) -> Bool { false }
}
