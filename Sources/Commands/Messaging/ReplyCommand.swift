import ArgumentKit
import FoundationEssentials
import NATSClient
import Synchronization

/// `natsctl reply SUBJECT [BODY]`: answers every request on SUBJECT, until `--count`, Ctrl-C or
/// SIGTERM (exit 0).
enum ReplyCommand {
    static let command = Command(
        name: "reply",
        abstract: "Answer requests on a subject",
        discussion: """
            Each request gets BODY as its reply; BODY is a template that may use {{Request}} \
            (the request's body) besides {{Count}}, {{TimeStamp}}, {{ID}} and the others. \
            With --echo (the default when BODY is left out) the reply is the request's own body \
            and headers.

            With --command the reply is the output (standard output and standard error) of a \
            shell command run for each request: the request's body is its standard input and \
            is in NATS_REQUEST_BODY, the subject is in NATS_REQUEST_SUBJECT, and {{0}}, {{1}}, \
            ... in the command are the subject's tokens (expanded by the shell from \
            NATS_REQUEST_TOKEN_0, ..., so a token never runs as code). A command still running \
            after --command-timeout is killed and its output so far is the reply.
            """,
        arguments: [
            Argument("subject", help: "Subject to answer on (wildcards allowed)"),
            Argument("body", optional: true, help: "Reply body template"),
        ],
        options: [
            .option(
                "queue", short: "q", default: "NATS-RPLY-22",
                help: "Queue group, so several repliers share the requests", valueName: "GROUP"),
            .option("count", value: .int(atLeast: 1), help: "Exit after answering this many"),
            .flag("echo", help: "Reply with the request's body and headers"),
            .option(
                "header", short: "H", repeatable: true,
                help: "Header NAME:VALUE added to replies (repeatable)", valueName: "NAME:VALUE"),
            .option(
                "command",
                help: "Reply with the output of this shell command (see above)",
                valueName: "COMMAND"),
            .option(
                "command-timeout", value: .duration, default: "30s",
                help: "Kill a --command still running after this long"),
            .flag("quiet", help: "Do not print the requests"),
        ],
        examples: [
            "natsctl reply service.time 'it is {{Time}}'",
            "natsctl reply 'echo.>' --echo",
            "natsctl reply greet 'hello {{Request}}' --count 1",
            "natsctl reply 'files.>' --command 'ls -l /srv/{{1}}'",
        ],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let subject = invocation.argument("subject") ?? ""
        try SubjectRules.check(subject, wildcards: true)
        let extraHeaders = try SubjectRules.headerPairs(invocation.strings("header"))
        let bodyTemplate = invocation.argument("body").map(MessageTemplate.init)
        let command = try ReplyShellCommand(invocation)
        if command != nil && (bodyTemplate != nil || invocation.isOn("echo")) {
            throw UsageError(
                "--command replies with the command's output: leave out BODY and --echo")
        }
        let echo = invocation.isOn("echo") || (bodyTemplate == nil && command == nil)
        let headerTemplates = extraHeaders.map { ($0.0, MessageTemplate($0.1)) }
        let limit = invocation.int("count")
        let quiet = invocation.isOn("quiet")
        let connection = try await context.connect(keepReconnecting: true)
        let requests: Subscription
        do {
            requests = try connection.subscribe(subject, queue: invocation.string("queue"))
            try await connection.flush(timeout: context.timeout)
        } catch {
            throw CommandFailure("could not subscribe: \(error)")
        }
        let terminal = context.terminal
        let banner =
            "Listening on \"\(subject)\" in group \"\(invocation.string("queue") ?? "")\""
        let counter = ReplyCounter()
        let rendering = MessageRendering(mode: .full)
        let signal = try await SignalTrap.run {
            terminal.errLine(banner)  // once signals are handled
            for try await request in requests {
                guard let reply = request.reply else { continue }
                let number = counter.next()
                if !quiet {
                    terminal.out(
                        rendering.render(request, number: number, received: Timestamps.now()))
                    terminal.flush()
                }
                let values = MessageTemplate.Values(
                    count: number, request: String(decoding: request.payload, as: UTF8.self))
                var headers = echo ? (request.headers ?? Headers()) : Headers()
                for (name, value) in headerTemplates { headers.append(name, value.render(values)) }
                let payload: Data
                if let command {
                    payload = command.reply(to: request, values: values, terminal: terminal)
                } else {
                    payload =
                        echo ? request.payload : Data((bodyTemplate?.render(values) ?? "").utf8)
                }
                do {
                    try connection.publish(
                        reply, payload: payload, headers: headers.isEmpty ? nil : headers)
                } catch {
                    throw CommandFailure("could not reply: \(error)")
                }
                if let limit, number >= limit { break }
            }
            try? await connection.flush(timeout: context.timeout)
        }
        try? requests.unsubscribe()
        let reason = signal.map { $0 == 2 ? " (interrupted)" : " (terminated)" } ?? ""
        terminal.errLine("Answered \(Humanize.count(counter.value)) requests\(reason)")
    }
}

/// Counts answered requests across the reply loop and the closing summary.
final class ReplyCounter: Sendable {
    private let count = Mutex(0)

    /// Increments and returns the new count.
    func next() -> Int {
        count.withLock {
            $0 += 1
            return $0
        }
    }

    /// The current count.
    var value: Int { count.withLock { $0 } }
}
