import ArgumentKit

/// The `consumer` command group.
enum ConsumerCommands {
    static let group = Command(
        name: "consumer", aliases: ["con", "obs", "c"],
        abstract: "Create, inspect, change and remove JetStream consumers, and pull messages",
        subcommands: [
            ConsumerAddCommand.command, ConsumerListCommand.command, ConsumerInfoCommand.command,
            ConsumerEditCommand.command, ConsumerRemoveCommand.command,
            ConsumerNextCommand.command,
        ],
        examples: [
            "natsctl consumer ls ORDERS",
            "natsctl consumer info ORDERS shipping",
            "natsctl consumer next ORDERS shipping --count 10",
        ])
}
