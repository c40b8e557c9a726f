import FoundationEssentials

/// A coding key for any member name: used to collect the members natsctl does not model.
struct AnyCodingKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension CodingUserInfoKey {
    /// Set to `true` while decoding a server response: unknown members of configurations are
    /// then dropped, so they are never sent back to the server.
    static let serverResponse = CodingUserInfoKey(rawValue: "natsctl.jetstream.serverResponse")!
}

extension Decoder {
    /// Whether this value is being decoded from a server response.
    var isServerResponse: Bool { userInfo[.serverResponse] as? Bool == true }

    /// The members whose names are not in `known`, kept as JSON; empty inside server responses.
    func unknownMembers<Key: CodingKey & CaseIterable>(besides known: Key.Type) throws
        -> [String: JSONValue]
    {
        if isServerResponse { return [:] }
        let knownNames = Set(Key.allCases.map(\.stringValue))
        let container = try container(keyedBy: AnyCodingKey.self)
        var unknown: [String: JSONValue] = [:]
        for key in container.allKeys where !knownNames.contains(key.stringValue) {
            unknown[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        return unknown
    }

    /// The whole value as JSON (used to keep the raw form of responses).
    func rawJSON() throws -> JSONValue {
        try singleValueContainer().decode(JSONValue.self)
    }
}

extension Encoder {
    /// Writes members that natsctl does not model (they came from the user's config file).
    func encodeUnknownMembers(_ members: [String: JSONValue]) throws {
        guard !members.isEmpty else { return }
        var container = container(keyedBy: AnyCodingKey.self)
        for (name, value) in members {
            try container.encode(value, forKey: AnyCodingKey(name))
        }
    }
}

extension KeyedDecodingContainer {
    /// A duration sent as integer nanoseconds; config files may also use text like `"7d"`.
    func decodeDuration(_ key: Key) throws -> Duration? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let nanoseconds = try? decode(Int64.self, forKey: key) {
            return .nanoseconds(nanoseconds)
        }
        if let text = try? decode(String.self, forKey: key) {
            do {
                return try DurationText.parse(text)
            } catch {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: self, debugDescription: error.description)
            }
        }
        throw DecodingError.dataCorruptedError(
            forKey: key, in: self,
            debugDescription: "expected a duration: integer nanoseconds or text like \"30s\"")
    }

    /// A list of durations (consumer `backoff`), each as ``decodeDuration(_:)`` reads it.
    func decodeDurations(_ key: Key) throws -> [Duration]? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        let values = try decode([JSONValue].self, forKey: key)
        return try values.map { value in
            switch value {
            case .integer(let nanoseconds): return .nanoseconds(nanoseconds)
            case .string(let text):
                do {
                    return try DurationText.parse(text)
                } catch {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: self, debugDescription: "\(error)")
                }
            default:
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: self, debugDescription: "expected a list of durations")
            }
        }
    }

    /// An optional value, with JSON `null` read as absent.
    func optional<T: Decodable>(_ key: Key, as type: T.Type = T.self) throws -> T? {
        try decodeIfPresent(type, forKey: key)
    }

    /// A value the server always sends; a missing one reads as `fallback`.
    func value<T: Decodable>(_ key: Key, or fallback: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback
    }
}

extension KeyedEncodingContainer {
    /// Writes a duration as integer nanoseconds, or nothing when it is `nil`.
    mutating func encodeDuration(_ duration: Duration?, _ key: Key) throws {
        try encodeIfPresent(duration?.nanosecondCount, forKey: key)
    }

    /// Writes durations as integer nanoseconds, or nothing when the list is `nil`.
    mutating func encodeDurations(_ durations: [Duration]?, _ key: Key) throws {
        try encodeIfPresent(durations?.map(\.nanosecondCount), forKey: key)
    }
}
