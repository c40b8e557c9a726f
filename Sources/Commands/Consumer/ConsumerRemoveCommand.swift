import ArgumentKit
import JetStream

/// `natsctl consumer rm STREAM NAME`: deletes a consumer.
enum ConsumerRemoveCommand {
    static let command = Command(
        name: "rm", aliases: ["delete", "del"],
        abstract: "Delete a consumer",
        discussion: "Asks for confirmation on a terminal; without one, -f is required.",
        arguments: [
            Argument("stream", help: "Stream name"),
            Argument("name", help: "Consumer name"),
        ],
        options: [.flag("force", short: "f", help: "Delete without asking")],
        examples: ["natsctl consumer rm ORDERS shipping -f"],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let stream = try StreamNames.checked(context.invocation.argument("stream"))
        let name = try ConsumerNames.checked(context.invocation.argument("name"))
        try Confirmation.require(
            context, "Really delete consumer \(stream) > \(name)?",
            refusal: "deleting consumer \(stream) > \(name)")
        let manager = try await context.jetStream()
        try await jetStreamCall("delete consumer \(stream) > \(name)") {
            try await manager.deleteConsumer(stream: stream, name: name)
        }
        context.terminal.line("Consumer \(stream) > \(name) was deleted")
    }
}
