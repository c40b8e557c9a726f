import ArgumentKit
import JetStream

/// `natsctl consumer info STREAM NAME`: the consumer's configuration and state.
enum ConsumerInfoCommand {
    static let command = Command(
        name: "info", aliases: ["nfo", "i"],
        abstract: "Show a consumer's configuration and state",
        arguments: [
            Argument("stream", help: "Stream name"),
            Argument("name", help: "Consumer name"),
        ],
        options: [.flag("json", short: "j", help: "Print the server's ConsumerInfo JSON")],
        examples: [
            "natsctl consumer info NOTIFICATIONS notification-engine-consumer",
            "natsctl consumer info ORDERS shipping --json",
        ],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let stream = try StreamNames.checked(invocation.argument("stream"))
        let name = try ConsumerNames.checked(invocation.argument("name"))
        let manager = try await context.jetStream()
        let info = try await jetStreamCall("get info of consumer \(stream) > \(name)") {
            try await manager.consumerInfo(stream: stream, name: name)
        }
        if invocation.isOn("json") {
            context.terminal.out(try JSONOutput.render(info))
        } else {
            context.terminal.out(ConsumerInfoView.render(info))
        }
    }
}
