import ArgumentKit
import FoundationEssentials
import NATSClient

/// `natsctl request SUBJECT [BODY]`: sends a request and prints the replies with their round-trip
/// time. Unlike the `nats` CLI, no responders or no reply before the timeout is a failure (exit 1).
enum RequestCommand {
    static let command = Command(
        name: "request", aliases: ["req"],
        abstract: "Send a request and print the replies",
        discussion: """
            Waits up to --timeout for the first reply. With --replies N it gathers N replies \
            (0: every reply until the timeout). With --count N it sends N requests one after \
            the other; the body is a template ({{Count}}, {{TimeStamp}}, {{ID}}, ...). Exits 1 \
            when nobody answers: no responders, or a request without a reply before the \
            timeout (with --count, after all were sent, saying how many went unanswered).
            """,
        arguments: [
            Argument("subject", help: "Subject to send the request to"),
            Argument("body", optional: true, help: "Request body (default: standard input)"),
        ],
        options: [
            .option(
                "header", short: "H", repeatable: true,
                help: "Header NAME:VALUE (repeatable)", valueName: "NAME:VALUE"),
            .flag("raw", short: "r", help: "Print only the reply bodies"),
            .option(
                "replies", value: .int(atLeast: 0), default: "1",
                help: "Replies to wait for (0: all until the timeout)"),
            .option(
                "count", value: .int(atLeast: 1), default: "1",
                help: "Number of requests to send, one after the other"),
            .flag("force-stdin", help: "Read the body from standard input even on a terminal"),
        ],
        examples: [
            "natsctl request service.time ''",
            "natsctl req pricing.quote '{\"zone\": 1}' --timeout 2s",
            "natsctl request discovery.ping '' --replies 0 --timeout 1s",
            "natsctl request pricing.quote '{\"n\": {{Count}}}' --count 100 --raw",
        ],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let subject = invocation.argument("subject") ?? ""
        try SubjectRules.check(subject, wildcards: false)
        var headers: Headers?
        let pairs = try SubjectRules.headerPairs(invocation.strings("header"))
        if !pairs.isEmpty { headers = Headers(pairs) }
        let body: Data
        if let given = invocation.argument("body") {
            body = Data(given.utf8)
        } else if !context.terminal.stdinIsTerminal || invocation.isOn("force-stdin") {
            body = Data(StandardInput.readAll())
        } else {
            body = Data()
        }
        // Bodies that are not UTF-8 text (binary input) are sent as they are.
        let template = String(validating: body, as: UTF8.self).map(MessageTemplate.init)
            .flatMap { $0.hasActions ? $0 : nil }
        let count = invocation.int("count") ?? 1
        let connection = try await context.connect()
        var unanswered = 0
        for number in 1...count {
            let payload =
                template.map { Data($0.render(MessageTemplate.Values(count: number)).utf8) }
                ?? body
            let received = try await send(
                payload, to: subject, headers: headers, on: connection, context: context)
            if received == 0 {
                guard count > 1 else {
                    throw CommandFailure(
                        "no reply on subject \"\(subject)\" within "
                            + Humanize.duration(context.timeout))
                }
                unanswered += 1
            }
        }
        if unanswered > 0 {
            throw CommandFailure(
                "\(unanswered) of \(count) requests on subject \"\(subject)\" got no reply "
                    + "within \(Humanize.duration(context.timeout))")
        }
    }

    /// Sends one request and prints its replies; returns how many arrived.
    /// - Throws: a ``CommandFailure`` when the request cannot be sent or nobody listens.
    private static func send(
        _ body: Data, to subject: String, headers: Headers?, on connection: Connection,
        context: CommandContext
    ) async throws -> Int {
        let invocation = context.invocation
        let wanted = invocation.int("replies") ?? 1
        let raw = invocation.isOn("raw")
        let terminal = context.terminal
        if !raw { terminal.errLine("Sending request on \"\(subject)\"") }

        let inbox = connection.newInbox()
        let replies: Subscription
        do {
            replies = try connection.subscribe(inbox)
            if wanted > 0 { try replies.unsubscribe(afterMessages: wanted) }
            try connection.publish(subject, payload: body, reply: inbox, headers: headers)
            try await connection.flush(timeout: context.timeout)
        } catch {
            throw CommandFailure("could not send the request: \(error)")
        }
        let clock = ContinuousClock()
        let sent = clock.now
        return try await gather(
            from: replies, wanted: wanted, deadline: sent + context.timeout
        ) { message in
            if message.status == 503 && message.payload.isEmpty {
                throw CommandFailure("no responders on subject \"\(subject)\"")
            }
            if raw {
                terminal.out(bytes: message.payload)
                terminal.line()
            } else {
                terminal.errLine("Received with rtt \(Humanize.duration(clock.now - sent))")
                terminal.out(MessageRendering.headerLines(message.headers))
                if message.headers != nil { terminal.line() }
                terminal.out(bytes: message.payload)
                terminal.line()
            }
            terminal.flush()
        }
    }

    /// Reads replies until `wanted` arrived (0: until the deadline); returns how many arrived.
    private static func gather(
        from replies: Subscription, wanted: Int, deadline: ContinuousClock.Instant,
        _ handle: @escaping @Sendable (Message) throws -> Void
    ) async throws -> Int {
        try await withThrowingTaskGroup(of: Int.self) { group in
            group.addTask {
                var count = 0
                for try await message in replies {
                    try handle(message)
                    count += 1
                    if wanted > 0 && count >= wanted { break }
                }
                return count
            }
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                return -1
            }
            var count = 0
            while let result = try await group.next() {
                if result >= 0 {
                    count = result
                    break
                }
                // The deadline passed: stop reading; the reader returns what it counted.
                try? replies.unsubscribe()
                group.cancelAll()
            }
            group.cancelAll()
            return count
        }
    }
}
