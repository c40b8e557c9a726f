import ArgumentKit
import JetStream

/// `natsctl stream edit NAME`: changes a stream's configuration from flags or `--config`,
/// showing the difference first.
enum StreamEditCommand {
    static let command = Command(
        name: "edit", aliases: ["update"],
        abstract: "Change a stream's configuration",
        discussion: """
            Only the flags given change the configuration (or the whole configuration from \
            --config, whose name must match). The difference is shown before it is applied; on \
            a terminal it is confirmed unless -f; without a terminal -f is required. \
            --dry-run shows the difference and exits 3 when there is one, 0 when there is none.
            """,
        arguments: [Argument("name", help: "Stream name")],
        options: StreamConfigOptions.shared + [
            .flag("force", short: "f", help: "Apply without asking for confirmation")
        ],
        examples: [
            "natsctl stream edit ORDERS --max-age 30d -f",
            "natsctl stream edit ORDERS --config orders.json --dry-run",
        ],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let name = try StreamNames.checked(invocation.argument("name"))
        var fromFile: StreamConfig?
        if let path = invocation.string("config") {
            let file = try ProvisioningFile.load(path)
            guard
                let match = file.isSingleStream
                    ? file.streams.first : file.streams.first(where: { $0.name == name })
            else {
                throw UsageError("stream \(name) is not in \(path)")
            }
            if match.name != name {
                throw UsageError(
                    "\(path) configures stream \(match.name), not \(name): streams cannot be renamed"
                )
            }
            fromFile = match
        } else if StreamConfigOptions.given(invocation, addOnly: false).isEmpty {
            throw UsageError("nothing to change: give configuration flags or --config FILE")
        }
        let manager = try await context.jetStream()
        let live = try await jetStreamCall("get info of stream \(name)") {
            try await manager.streamInfo(name)
        }
        var requested = fromFile ?? live.config
        try StreamConfigOptions.apply(invocation, to: &requested, addOnly: false)
        try StreamAddCommand.validate(requested)
        let comparison = requested.compare(with: live)
        guard
            let differences = try EditReview.review(
                comparison, of: "stream \(name)", context: context)
        else { return }
        let terminal = context.terminal
        let info = try await jetStreamCall("update stream \(name)") {
            try await manager.updateStream(requested)
        }
        if invocation.isOn("json") {
            terminal.out(try JSONOutput.render(info))
        } else {
            terminal.line("Stream \(name) was updated:\n\(differences)")
            terminal.out(StreamInfoView.render(info))
        }
    }
}
