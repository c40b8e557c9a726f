import ArgumentKit
import FoundationEssentials
import JetStream

/// A `--config` file for `stream add`: (a) one StreamConfig object, (b) `stream info --json`
/// output (its `config`), (c) an array of StreamConfig objects, or (d) an object
/// `{"streams": [...], "consumers": [...]}` whose consumers name their `stream`.
/// Durations may be nanosecond integers or strings such as `"7d"`.
struct ProvisioningFile: Sendable {
    /// The streams, in file order.
    var streams: [StreamConfig]
    /// The consumers (form d), each with the stream it belongs to.
    var consumers: [(stream: String, config: ConsumerConfig)]
    /// Whether the file held one stream (forms a and b) rather than a list.
    var isSingleStream: Bool

    /// Reads and checks a file; nothing is sent anywhere.
    /// - Throws: a ``UsageError`` naming the file, and the line and column of a syntax error
    ///   or the member path of a value of the wrong type.
    static func load(_ path: String) throws -> ProvisioningFile {
        try parse(readDocument(path), path: path)
    }

    /// Reads a JSON file, with the line and column of a syntax error.
    /// - Throws: a ``UsageError`` naming the file.
    static func readDocument(_ path: String) throws -> JSONValue {
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw UsageError("cannot read config file \(path): no such file or not readable")
        }
        if let problem = JSONSyntaxCheck.firstError(in: bytes) {
            throw UsageError(
                "malformed config file \(path), line \(problem.line), column \(problem.column): \(problem.problem)"
            )
        }
        do {
            return try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        } catch {
            throw UsageError("malformed config file \(path): \(error)")
        }
    }

    static func parse(_ document: JSONValue, path: String) throws -> ProvisioningFile {
        switch document {
        case .array(let items):
            let streams = try items.enumerated().map { index, item in
                try decodeStream(item, path: path, at: "[\(index)]")
            }
            return ProvisioningFile(streams: streams, consumers: [], isSingleStream: false)
        case .object(let members):
            if let list = members["streams"] {
                guard case .array(let items) = list else {
                    throw UsageError("invalid config file \(path): \"streams\" must be an array")
                }
                let streams = try items.enumerated().map { index, item in
                    try decodeStream(item, path: path, at: "streams[\(index)]")
                }
                let consumers = try consumerEntries(members["consumers"], path: path)
                return ProvisioningFile(
                    streams: streams, consumers: consumers, isSingleStream: false)
            }
            if let config = members["config"], members["state"] != nil || members["created"] != nil
            {
                return ProvisioningFile(
                    streams: [try decodeStream(config, path: path, at: "config")], consumers: [],
                    isSingleStream: true)
            }
            return ProvisioningFile(
                streams: [try decodeStream(document, path: path, at: "")], consumers: [],
                isSingleStream: true)
        default:
            throw UsageError(
                "invalid config file \(path): expected a JSON object or array of stream configurations"
            )
        }
    }

    private static func consumerEntries(_ value: JSONValue?, path: String) throws
        -> [(stream: String, config: ConsumerConfig)]
    {
        guard let value else { return [] }
        guard case .array(let items) = value else {
            throw UsageError("invalid config file \(path): \"consumers\" must be an array")
        }
        return try items.enumerated().map { index, item in
            let entry = try ConsumerConfigFile.decode(item, path: path, at: "consumers[\(index)]")
            guard let stream = entry.stream else {
                throw UsageError(
                    "invalid config file \(path), consumers[\(index)]: each consumer needs a \"stream\""
                )
            }
            guard entry.config.name != nil || entry.config.durableName != nil else {
                throw UsageError(
                    "invalid config file \(path), consumers[\(index)]: the consumer has no \"durable_name\" or \"name\""
                )
            }
            return (stream, entry.config)
        }
    }

    private static func decodeStream(_ value: JSONValue, path: String, at location: String) throws
        -> StreamConfig
    {
        let place = location.isEmpty ? "" : ", \(location)"
        guard case .object(let members) = value else {
            throw UsageError(
                "invalid config file \(path)\(place): expected a stream configuration object")
        }
        guard case .string? = members["name"] else {
            throw UsageError("invalid config file \(path)\(place): the stream has no \"name\"")
        }
        do {
            let data = try JSONEncoder().encode(value)
            return try JSONDecoder().decode(StreamConfig.self, from: data)
        } catch let error as DecodingError {
            throw UsageError("invalid config file \(path)\(place): \(describe(error))")
        } catch {
            throw UsageError("invalid config file \(path)\(place): \(error)")
        }
    }

    /// A decoding error as `member.path: what was wrong`.
    static func describe(_ error: DecodingError) -> String {
        func pathText(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context),
            .dataCorrupted(let context):
            let place = pathText(context.codingPath)
            return (place.isEmpty ? "" : "\(place): ") + context.debugDescription
        case .keyNotFound(let key, let context):
            let place = pathText(context.codingPath + [key])
            return "\(place): missing"
        @unknown default:
            return "\(error)"
        }
    }
}
