import ArgumentKit
import JetStream

/// `natsctl stream rm NAME`: deletes a stream with all its messages and consumers.
enum StreamRemoveCommand {
    static let command = Command(
        name: "rm", aliases: ["delete", "del"],
        abstract: "Delete a stream and all its messages",
        discussion: "Asks for confirmation on a terminal; without one, -f is required.",
        arguments: [Argument("name", help: "Stream name")],
        options: [.flag("force", short: "f", help: "Delete without asking")],
        examples: ["natsctl stream rm ORDERS -f"],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let name = try StreamNames.checked(context.invocation.argument("name"))
        try Confirmation.require(
            context, "Really delete stream \(name)?", refusal: "deleting stream \(name)")
        let manager = try await context.jetStream()
        try await jetStreamCall("delete stream \(name)") { try await manager.deleteStream(name) }
        context.terminal.line("Stream \(name) was deleted")
    }
}

/// The confirmation step of destructive commands: skipped with `-f`, asked on a terminal,
/// refused (exit 2) without one.
enum Confirmation {
    /// - Throws: a ``UsageError`` without a terminal and without `-f`; a ``CommandFailure`` when
    ///   the user says no.
    static func require(_ context: CommandContext, _ question: String, refusal: String) throws {
        if context.invocation.isOn("force") { return }
        guard context.canPrompt else {
            throw UsageError("\(refusal) needs confirmation: pass -f (no terminal to ask on)")
        }
        guard context.terminal.confirm(question) else {
            throw CommandFailure("\(refusal) was cancelled")
        }
    }
}
