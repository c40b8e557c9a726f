import ArgumentKit

/// The `stream` command group.
enum StreamCommands {
    static let group = Command(
        name: "stream", aliases: ["str", "st", "s"],
        abstract: "Create, inspect, change and remove JetStream streams",
        subcommands: [
            StreamAddCommand.command, StreamListCommand.command, StreamInfoCommand.command,
            StreamEditCommand.command, StreamRemoveCommand.command, StreamPurgeCommand.command,
            StreamGetCommand.command, StreamBackupCommand.command, StreamRestoreCommand.command,
        ],
        examples: [
            "natsctl stream ls",
            "natsctl stream info ORDERS",
            "natsctl stream add TRANSACTIONS --config examples/streams-setup.json",
        ])
}
