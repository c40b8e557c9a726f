import ArgumentKit
import JetStream

/// `natsctl stream info NAME`: the stream's configuration, limits, cluster and state.
enum StreamInfoCommand {
    static let command = Command(
        name: "info", aliases: ["nfo", "i"],
        abstract: "Show a stream's configuration and state",
        arguments: [Argument("name", help: "Stream name")],
        options: [
            .flag("json", short: "j", help: "Print the server's StreamInfo JSON"),
            .flag("subjects", help: "Include the per-subject message counts (with --json)"),
        ],
        examples: ["natsctl stream info ORDERS", "natsctl stream info ORDERS --json"],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let name = try StreamNames.checked(invocation.argument("name"))
        let manager = try await context.jetStream()
        let info = try await jetStreamCall("get info of stream \(name)") {
            try await manager.streamInfo(
                name, subjectsFilter: invocation.isOn("subjects") ? ">" : nil)
        }
        if invocation.isOn("json") {
            context.terminal.out(try JSONOutput.render(info))
        } else {
            context.terminal.out(StreamInfoView.render(info))
        }
    }
}

/// Stream name checks shared by the stream commands.
enum StreamNames {
    /// The name, checked against the server's rules before any request.
    /// - Throws: a ``UsageError`` for a missing or invalid name.
    static func checked(_ name: String?) throws -> String {
        guard let name, !name.isEmpty else { throw UsageError("a stream name is required") }
        do {
            try Validation.validateStreamName(name)
        } catch {
            throw UsageError("\(error)")
        }
        return name
    }
}
