import ArgumentKit
import FoundationEssentials
import JetStream

/// A consumer's `--config` file: a ConsumerConfig object or `consumer info --json` output (its
/// `config`). It may name its stream in a `stream` member (or `stream_name` of an info), so the
/// STREAM argument can be left out. Durations may be nanoseconds or strings such as `"30s"`.
struct ConsumerConfigFile: Sendable {
    /// The stream the file names, if it names one.
    var stream: String?
    /// The configuration.
    var config: ConsumerConfig

    /// Reads and checks a file; nothing is sent anywhere.
    /// - Throws: a ``UsageError`` naming the file, and the line and column of a syntax error
    ///   or the member path of a value of the wrong type.
    static func load(_ path: String) throws -> ConsumerConfigFile {
        try decode(ProvisioningFile.readDocument(path), path: path, at: "")
    }

    /// Decodes one consumer entry of a file.
    /// - Throws: a ``UsageError`` naming the file and the entry.
    static func decode(_ value: JSONValue, path: String, at location: String) throws
        -> ConsumerConfigFile
    {
        let place = location.isEmpty ? "" : ", \(location)"
        guard case .object(var members) = value else {
            throw UsageError(
                "invalid config file \(path)\(place): expected a consumer configuration object")
        }
        var stream = members.removeValue(forKey: "stream")?.stringValue
        if case .object(let config)? = members["config"], members["stream_name"] != nil {
            stream = stream ?? members["stream_name"]?.stringValue
            members = config
        }
        do {
            let data = try JSONEncoder().encode(JSONValue.object(members))
            let config = try JSONDecoder().decode(ConsumerConfig.self, from: data)
            return ConsumerConfigFile(stream: stream, config: config)
        } catch let error as DecodingError {
            throw UsageError(
                "invalid config file \(path)\(place): \(ProvisioningFile.describe(error))")
        } catch {
            throw UsageError("invalid config file \(path)\(place): \(error)")
        }
    }
}
