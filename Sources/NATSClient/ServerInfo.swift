/// What the server says about itself in its `INFO` line.
public struct ServerInfo: Sendable, Decodable, Equatable {
    /// The server's public nkey (`server_id`).
    public var serverID: String
    /// The configured server name (`server_name`), or its id.
    public var serverName: String
    /// The server version, e.g. `2.11.4`.
    public var version: String
    /// The protocol version (`proto`).
    public var proto: Int
    /// The Go runtime version the server runs on (`go`).
    public var goVersion: String
    /// The host the server listens on.
    public var host: String
    /// The port the server listens on.
    public var port: Int
    /// Whether the server understands headers (HPUB/HMSG).
    public var headers: Bool
    /// The largest message (headers plus payload) the server accepts (`max_payload`).
    public var maxPayload: Int
    /// Whether JetStream is enabled on this server.
    public var jetstream: Bool
    /// Whether the server requires credentials (`auth_required`).
    public var authRequired: Bool
    /// Whether the server requires TLS (`tls_required`).
    public var tlsRequired: Bool
    /// Whether the server offers optional TLS (`tls_available`).
    public var tlsAvailable: Bool
    /// The challenge to sign for nkey or JWT authentication.
    public var nonce: String?
    /// The id the server gave this connection (`client_id`).
    public var clientID: UInt64?
    /// This client's address as the server sees it (`client_ip`).
    public var clientIP: String?
    /// The cluster name, when the server is part of one.
    public var cluster: String?
    /// The JetStream domain, when one is configured.
    public var domain: String?
    /// Other client URLs of the cluster (`connect_urls`, `host:port`).
    public var connectURLs: [String]
    /// Whether the server is in lame-duck mode (`ldm`) and about to go away.
    public var lameDuckMode: Bool
    /// The git commit the server was built from.
    public var gitCommit: String?

    enum CodingKeys: String, CodingKey {
        case serverID = "server_id"
        case serverName = "server_name"
        case version, proto
        case goVersion = "go"
        case host, port, headers
        case maxPayload = "max_payload"
        case jetstream
        case authRequired = "auth_required"
        case tlsRequired = "tls_required"
        case tlsAvailable = "tls_available"
        case nonce
        case clientID = "client_id"
        case clientIP = "client_ip"
        case cluster, domain
        case connectURLs = "connect_urls"
        case lameDuckMode = "ldm"
        case gitCommit = "git_commit"
    }

    /// Decodes the JSON of an `INFO` line; absent fields take neutral defaults.
    /// - Throws: `DecodingError` when a present field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        serverID = try c.decodeIfPresent(String.self, forKey: .serverID) ?? ""
        serverName = try c.decodeIfPresent(String.self, forKey: .serverName) ?? serverID
        version = try c.decodeIfPresent(String.self, forKey: .version) ?? ""
        proto = try c.decodeIfPresent(Int.self, forKey: .proto) ?? 0
        goVersion = try c.decodeIfPresent(String.self, forKey: .goVersion) ?? ""
        host = try c.decodeIfPresent(String.self, forKey: .host) ?? ""
        port = try c.decodeIfPresent(Int.self, forKey: .port) ?? 0
        headers = try c.decodeIfPresent(Bool.self, forKey: .headers) ?? false
        maxPayload = try c.decodeIfPresent(Int.self, forKey: .maxPayload) ?? 1_048_576
        jetstream = try c.decodeIfPresent(Bool.self, forKey: .jetstream) ?? false
        authRequired = try c.decodeIfPresent(Bool.self, forKey: .authRequired) ?? false
        tlsRequired = try c.decodeIfPresent(Bool.self, forKey: .tlsRequired) ?? false
        tlsAvailable = try c.decodeIfPresent(Bool.self, forKey: .tlsAvailable) ?? false
        nonce = try c.decodeIfPresent(String.self, forKey: .nonce)
        clientID = try c.decodeIfPresent(UInt64.self, forKey: .clientID)
        clientIP = try c.decodeIfPresent(String.self, forKey: .clientIP)
        cluster = try c.decodeIfPresent(String.self, forKey: .cluster)
        domain = try c.decodeIfPresent(String.self, forKey: .domain)
        connectURLs = try c.decodeIfPresent([String].self, forKey: .connectURLs) ?? []
        lameDuckMode = try c.decodeIfPresent(Bool.self, forKey: .lameDuckMode) ?? false
        gitCommit = try c.decodeIfPresent(String.self, forKey: .gitCommit)
    }
}
