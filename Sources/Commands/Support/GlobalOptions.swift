import ArgumentKit

/// The options every command accepts, declared once on the root. Connection values layer as
/// the `nats` CLI's do: flag over environment variable over the selected context.
enum GlobalOptions {
    static let all: [Option] =
        ([
            .option(
                "server", short: "s", env: "NATS_URL",
                help: "NATS server URLs, comma separated (default nats://127.0.0.1:4222)",
                valueName: "URL"),
            .option("user", env: "NATS_USER", help: "User name (alone: a token)"),
            .option("password", env: "NATS_PASSWORD", help: "Password"),
            .option("token", env: "NATS_TOKEN", help: "Authentication token"),
            .option(
                "creds", value: .file, env: "NATS_CREDS", help: "User credentials (.creds) file"),
            .option("nkey", value: .file, env: "NATS_NKEY", help: "User NKEY seed file"),
            .option("tlscert", value: .file, env: "NATS_CERT", help: "TLS client certificate file"),
            .option("tlskey", value: .file, env: "NATS_KEY", help: "TLS client private key file"),
            .option(
                "tlsca", value: .file, env: "NATS_CA", help: "CA file to verify the server with"),
            .flag(
                "tlsfirst", help: "Start TLS before the server's INFO (handshake_first)",
                aliases: ["tls-first"]),
            .option(
                "timeout", value: .duration, default: "5s", env: "NATS_TIMEOUT",
                help: "Time to wait for the server and for API responses"),
            .option(
                "connection-name", help: "Name of the connection shown by the server",
                valueName: "NAME"),
            .option("inbox-prefix", help: "Prefix of reply subjects", valueName: "PREFIX"),
            .option("js-domain", help: "JetStream domain to address", valueName: "DOMAIN"),
            .option("js-api-prefix", help: "JetStream API subject prefix", valueName: "PREFIX"),
            .option(
                "context", env: "NATS_CONTEXT",
                help: "nats CLI context to use (a name or a .json file)", valueName: "NAME"),
            .flag("no-context", help: "Ignore the stored nats CLI contexts"),
            .flag(
                "trace",
                help: "Log protocol operations and JetStream API traffic to stderr (secrets masked)"
            ),
            .flag("no-color", env: "NO_COLOR", help: "Never colour the output"),
        ] as [Option]).map { $0.inherited() }

    /// The connection flags as given on the command line or through their variables.
    static func connectionFlags(_ invocation: Invocation) -> ConnectionFlags {
        var flags = ConnectionFlags()
        flags.server = invocation.string("server")
        flags.user = invocation.string("user")
        flags.password = invocation.string("password")
        flags.token = invocation.string("token")
        flags.creds = invocation.string("creds")
        flags.nkey = invocation.string("nkey")
        flags.tlsCert = invocation.string("tlscert")
        flags.tlsKey = invocation.string("tlskey")
        flags.tlsCA = invocation.string("tlsca")
        flags.tlsFirst = invocation.isOn("tlsfirst")
        flags.connectionName = invocation.string("connection-name")
        flags.inboxPrefix = invocation.string("inbox-prefix")
        flags.jsDomain = invocation.string("js-domain")
        flags.jsAPIPrefix = invocation.string("js-api-prefix")
        flags.context = invocation.string("context")
        flags.noContext = invocation.isOn("no-context")
        return flags
    }
}
