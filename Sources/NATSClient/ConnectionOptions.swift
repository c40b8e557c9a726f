/// How a lost connection is re-established.
public struct ReconnectPolicy: Sendable {
    /// Whether to reconnect at all after the connection drops.
    public var allowReconnect: Bool = true
    /// How many attempts per server before giving up; `-1` means forever.
    public var maxAttempts: Int = 60
    /// The pause between two rounds over the server list.
    public var wait: Duration = .seconds(2)
    /// A random extra pause of up to this much, so that many clients do not return at once.
    public var jitter: Duration = .milliseconds(100)

    /// Creates the default policy: reconnect, 60 attempts per server, 2 s apart, 100 ms jitter.
    public init() {}

    /// Creates a policy from its parts.
    public init(
        allowReconnect: Bool = true, maxAttempts: Int = 60, wait: Duration = .seconds(2),
        jitter: Duration = .milliseconds(100)
    ) {
        self.allowReconnect = allowReconnect
        self.maxAttempts = maxAttempts
        self.wait = wait
        self.jitter = jitter
    }
}

/// One protocol operation seen on the wire, for tracing (`--trace`).
public struct TraceEntry: Sendable {
    /// Which way an operation travelled.
    public enum Direction: Sendable, Equatable {
        /// From this client to the server.
        case sent
        /// From the server to this client.
        case received
    }

    /// Which way the operation went.
    public var direction: Direction
    /// The control line without its `\r\n` and without payload bytes; secrets are masked.
    public var line: String

    /// Creates an entry.
    public init(direction: Direction, line: String) {
        self.direction = direction
        self.line = line
    }
}

/// Everything that decides how a `Connection` is made and kept.
public struct ConnectionOptions: Sendable {
    /// The servers to try, in order.
    public var servers: [ServerAddress] = [ServerAddress(host: "127.0.0.1")]
    /// The user name (overrides one given in a URL).
    public var user: String?
    /// The password (overrides one given in a URL).
    public var password: String?
    /// The authentication token (overrides one given in a URL).
    public var token: String?
    /// The connection name shown by the server's monitoring.
    public var name: String?
    /// A `.creds` file: the user JWT and the seed that signs the server's nonce.
    public var credentialsFile: String?
    /// An NKEY seed file: the public key is sent as `nkey` and the seed signs the nonce.
    public var nkeyFile: String?
    /// A user JWT given directly (signed with `userSeed` when one is given).
    public var userJWT: String?
    /// A user seed given directly (`SU…`); never traced or shown.
    public var userSeed: String?
    /// TLS: trusted CA, client certificate, handshake-first, host name verification.
    /// TLS is also used for `tls://` URLs and servers whose INFO says `tls_required`.
    public var tls = TLSOptions()
    /// How long one TCP connect plus handshake may take.
    public var connectTimeout: Duration = .seconds(5)
    /// How often this client pings the server to detect a dead connection.
    public var pingInterval: Duration = .seconds(120)
    /// How many pings may go unanswered before the connection is considered dead.
    public var maxPingsOutstanding: Int = 2
    /// What to do when the connection drops.
    public var reconnect = ReconnectPolicy()
    /// The prefix of reply subjects made by `Connection.newInbox()`.
    public var inboxPrefix: String = "_INBOX"
    /// How many messages a subscription may hold before it reports a slow consumer.
    public var subscriptionCapacity: Int = 65_536
    /// Receives every protocol operation sent and received, with secrets masked.
    public var trace: (@Sendable (TraceEntry) -> Void)?

    /// Creates options for `nats://127.0.0.1:4222`.
    public init() {}

    /// Creates options from a URL or a comma-separated list of URLs, each
    /// `nats://[user:pass@|token@]host[:port]`.
    /// - Throws: `NATSError.invalidURL` when a URL cannot be parsed or the list is empty.
    public init(url: String) throws(NATSError) {
        var servers: [ServerAddress] = []
        for part in url.split(separator: ",", omittingEmptySubsequences: false) {
            servers.append(try ServerAddress(url: String(part)))
        }
        if servers.isEmpty { throw .invalidURL("no server URL given") }
        self.servers = servers
    }
}
