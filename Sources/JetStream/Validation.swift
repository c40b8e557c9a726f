/// Client-side checks run before any request, so bad input never reaches the server
/// (wire-protocol §4).
public enum Validation {
    /// The longest stream or consumer name the server accepts, in bytes (`JSMaxNameLen`).
    public static let maxNameLength = 255
    /// The longest description the server accepts, in bytes (`JSMaxDescriptionLen`).
    public static let maxDescriptionLength = 4096
    /// The most bytes of metadata keys and values together (`JSMaxMetadataLen`).
    public static let maxMetadataLength = 131_072

    /// Checks a stream name: non-empty, at most 255 bytes, printable ASCII, and none of
    /// `.`, `*`, `>`, `/`, `\`.
    /// - Throws: ``JetStreamError/invalidName(kind:name:reason:)`` saying what is wrong.
    public static func validateStreamName(_ name: String) throws(JetStreamError) {
        try validateName(name, kind: "stream")
    }

    /// Checks a consumer name with the same rules as stream names.
    /// - Throws: ``JetStreamError/invalidName(kind:name:reason:)`` saying what is wrong.
    public static func validateConsumerName(_ name: String) throws(JetStreamError) {
        try validateName(name, kind: "consumer")
    }

    /// Checks a name of the given kind (stream, consumer, …).
    /// - Throws: ``JetStreamError/invalidName(kind:name:reason:)`` saying what is wrong.
    public static func validateName(_ name: String, kind: String) throws(JetStreamError) {
        if let reason = nameProblem(name) {
            throw .invalidName(kind: kind, name: name, reason: reason)
        }
    }

    /// Why `name` is not a valid stream or consumer name, or `nil` when it is.
    public static func nameProblem(_ name: String) -> String? {
        if name.isEmpty { return "it is empty" }
        if name.utf8.count > maxNameLength {
            return "it is longer than \(maxNameLength) bytes"
        }
        for scalar in name.unicodeScalars {
            switch scalar {
            case " ", "\t", "\r", "\n", "\u{0C}":
                return "it contains whitespace"
            case ".", "*", ">":
                return "it contains '\(scalar)' (names cannot contain '.', '*' or '>')"
            case "/", "\\":
                return "it contains a path separator '\(scalar)'"
            default:
                if scalar.value < 0x21 || scalar.value > 0x7E {
                    return "it contains a character that is not printable ASCII"
                }
            }
        }
        return nil
    }

    /// Checks a subject: non-empty tokens without whitespace; with `wildcards`, `*` tokens and
    /// a last `>` token are allowed, otherwise neither is.
    /// - Throws: ``JetStreamError/invalidSubject(subject:reason:)`` saying what is wrong.
    public static func validateSubject(
        _ subject: String, kind: String = "subject", wildcards: Bool = true
    ) throws(JetStreamError) {
        if let reason = subjectProblem(subject, wildcards: wildcards) {
            throw .invalidSubject(subject: subject, reason: "\(kind): \(reason)")
        }
    }

    /// Why `subject` is not valid, or `nil` when it is.
    public static func subjectProblem(_ subject: String, wildcards: Bool = true) -> String? {
        if subject.isEmpty { return "it is empty" }
        let tokens = subject.split(separator: ".", omittingEmptySubsequences: false)
        for (index, token) in tokens.enumerated() {
            if token.isEmpty { return "it has an empty token" }
            if token.contains(where: { " \t\r\n\u{0C}".contains($0) }) {
                return "it contains whitespace"
            }
            if token == "*" || token == ">" {
                if !wildcards { return "wildcards are not allowed here" }
                if token == ">" && index != tokens.count - 1 {
                    return "'>' must be the last token"
                }
            }
        }
        return nil
    }

    /// Checks the fields of a stream configuration that the client can check: the name,
    /// subjects, description and metadata sizes.
    /// - Throws: ``JetStreamError`` naming the first problem found.
    public static func validate(_ config: StreamConfig) throws(JetStreamError) {
        try validateStreamName(config.name)
        for subject in config.subjects ?? [] {
            try validateSubject(subject, kind: "stream subject")
        }
        try validateDescription(config.description)
        try validateMetadata(config.metadata)
    }

    /// Checks the fields of a consumer configuration that the client can check.
    /// - Throws: ``JetStreamError`` naming the first problem found.
    public static func validate(_ config: ConsumerConfig) throws(JetStreamError) {
        if let name = config.name { try validateConsumerName(name) }
        if let durable = config.durableName { try validateConsumerName(durable) }
        if let name = config.name, let durable = config.durableName, name != durable {
            throw .invalidRequest(
                "consumer name \"\(name)\" and durable name \"\(durable)\" differ")
        }
        if config.filterSubject != nil && !(config.filterSubjects ?? []).isEmpty {
            throw .invalidRequest("filter_subject and filter_subjects cannot both be set")
        }
        for filter in [config.filterSubject].compactMap({ $0 }) + (config.filterSubjects ?? []) {
            try validateSubject(filter, kind: "filter subject")
        }
        if let deliver = config.deliverSubject {
            try validateSubject(deliver, kind: "deliver subject", wildcards: false)
        }
        try validateDescription(config.description)
        try validateMetadata(config.metadata)
    }

    private static func validateDescription(_ description: String?) throws(JetStreamError) {
        if let description, description.utf8.count > maxDescriptionLength {
            throw .invalidRequest("description is longer than \(maxDescriptionLength) bytes")
        }
    }

    private static func validateMetadata(_ metadata: [String: String]?) throws(JetStreamError) {
        let size = (metadata ?? [:]).reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count }
        if size > maxMetadataLength {
            throw .invalidRequest("metadata is larger than \(maxMetadataLength) bytes")
        }
    }
}
