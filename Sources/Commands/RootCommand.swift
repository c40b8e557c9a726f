import ArgumentKit

/// The root of the command tree: global options and the command groups.
enum RootCommand {
    static let command = Command(
        name: "natsctl",
        abstract: "Administer NATS JetStream: streams, consumers, and messages",
        discussion: """
            natsctl talks to a NATS server (default nats://127.0.0.1:4222) with the NATS wire \
            protocol and the JetStream $JS.API. Exit codes: 0 success, 1 runtime or server \
            failure, 2 usage or validation error, 3 drift found by --dry-run.
            """,
        options: GlobalOptions.all,
        subcommands: [StreamCommands.group, ConsumerCommands.group] + MessagingCommands.all + [
            RTT.command, ContextGroup.command, GeneratorCommands.completion, GeneratorCommands.man,
        ],
        examples: [
            "natsctl pub orders.new '{\"id\": 1}'",
            "natsctl sub 'events.>'",
        ])
}
