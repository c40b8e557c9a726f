/// The global connection flags as given on the command line; `nil` means "not given".
struct ConnectionFlags: Sendable, Equatable {
    /// `-s/--server` (`NATS_URL`).
    var server: String?
    /// `--user` (`NATS_USER`); without a password it is sent as a token, as `nats` does.
    var user: String?
    /// `--password` (`NATS_PASSWORD`).
    var password: String?
    /// `--token` (`NATS_TOKEN`).
    var token: String?
    /// `--creds` (`NATS_CREDS`).
    var creds: String?
    /// `--nkey` (`NATS_NKEY`).
    var nkey: String?
    /// `--jwt` (`NATS_JWT`).
    var userJWT: String?
    /// `--seed` (`NATS_SEED`).
    var userSeed: String?
    /// `--tlscert` (`NATS_CERT`).
    var tlsCert: String?
    /// `--tlskey` (`NATS_KEY`).
    var tlsKey: String?
    /// `--tlsca` (`NATS_CA`).
    var tlsCA: String?
    /// `--tlsfirst`.
    var tlsFirst = false
    /// `--timeout` (`NATS_TIMEOUT`).
    var timeout: String?
    /// `--js-domain`.
    var jsDomain: String?
    /// `--js-api-prefix`.
    var jsAPIPrefix: String?
    /// `--js-event-prefix`.
    var jsEventPrefix: String?
    /// `--inbox-prefix`.
    var inboxPrefix: String?
    /// `--connection-name`.
    var connectionName: String?
    /// `--context` (`NATS_CONTEXT`): a name, or a path ending in `.json`.
    var context: String?
    /// `--no-context`: ignore stored contexts.
    var noContext = false
}

/// The settings one connection is made with, after layering flags over environment over the
/// selected context. Paths are expanded; credential references are resolved.
struct ConnectionSettings: Sendable, Equatable, CustomStringConvertible, CustomReflectable {
    /// Comma-separated server URLs.
    var servers = "nats://127.0.0.1:4222"
    /// User name for user/password authentication.
    var user: String?
    /// Password for user/password authentication.
    var password: String?
    /// Authentication token.
    var token: String?
    /// `.creds` file path.
    var creds: String?
    /// NKEY seed file path.
    var nkey: String?
    /// Inline user JWT.
    var userJWT: String?
    /// Inline user seed.
    var userSeed: String?
    /// Client certificate file.
    var cert: String?
    /// Client key file.
    var key: String?
    /// CA file.
    var ca: String?
    /// TLS handshake before INFO.
    var tlsFirst = false
    /// JetStream domain.
    var jsDomain: String?
    /// JetStream API prefix.
    var jsAPIPrefix: String?
    /// JetStream event prefix.
    var jsEventPrefix: String?
    /// Inbox prefix.
    var inboxPrefix: String?
    /// Connection name.
    var connectionName: String?
    /// Request timeout as written (`5s`, `500ms`).
    var timeout = "5s"
    /// The context the settings came from, if any.
    var contextName: String?
    /// Things the user should be told (for example a selected context that is gone).
    var warnings: [String] = []

    /// The servers and context only; credentials are never shown.
    var description: String {
        "servers \(servers)" + (contextName.map { " from context \($0)" } ?? "")
    }

    /// No children, so that `dump` cannot show a password, token or seed.
    var customMirror: Mirror { Mirror(self, children: [:]) }

    /// Whether any authentication field is set.
    var hasCredentials: Bool {
        [user, password, token, creds, nkey, userJWT, userSeed].contains { $0 != nil }
    }
}
