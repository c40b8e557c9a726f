import ArgumentKit
import JetStream

/// `natsctl stream ls`: a table of streams, their names, or their full infos as JSON.
enum StreamListCommand {
    static let command = Command(
        name: "ls", aliases: ["list", "l"],
        abstract: "List streams",
        discussion: """
            --json prints the full info of every stream as a JSON array (the `nats` CLI prints \
            only the names); --names prints one name per line.
            """,
        options: [
            .option("subject", help: "Only streams that store this subject", valueName: "SUBJECT"),
            .flag("names", short: "n", help: "Print only the names, one per line"),
            .flag("json", short: "j", help: "Print the streams' infos as a JSON array"),
        ],
        examples: ["natsctl stream ls", "natsctl stream ls --names", "natsctl stream ls --json"],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let subject = invocation.string("subject")
        let manager = try await context.jetStream()
        let terminal = context.terminal
        if invocation.isOn("names") {
            let names = try await jetStreamCall("list streams") {
                try await manager.streamNames(subject: subject).all()
            }
            for name in names.sorted() { terminal.line(name) }
            return
        }
        let streams = try await jetStreamCall("list streams") {
            try await manager.streams(subject: subject).all()
        }.sorted { ($0.state.bytes, $0.config.name) < ($1.state.bytes, $1.config.name) }
        if invocation.isOn("json") {
            terminal.out(try JSONOutput.render(streams))
            return
        }
        guard !streams.isEmpty else {
            terminal.line("No Streams defined")
            return
        }
        let title = subject.map { "Streams matching \($0)" } ?? "Streams"
        var table = Table(
            title: title,
            headers: ["Name", "Description", "Created", "Messages", "Size", "Last Message"],
            rightAligned: [3, 4])
        for stream in streams {
            let last =
                stream.state.lastTime.map {
                    Humanize.ago($0)
                } ?? "never"
            table.append([
                stream.config.name, stream.config.description ?? "",
                stream.created.map(StreamInfoView.time) ?? "",
                Humanize.count(stream.state.messages), Humanize.bytes(stream.state.bytes),
                stream.state.messages == 0 ? "never" : last,
            ])
        }
        terminal.out(table.render())
    }
}
