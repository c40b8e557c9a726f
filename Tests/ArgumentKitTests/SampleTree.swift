import ArgumentKit

/// A small tree shaped like natsctl's, used by every suite.
enum SampleTree {
    static let globalOptions: [Option] = [
        .option(
            "server", short: "s", env: "NATS_URL", help: "NATS server URLs", valueName: "URL"
        ).inherited(),
        .option("timeout", value: .duration, default: "5s", env: "NATS_TIMEOUT", help: "Timeout")
            .inherited(),
        .flag("trace", help: "Log protocol operations").inherited(),
        .flag("no-color", env: "NO_COLOR", help: "Disable colour").inherited(),
    ]

    static let add = Command(
        name: "add", aliases: ["create", "new"], abstract: "Create a stream",
        discussion: "Creates a stream from flags.",
        arguments: [Argument("name", optional: true, help: "Stream name")],
        options: [
            .option("subjects", repeatable: true, help: "Subjects", valueName: "SUBJECTS"),
            .option(
                "retention", value: .choice(["limits", "interest", "workq"]), default: "limits",
                help: "Retention policy"),
            .option("max-age", value: .duration, help: "Maximum age"),
            .option("max-bytes", value: .bytes, help: "Maximum size"),
            .option("replicas", short: "R", value: .int(1...5), help: "Replicas"),
            .flag("allow-rollup", negatable: true, help: "Allow roll-ups"),
            .flag("json", short: "j", help: "JSON output"),
            .flag("force", short: "f", help: "Do not ask"),
            .option("config", value: .file, help: "Config file"),
        ],
        examples: ["natsctl stream add ORDERS --subjects 'orders.>'"],
        run: { _ in })

    static let stream = Command(
        name: "stream", aliases: ["str"], abstract: "Manage streams",
        options: [.flag("all", short: "a", help: "Include system streams").inherited()],
        subcommands: [
            add,
            Command(name: "ls", aliases: ["list"], abstract: "List streams", run: { _ in }),
            Command(
                name: "rm", aliases: ["delete"], abstract: "Remove a stream",
                arguments: [Argument("name", help: "Stream name")], run: { _ in }),
        ])

    static let pub = Command(
        name: "pub", aliases: ["publish"], abstract: "Publish a message",
        arguments: [
            Argument("subject", help: "Subject"),
            Argument("body", optional: true, help: "Body"),
        ],
        options: [
            .option("header", short: "H", repeatable: true, help: "Header K:V"),
            .option("count", value: .int(atLeast: 1), default: "1", help: "Messages"),
            .flag("quiet", short: "q", help: "Quiet"),
        ],
        run: { _ in })

    static let sub = Command(
        name: "sub", aliases: ["subscribe"], abstract: "Subscribe",
        arguments: [Argument("subjects", variadic: true, help: "Subjects")],
        run: { _ in })

    static let root = Command(
        name: "natsctl", abstract: "JetStream administration", options: globalOptions,
        subcommands: [stream, pub, sub])

    static let program = Program(root: root, version: "1.2.3")
}
