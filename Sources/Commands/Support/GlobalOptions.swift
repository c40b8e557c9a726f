import ArgumentKit
import NATSClient

/// The options every command accepts, declared once on the root.
enum GlobalOptions {
    static let all: [Option] =
        ([
            .option(
                "server", short: "s", env: "NATS_URL",
                help: "NATS server URLs, comma separated (default nats://127.0.0.1:4222)",
                valueName: "URL"),
            .option("user", env: "NATS_USER", help: "User name or token"),
            .option("password", env: "NATS_PASSWORD", help: "Password"),
            .option("token", env: "NATS_TOKEN", help: "Authentication token"),
            .option(
                "timeout", value: .duration, default: "5s", env: "NATS_TIMEOUT",
                help: "Time to wait for the server and for API responses"),
            .option(
                "connection-name", help: "Name of the connection shown by the server",
                valueName: "NAME"),
            .option("js-domain", help: "JetStream domain to address", valueName: "DOMAIN"),
            .option("js-api-prefix", help: "JetStream API subject prefix", valueName: "PREFIX"),
            .flag(
                "trace",
                help: "Log protocol operations and JetStream API traffic to stderr (secrets masked)"
            ),
            .flag("no-color", env: "NO_COLOR", help: "Never colour the output"),
        ] as [Option]).map { $0.inherited() }
}

/// The connection settings the global options describe.
struct ConnectionSettings: Sendable {
    var servers: String?
    var user: String?
    var password: String?
    var token: String?
    var timeout: Duration
    var connectionName: String?
    var jsDomain: String?
    var jsAPIPrefix: String?
    var trace: Bool

    init(_ invocation: Invocation) {
        servers = invocation.string("server")
        user = invocation.string("user")
        password = invocation.string("password")
        token = invocation.string("token")
        timeout = invocation.duration("timeout") ?? .seconds(5)
        connectionName = invocation.string("connection-name")
        jsDomain = invocation.string("js-domain")
        jsAPIPrefix = invocation.string("js-api-prefix")
        trace = invocation.isOn("trace")
    }

    /// The client options for these settings.
    /// - Throws: `NATSError.invalidURL` for a malformed server list.
    func connectionOptions(trace sink: (@Sendable (TraceEntry) -> Void)?) throws
        -> ConnectionOptions
    {
        var options = try servers.map { try ConnectionOptions(url: $0) } ?? ConnectionOptions()
        // As with the `nats` CLI, `--user` without `--password` is a token.
        if let user, password == nil, token == nil {
            options.token = user
        } else {
            if let user { options.user = user }
            if let password { options.password = password }
        }
        if let token { options.token = token }
        options.name = connectionName ?? "natsctl \(Natsctl.version)"
        if timeout > .zero { options.connectTimeout = timeout }
        // A CLI run gives up on a lost server after a few tries instead of hanging.
        options.reconnect = ReconnectPolicy(maxAttempts: 3, wait: .milliseconds(500))
        options.trace = sink
        return options
    }
}
