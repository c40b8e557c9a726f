import ArgumentKit
import JetStream

/// `natsctl consumer edit STREAM NAME`: changes a consumer's configuration from flags or
/// `--config`, showing the difference first.
enum ConsumerEditCommand {
    static let command = Command(
        name: "edit", aliases: ["update"],
        abstract: "Change a consumer's configuration",
        discussion: """
            Only the flags given change the configuration (or the whole configuration from \
            --config). The difference is shown before it is applied; on a terminal it is \
            confirmed unless -f; without a terminal -f is required. A change to a field the \
            server cannot edit is refused with the field named. --dry-run shows the \
            difference and exits 3 when there is one, 0 when there is none.
            """,
        arguments: [
            Argument("stream", help: "Stream name"),
            Argument("name", help: "Consumer name"),
        ],
        options: ConsumerConfigOptions.editable + [
            .option(
                "config", value: .file,
                help:
                    "The whole new configuration: a ConsumerConfig or `consumer info --json` output",
                valueName: "FILE"),
            .flag("force", short: "f", help: "Apply without asking for confirmation"),
            .flag("json", short: "j", help: "Print the consumer's info as JSON"),
            .flag(
                "dry-run",
                help: "Show the difference; exit 0 when there is none, 3 when there is one"),
        ],
        examples: [
            "natsctl consumer edit ORDERS shipping --max-deliver 5 -f",
            "natsctl consumer edit ORDERS shipping --config shipping.json --dry-run",
        ],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let stream = try StreamNames.checked(invocation.argument("stream"))
        let name = try ConsumerNames.checked(invocation.argument("name"))
        var fromFile: ConsumerConfig?
        if let path = invocation.string("config") {
            let file = try ConsumerConfigFile.load(path)
            if let named = file.stream, named != stream {
                throw UsageError("\(path) configures a consumer of stream \(named), not \(stream)")
            }
            if let fileName = file.config.name ?? file.config.durableName, fileName != name {
                throw UsageError(
                    "\(path) configures consumer \(fileName), not \(name): consumers cannot be renamed"
                )
            }
            fromFile = file.config
        } else if ConsumerConfigOptions.given(invocation, creating: false).isEmpty {
            throw UsageError("nothing to change: give configuration flags or --config FILE")
        }
        let manager = try await context.jetStream()
        let label = "\(stream) > \(name)"
        let live = try await jetStreamCall("get info of consumer \(label)") {
            try await manager.consumerInfo(stream: stream, name: name)
        }
        var requested = fromFile ?? live.config
        if live.config.durableName != nil {
            requested.durableName = live.config.durableName
        } else {
            requested.name = live.name
        }
        try ConsumerConfigOptions.apply(invocation, to: &requested, creating: false)
        try ConsumerNames.validate(requested)
        let comparison = requested.compare(with: live)
        guard
            let differences = try EditReview.review(
                comparison, of: "consumer \(label)", context: context)
        else { return }
        let terminal = context.terminal
        let info = try await jetStreamCall("update consumer \(label)") {
            try await manager.createConsumer(stream: stream, config: requested, action: .update)
        }
        if invocation.isOn("json") {
            terminal.out(try JSONOutput.render(info))
        } else {
            terminal.line("Consumer \(label) was updated:\n\(differences)")
            terminal.out(ConsumerInfoView.render(info))
        }
    }
}
