import ArgumentKit
import JetStream

/// `natsctl stream purge NAME`: removes messages, all or by subject, sequence or count to keep.
enum StreamPurgeCommand {
    static let command = Command(
        name: "purge",
        abstract: "Remove messages from a stream",
        discussion: """
            Without options every message is removed. --subject limits the purge to a subject; \
            --seq N removes messages before sequence N; --keep N keeps the newest N. Asks for \
            confirmation on a terminal; without one, -f is required.
            """,
        arguments: [Argument("name", help: "Stream name")],
        options: [
            .option("subject", help: "Only purge messages on this subject", valueName: "SUBJECT"),
            .option(
                "seq", value: .int(atLeast: 1), help: "Purge up to, not including, this sequence"),
            .option("keep", value: .int(atLeast: 0), help: "Keep this many of the newest messages"),
            .flag("force", short: "f", help: "Purge without asking"),
            .flag("json", short: "j", help: "Print the stream's info as JSON afterwards"),
        ],
        examples: [
            "natsctl stream purge ORDERS -f",
            "natsctl stream purge ORDERS --subject orders.test -f",
            "natsctl stream purge ORDERS --keep 100 -f",
        ],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let name = try StreamNames.checked(invocation.argument("name"))
        if invocation.isSet("seq") && invocation.isSet("keep") {
            throw UsageError("--seq and --keep cannot be combined")
        }
        if let subject = invocation.string("subject") {
            try SubjectRules.check(subject, wildcards: true)
        }
        try Confirmation.require(
            context, "Really purge stream \(name)?", refusal: "purging stream \(name)")
        let request = PurgeRequest(
            subject: invocation.string("subject"),
            upToSequence: invocation.int64("seq").map(UInt64.init),
            keep: invocation.int64("keep").map(UInt64.init))
        let manager = try await context.jetStream()
        let purged = try await jetStreamCall("purge stream \(name)") {
            try await manager.purgeStream(name, request)
        }
        let info = try await jetStreamCall("get info of stream \(name)") {
            try await manager.streamInfo(name)
        }
        if invocation.isOn("json") {
            context.terminal.out(try JSONOutput.render(info))
        } else {
            context.terminal.line("Purged \(Humanize.count(purged)) messages from \(name)")
            context.terminal.line()
            context.terminal.out(StreamInfoView.render(info))
        }
    }
}
