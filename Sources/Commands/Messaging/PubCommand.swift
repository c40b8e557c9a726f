import ArgumentKit
import FoundationEssentials
import NATSClient

/// `natsctl pub SUBJECT [BODY]`: publishes one message, or many with `--count` (as fast as the
/// connection allows, flushed once at the end), or one per input line with `--send-on newline`.
/// With `-J` the messages go into a stream and each is acknowledged (``JetStreamPublish``).
enum PubCommand {
    static let command = Command(
        name: "pub", aliases: ["publish"],
        abstract: "Publish a message",
        discussion: """
            The body comes from BODY, or from standard input when BODY is left out and standard \
            input is not a terminal. Subject, body and header values are templates: {{Count}}, \
            {{TimeStamp}}, {{Unix}}, {{UnixNano}}, {{Time}}, {{ID}} and {{Random min max}}. \
            With --count the messages are published as fast as the connection allows and \
            flushed once at the end, so "published" means the server has them all.

            -J/--jetstream publishes into a stream and waits for its acknowledgement: each \
            message prints "Stored in stream S sequence N" (--json prints the server's \
            acknowledgement), a repeated --msg-id prints that it was a duplicate, and with \
            --count the acknowledgements are awaited in a window of 256 and one summary line \
            with the rate is printed. --msg-id (a template), --expect-stream and \
            --expect-last-seq and --expect-last-subject-seq need -J. A subject no stream listens on, or a refused \
            expectation, exits 1.
            """,
        arguments: [
            Argument("subject", help: "Subject to publish to"),
            Argument("body", optional: true, help: "Message body (default: standard input)"),
        ],
        options: [
            .option(
                "count", value: .int(atLeast: 1), default: "1",
                help: "Number of messages to publish"),
            .option("sleep", value: .duration, help: "Pause between messages"),
            .option(
                "header", short: "H", repeatable: true,
                help: "Header NAME:VALUE (repeatable)", valueName: "NAME:VALUE"),
            .option("reply", help: "Reply subject to set on the messages", valueName: "SUBJECT"),
            .option(
                "send-on", value: .choice(["eof", "newline"]), default: "eof",
                help: "Read standard input to its end (eof) or publish one message per line"),
            .flag(
                "templates", negatable: true, default: true,
                help: "Expand templates in subject, body and headers"),
            .flag("force-stdin", help: "Read the body from standard input even on a terminal"),
            .flag("quiet", short: "q", help: "Print nothing but errors"),
            .flag(
                "jetstream", short: "J",
                help: "Publish into a stream and wait for its acknowledgement"),
            .option(
                "msg-id", help: "Message id for deduplication (Nats-Msg-Id; needs -J)",
                valueName: "ID"),
            .option(
                "expect-stream", help: "Refuse unless this stream stores the message (needs -J)",
                valueName: "STREAM"),
            .option(
                "expect-last-seq", value: .int(atLeast: 0),
                help: "Refuse unless the stream's last sequence is N (needs -J)"),
            .option(
                "expect-last-subject-seq", value: .int(atLeast: 0),
                help:
                    "Refuse unless the last message on this subject has sequence N, 0 for none (needs -J)"
            ),
            .flag("json", help: "Print the acknowledgement JSON (needs -J)"),
        ],
        examples: [
            "natsctl pub orders.new '{\"id\": 1}'",
            "natsctl pub 'load.{{Count}}' 'message {{Count}} at {{TimeStamp}}' --count 1000",
            "natsctl pub audit.events -H 'Trace-Id:{{ID}}' < event.json",
            "tail -f app.log | natsctl pub logs.app --send-on newline",
            "natsctl pub -J orders.new '{\"id\": 1}' --msg-id order-1",
            "natsctl pub -J 'orders.{{Count}}' 'order {{Count}}' --count 10000",
        ],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let subject = invocation.argument("subject") ?? ""
        let templates = invocation.flag("templates") ?? true
        try SubjectRules.check(subject, wildcards: false)
        if let reply = invocation.string("reply") {
            try SubjectRules.check(reply, wildcards: false, what: "reply subject")
        }
        let headers = try SubjectRules.headerPairs(invocation.strings("header"))
        let jetStream = try JetStreamPublish.Settings(invocation, templates: templates)
        let plan = PublishPlan(
            subject: MessageTemplate(templates ? subject : ""), rawSubject: subject,
            headers: headers.map { ($0.0, MessageTemplate($0.1)) },
            reply: invocation.string("reply"),
            templates: templates)
        let quiet = invocation.isOn("quiet")
        let readsStdin =
            invocation.argument("body") == nil
            && (!context.terminal.stdinIsTerminal || invocation.isOn("force-stdin"))
        if jetStream != nil, invocation.string("reply") != nil {
            context.terminal.errLine(
                "natsctl: warning: --reply has no effect with -J (the acknowledgement comes back "
                    + "on its own inbox)")
        }
        if invocation.string("send-on") == "newline" && !readsStdin {
            throw UsageError("--send-on newline reads standard input: leave out BODY")
        }
        let connection = try await context.connect()
        if let jetStream {
            return try await JetStreamPublish.run(
                context, plan: plan, settings: jetStream, readsStdin: readsStdin)
        }

        if invocation.string("send-on") == "newline" {
            var published = 0
            try StandardInput.forEachLine { line in
                published += 1
                try plan.publish(
                    on: connection, body: String(decoding: line, as: UTF8.self), number: published)
                return true
            }
            try await flush(connection, context)
            if !quiet {
                context.terminal.errLine(
                    "Published \(Humanize.count(published)) messages to \"\(subject)\"")
            }
            return
        }

        let body = Self.body(invocation, readsStdin: readsStdin)
        let count = invocation.int("count") ?? 1
        let sleep = invocation.duration("sleep")
        let progress = ProgressLine(
            enabled: count > 20 && context.terminal.stderrIsTerminal && !quiet,
            terminal: context.terminal, total: count)
        let clock = ContinuousClock()
        let start = clock.now
        var bytes = 0
        let parsedBody = PublishPlan.Body(body, templates: templates)
        for number in 1...count {
            bytes += try plan.publish(on: connection, body: parsedBody, number: number)
            progress.update(number)
            if let sleep, sleep > .zero, number < count {
                try await flush(connection, context)
                try await Task.sleep(for: sleep)
            }
        }
        try await flush(connection, context)
        progress.finish()
        guard !quiet else { return }
        if count == 1 {
            context.terminal.errLine(
                "Published \(bytes) bytes to \"\(plan.lastSubject(body: body))\"")
        } else {
            let elapsed = clock.now - start
            let seconds = elapsed.seconds
            let rate = seconds > 0 ? Int(Double(count) / seconds) : count
            context.terminal.errLine(
                "Published \(Humanize.count(count)) messages (\(Humanize.bytes(bytes))) to "
                    + "\"\(subject)\" in \(Humanize.duration(elapsed)) (\(Humanize.count(rate)) msgs/s)"
            )
        }
    }

    /// The body: BODY, else standard input (when it is read), else empty.
    static func body(_ invocation: Invocation, readsStdin: Bool) -> String {
        if let given = invocation.argument("body") { return given }
        if readsStdin { return String(decoding: StandardInput.readAll(), as: UTF8.self) }
        return ""
    }

    private static func flush(_ connection: Connection, _ context: CommandContext) async throws {
        do {
            try await connection.flush(timeout: context.timeout)
        } catch {
            throw CommandFailure("could not publish: \(error)")
        }
    }
}

/// What each published message is made of; templates expanded per message.
struct PublishPlan: Sendable {
    var subject: MessageTemplate
    var rawSubject: String
    var headers: [(String, MessageTemplate)]
    var reply: String?
    var templates: Bool

    /// Publishes message `number` and returns its payload size.
    /// - Throws: a ``CommandFailure`` when the client refuses the message.
    @discardableResult
    func publish(on connection: Connection, body: String, number: Int) throws -> Int {
        try publish(on: connection, body: Body(body, templates: templates), number: number)
    }

    /// A body, parsed once as a template when it holds any.
    struct Body: Sendable {
        let template: MessageTemplate?
        let fixed: Data

        init(_ text: String, templates: Bool) {
            let parsed = MessageTemplate(text)
            template = templates && parsed.hasActions ? parsed : nil
            fixed = Data(text.utf8)
        }
    }

    /// Message `number` with its templates expanded: subject, payload and headers.
    func message(body: Body, number: Int) -> (subject: String, payload: Data, headers: Headers?) {
        let values = MessageTemplate.Values(count: number)
        let subjectText = templates && subject.hasActions ? subject.render(values) : rawSubject
        var messageHeaders: Headers?
        if !headers.isEmpty {
            var built = Headers()
            for (name, value) in headers { built.append(name, value.render(values)) }
            messageHeaders = built
        }
        let payload = body.template.map { Data($0.render(values).utf8) } ?? body.fixed
        return (subjectText, payload, messageHeaders)
    }

    /// Publishes message `number` with a pre-parsed body and returns its payload size.
    /// - Throws: a ``CommandFailure`` when the client refuses the message.
    @discardableResult
    func publish(on connection: Connection, body: Body, number: Int) throws -> Int {
        let (subjectText, payload, messageHeaders) = message(body: body, number: number)
        do {
            try connection.publish(
                subjectText, payload: payload, reply: reply, headers: messageHeaders)
        } catch {
            throw CommandFailure("could not publish to \"\(subjectText)\": \(error)")
        }
        return payload.count
    }

    func lastSubject(body: String) -> String {
        templates && subject.hasActions ? subject.render(.init(count: 1)) : rawSubject
    }
}
