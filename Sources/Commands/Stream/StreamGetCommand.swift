import ArgumentKit
import JetStream

/// `natsctl stream get NAME [SEQ]`: prints one stored message with its headers.
enum StreamGetCommand {
    static let command = Command(
        name: "get",
        abstract: "Print a stored message",
        discussion: """
            Gets the message at SEQ, or the last one on a subject with --last-for; with \
            neither, the stream's last message (the `nats` CLI would prompt instead).
            """,
        arguments: [
            Argument("name", help: "Stream name"),
            Argument("seq", optional: true, value: .int(atLeast: 1), help: "Message sequence"),
        ],
        options: [
            .option(
                "last-for", short: "S", help: "The last message on this subject",
                valueName: "SUBJECT"),
            .flag("json", short: "j", help: "Print the stored message as JSON"),
        ],
        examples: [
            "natsctl stream get ORDERS 42",
            "natsctl stream get ORDERS --last-for orders.new --json",
        ],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let name = try StreamNames.checked(invocation.argument("name"))
        let sequence = invocation.argument("seq").flatMap { UInt64($0) }
        let lastFor = invocation.string("last-for")
        if sequence != nil && lastFor != nil {
            throw UsageError("give either SEQ or --last-for, not both")
        }
        if let lastFor { try SubjectRules.check(lastFor, wildcards: true) }
        let manager = try await context.jetStream()
        let message = try await jetStreamCall("get a message from stream \(name)") {
            if let lastFor { return try await manager.lastMessage(name, subject: lastFor) }
            if let sequence { return try await manager.message(name, sequence: sequence) }
            let last = try await manager.streamInfo(name).state.lastSequence
            guard last > 0 else { throw CommandFailure("stream \(name) has no messages") }
            return try await manager.message(name, sequence: last)
        }
        let terminal = context.terminal
        if invocation.isOn("json") {
            terminal.out(try JSONOutput.render(message))
            return
        }
        var heading = "Item: \(name)#\(message.sequence)"
        if let time = message.time {
            let seconds = Int64(time.timeIntervalSince1970)
            heading +=
                " received \(Humanize.localTime(secondsSince1970: seconds)) "
                + "(\(Humanize.ago(secondsSince1970: seconds)) ago)"
        }
        terminal.line(heading + " on Subject \(message.subject)")
        if let headers = message.headers, !headers.isEmpty {
            terminal.line()
            terminal.line("Headers:")
            for (key, value) in headers { terminal.line("  \(key): \(value)") }
        }
        terminal.line()
        terminal.out(bytes: message.data)
        terminal.line()
    }
}
