import ArgumentKit
import JetStream

/// `natsctl consumer ls STREAM`: a table of a stream's consumers, their names, or their full
/// infos as JSON.
enum ConsumerListCommand {
    static let command = Command(
        name: "ls", aliases: ["list", "l"],
        abstract: "List a stream's consumers",
        discussion: """
            --json prints the full info of every consumer as a JSON array (the `nats` CLI \
            prints only the names); --names prints one name per line.
            """,
        arguments: [Argument("stream", help: "Stream name")],
        options: [
            .flag("names", short: "n", help: "Print only the names, one per line"),
            .flag("json", short: "j", help: "Print the consumers' infos as a JSON array"),
        ],
        examples: ["natsctl consumer ls ORDERS", "natsctl consumer ls ORDERS --names"],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let stream = try StreamNames.checked(invocation.argument("stream"))
        let manager = try await context.jetStream()
        let terminal = context.terminal
        if invocation.isOn("names") {
            let names = try await jetStreamCall("list consumers of stream \(stream)") {
                try await manager.consumerNames(stream: stream).all()
            }
            for name in names.sorted() { terminal.line(name) }
            return
        }
        let consumers = try await jetStreamCall("list consumers of stream \(stream)") {
            try await manager.consumers(stream: stream).all()
        }.sorted { $0.name < $1.name }
        if invocation.isOn("json") {
            terminal.out(try JSONOutput.render(consumers))
            return
        }
        guard !consumers.isEmpty else {
            terminal.line("No Consumers defined")
            return
        }
        var table = Table(
            title: "Consumers",
            headers: [
                "Name", "Description", "Created", "Ack Pending", "Unprocessed", "Last Delivery",
            ],
            rightAligned: [3, 4])
        for consumer in consumers {
            let last =
                consumer.delivered.lastActive.map {
                    Humanize.ago($0)
                } ?? "never"
            table.append([
                consumer.name, consumer.config.description ?? "",
                consumer.created.map(StreamInfoView.time) ?? "",
                Humanize.count(consumer.ackPending), Humanize.count(consumer.pending),
                consumer.delivered.streamSequence == 0 ? "never" : last,
            ])
        }
        terminal.out(table.render())
    }
}
