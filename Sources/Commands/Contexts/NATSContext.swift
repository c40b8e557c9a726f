import FoundationEssentials
import JetStream

/// One `nats` CLI context: the connection settings stored in `nats/context/NAME.json`.
///
/// Every field the `nats` CLI writes is kept; fields this version does not know are kept too
/// and written back unchanged. `description` is redacted.
struct NATSContext: Sendable, Equatable, CustomStringConvertible, CustomReflectable {
    /// The context's name (the file name without `.json`; not stored in the file).
    var name: String
    /// JSON `description`.
    var contextDescription = ""
    /// JSON `url`: one URL or a comma-separated list.
    var url = ""
    /// JSON `socks_proxy`.
    var socksProxy = ""
    /// JSON `token` (a literal or a reference such as `env://NAME`).
    var token = ""
    /// JSON `user`.
    var user = ""
    /// JSON `password` (a literal or a reference).
    var password = ""
    /// JSON `creds`: a `.creds` file path.
    var creds = ""
    /// JSON `nkey`: an NKEY seed file path.
    var nkey = ""
    /// JSON `cert`: the client certificate file.
    var cert = ""
    /// JSON `key`: the client key file.
    var key = ""
    /// JSON `ca`: the CA file.
    var ca = ""
    /// JSON `nsc` (deprecated by the `nats` CLI).
    var nsc = ""
    /// JSON `jetstream_domain`.
    var jetstreamDomain = ""
    /// JSON `jetstream_api_prefix`.
    var jetstreamAPIPrefix = ""
    /// JSON `jetstream_event_prefix`.
    var jetstreamEventPrefix = ""
    /// JSON `inbox_prefix`.
    var inboxPrefix = ""
    /// JSON `user_jwt`.
    var userJWT = ""
    /// JSON `user_seed`.
    var userSeed = ""
    /// JSON `color_scheme`.
    var colorScheme = ""
    /// JSON `tls_first`.
    var tlsFirst = false
    /// JSON `windows_cert_store`.
    var windowsCertStore = ""
    /// JSON `windows_cert_match_by`.
    var windowsCertMatchBy = ""
    /// JSON `windows_cert_match`.
    var windowsCertMatch = ""
    /// JSON `windows_ca_certs_match` (`null` when absent).
    var windowsCACertsMatch: [String]?
    /// Fields this version does not know, kept for the rewrite.
    var unknownFields: [String: JSONValue] = [:]

    /// Makes an empty context.
    init(name: String) {
        self.name = name
    }

    /// The string fields in the order the `nats` CLI writes them.
    static var stringFields: [(key: String, path: WritableKeyPath<NATSContext, String>)] {
        [
            ("description", \.contextDescription), ("url", \.url), ("socks_proxy", \.socksProxy),
            ("token", \.token), ("user", \.user), ("password", \.password), ("creds", \.creds),
            ("nkey", \.nkey), ("cert", \.cert), ("key", \.key), ("ca", \.ca), ("nsc", \.nsc),
            ("jetstream_domain", \.jetstreamDomain),
            ("jetstream_api_prefix", \.jetstreamAPIPrefix),
            ("jetstream_event_prefix", \.jetstreamEventPrefix),
            ("inbox_prefix", \.inboxPrefix), ("user_jwt", \.userJWT), ("user_seed", \.userSeed),
            ("color_scheme", \.colorScheme),
        ]
    }

    private static var windowsFields: [(key: String, path: WritableKeyPath<NATSContext, String>)] {
        [
            ("windows_cert_store", \.windowsCertStore),
            ("windows_cert_match_by", \.windowsCertMatchBy),
            ("windows_cert_match", \.windowsCertMatch),
        ]
    }

    /// Decodes a context file's JSON.
    /// - Throws: `ContextError.malformed` when it is not a JSON object or a known field has
    ///   the wrong type.
    init(name: String, json: Data, path: String) throws(ContextError) {
        let object: [String: JSONValue]
        do {
            object = try JSONDecoder().decode([String: JSONValue].self, from: json)
        } catch {
            throw .malformed(path: path, reason: "not a JSON object")
        }
        self.init(name: name)
        var rest = object
        rest["name"] = nil
        for (key, field) in Self.stringFields + Self.windowsFields {
            switch rest.removeValue(forKey: key) {
            case nil, .null: break
            case .string(let value): self[keyPath: field] = value
            default: throw .malformed(path: path, reason: "\(key) must be a string")
            }
        }
        switch rest.removeValue(forKey: "tls_first") {
        case nil, .null: break
        case .bool(let value): tlsFirst = value
        default: throw .malformed(path: path, reason: "tls_first must be true or false")
        }
        switch rest.removeValue(forKey: "windows_ca_certs_match") {
        case nil, .null: break
        case .array(let values):
            windowsCACertsMatch = try values.map { value throws(ContextError) in
                guard case .string(let text) = value else {
                    throw .malformed(
                        path: path, reason: "windows_ca_certs_match must be a list of strings")
                }
                return text
            }
        default:
            throw .malformed(path: path, reason: "windows_ca_certs_match must be a list of strings")
        }
        unknownFields = rest
    }

    /// The file text the `nats` CLI writes: every known field in its order, two-space indent,
    /// then the unknown fields sorted by key. With `includingName`, `name` comes first, as in
    /// the `nats` CLI's `context info --json`.
    func encodedJSON(includingName: Bool = false) -> String {
        var members: [(key: String, value: JSONValue)] =
            includingName ? [("name", .string(name))] : []
        members += Self.stringFields.map { ($0.key, .string(self[keyPath: $0.path])) }
        members.append(("tls_first", .bool(tlsFirst)))
        members += Self.windowsFields.map { ($0.key, .string(self[keyPath: $0.path])) }
        members.append(
            (
                "windows_ca_certs_match",
                windowsCACertsMatch.map { .array($0.map(JSONValue.string)) }
                    ?? .null
            ))
        members += unknownFields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        var output = ""
        JSONValue.writeObject(members, to: &output, indent: 0)
        return output
    }

    /// Names the context and its URL only; credentials are never shown.
    var description: String { "context \(name) (\(url.isEmpty ? "no url" : "url set"))" }

    /// Only the name, so that `dump` cannot show a password, token or seed.
    var customMirror: Mirror { Mirror(self, children: ["name": name]) }
}
