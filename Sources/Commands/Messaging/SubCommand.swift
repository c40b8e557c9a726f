import ArgumentKit
import FoundationEssentials
import NATSClient
import Synchronization

/// `natsctl sub SUBJECT...`: prints messages as they arrive, until `--count`, `--wait`, Ctrl-C or
/// SIGTERM; then a one-line summary on standard error. Survives server restarts. With
/// `--stream` and the other JetStream options it reads a stream (``JetStreamSubscribe``).
enum SubCommand {
    static let command = Command(
        name: "sub", aliases: ["subscribe"],
        abstract: "Subscribe to subjects and print the messages",
        discussion: """
            Messages go to standard output, banners and the closing summary to standard error. \
            Ctrl-C or SIGTERM ends the subscription cleanly with exit code 0. --json prints one \
            JSON object per message (JSON Lines): subject, reply, headers, data (UTF-8 text, or \
            base64 with "encoding": "base64"), size and received time.

            JetStream: --stream S reads the subject's messages from stream S (any deliver \
            option, --durable or -T without --stream looks the stream up by the subject; exit 1 \
            when none stores it). Delivery starts at --all (the default), --new, --last, \
            --last-per-subject, --since DURATION or --start-sequence N (choose one). Each \
            message shows its stream, sequence, pending count and stored time; --json adds \
            stream, seq, time (RFC 3339) and pending. The tail is an ordered consumer that \
            goes on across server restarts without gaps or repeats. --durable NAME reads \
            through a durable consumer instead (a pull consumer filtered on the subject, \
            created when missing), acknowledging each message with --ack. -T exits 0 once \
            caught up: after a message with nothing pending, or at once when nothing matches.
            """,
        arguments: [
            Argument(
                "subjects", variadic: true, help: "Subjects to subscribe to (wildcards allowed)")
        ],
        options: [
            .option("queue", help: "Queue group to join", valueName: "GROUP"),
            .option("count", value: .int(atLeast: 1), help: "Exit after this many messages"),
            .option("wait", value: .duration, help: "Exit after this long without a message"),
            .flag("raw", short: "r", help: "Print only the bodies, one per line"),
            .flag("headers-only", help: "Print only the Received lines and headers"),
            .flag("subjects-only", help: "Print only the Received lines"),
            .flag("timestamp", short: "t", help: "Add the time each message was received"),
            .option(
                "ignore-subject", short: "I", repeatable: true,
                help: "Skip messages on subjects matching this pattern (repeatable)",
                valueName: "SUBJECT"),
            .flag("json", help: "Print each message as a JSON object on its own line"),
            .option(
                "dump", value: .directory,
                help:
                    "Write each message to DIR/<n>.json instead of printing it (n: the stream sequence, or the count)",
                valueName: "DIR"),
            .option(
                "translate",
                help:
                    "Show each body as this shell command's output (the body is its standard input)",
                valueName: "COMMAND"),
            .option(
                "stream", help: "Read the subject's messages from this stream",
                valueName: "STREAM"),
            .flag("all", help: "Deliver every message of the stream (the default)"),
            .flag("new", help: "Deliver only messages stored from now on"),
            .flag("last", help: "Deliver from the stream's last message"),
            .flag("last-per-subject", help: "Deliver the last message of each subject"),
            .option(
                "since", value: .duration, help: "Deliver messages stored this long ago or later"),
            .option(
                "start-sequence", value: .int(atLeast: 1),
                help: "Deliver from this stream sequence"),
            .option(
                "durable", help: "Read through this durable consumer (created if missing)",
                valueName: "NAME"),
            .flag(
                "ack",
                help:
                    "Acknowledge each message (with --durable; on a plain subscription, those with a JetStream ack subject)"
            ),
            .flag(
                "terminate-at-end", short: "T",
                help: "Exit 0 once caught up with the stream (nothing pending)"),
        ],
        examples: [
            "natsctl sub 'events.>'",
            "natsctl sub orders.new --count 10 --json",
            "natsctl sub 'location.*' --queue workers --raw",
            "natsctl sub 'orders.>' --stream ORDERS --since 1h -T",
            "natsctl sub orders.new --last --json",
            "natsctl sub 'orders.>' --durable audit --ack --count 100",
        ],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let subjects = invocation.arguments("subjects")
        for subject in subjects { try SubjectRules.check(subject, wildcards: true) }
        let ignored = invocation.strings("ignore-subject")
        for pattern in ignored {
            try SubjectRules.check(pattern, wildcards: true, what: "--ignore-subject pattern")
        }
        let rendering = try renderingMode(invocation)
        let translation = try BodyTranslation(invocation)
        let dump = try invocation.string("dump").map(MessageDump.init)
        let limit = invocation.int("count")
        let idle = invocation.duration("wait")
        if let settings = try JetStreamSubscribe.Settings(invocation, subjects: subjects) {
            let printer = MessagePrinter(
                rendering: rendering, terminal: context.terminal, limit: limit, ignored: ignored,
                translation: translation, dump: dump)
            return try await JetStreamSubscribe.run(
                context, settings: settings, printer: printer, limit: limit, idle: idle)
        }
        let acks = invocation.isOn("ack")
        let connection = try await context.connect(keepReconnecting: true)
        let subscriptions: [Subscription]
        do {
            subscriptions = try subjects.map {
                try connection.subscribe($0, queue: invocation.string("queue"))
            }
            try await connection.flush(timeout: context.timeout)
        } catch {
            throw CommandFailure("could not subscribe: \(error)")
        }
        let terminal = context.terminal
        let queueNote = invocation.string("queue").map { " in queue group \($0)" } ?? ""
        let banner = "Subscribing on \(subjects.joined(separator: ", "))\(queueNote)"
        let printer = MessagePrinter(
            rendering: rendering, terminal: terminal, limit: limit, ignored: ignored,
            translation: translation, dump: dump)
        let eventsTask = Task {
            for await event in connection.events { ConnectionEvents.report(event, on: terminal) }
        }
        defer { eventsTask.cancel() }
        let signal = try await SignalTrap.run {
            // Printed once SIGINT and SIGTERM are handled, so a signal sent on seeing it ends
            // the command cleanly.
            terminal.errLine(banner)
            return try await withThrowingTaskGroup(of: Void.self) { group in
                for subscription in subscriptions {
                    group.addTask {
                        for try await message in subscription {
                            let more = printer.print(message)
                            if acks, let reply = message.reply, reply.hasPrefix("$JS.ACK.") {
                                try? connection.publish(reply, payload: Data("+ACK".utf8))
                            }
                            if !more { return }
                        }
                    }
                }
                if let idle, idle > .zero {
                    group.addTask { try await printer.waitUntilIdle(for: idle) }
                }
                try await group.next()
                group.cancelAll()
            }
        }
        for subscription in subscriptions { try? subscription.unsubscribe() }
        terminal.flush()
        let reason = signal.map { $0 == 2 ? " (interrupted)" : " (terminated)" } ?? ""
        terminal.errLine("Received \(Humanize.count(printer.count)) messages\(reason)")
    }

    private static func renderingMode(_ invocation: Invocation) throws -> MessageRendering {
        let modes: [(String, MessageRendering.Mode)] = [
            ("json", .jsonLines), ("raw", .raw), ("headers-only", .headersOnly),
            ("subjects-only", .subjectsOnly),
        ]
        let chosen = modes.filter { invocation.isOn($0.0) }
        if chosen.count > 1 {
            throw UsageError(
                "choose one of " + chosen.map { "--\($0.0)" }.joined(separator: ", "))
        }
        return MessageRendering(
            mode: chosen.first?.1 ?? .full, timestamps: invocation.isOn("timestamp"))
    }
}

/// Prints messages from several subscriptions in arrival order and counts them.
final class MessagePrinter: Sendable {
    private struct State {
        var count = 0
        var lastActivity = ContinuousClock.now
    }

    private let state = Mutex(State())
    private let rendering: MessageRendering
    private let terminal: Terminal
    private let limit: Int?
    private let ignored: [String]
    private let translation: BodyTranslation?
    private let dump: MessageDump?

    init(
        rendering: MessageRendering, terminal: Terminal, limit: Int?, ignored: [String],
        translation: BodyTranslation? = nil, dump: MessageDump? = nil
    ) {
        self.dump = dump
        self.rendering = rendering
        self.terminal = terminal
        self.limit = limit
        self.ignored = ignored
        self.translation = translation
    }

    /// The number of messages printed.
    var count: Int { state.withLock { $0.count } }

    /// Prints a message (with its stream position when it comes from a stream); returns false
    /// once the limit is reached.
    func print(_ message: Message, jetStream: JetStreamFields? = nil) -> Bool {
        if ignored.contains(where: { SubjectRules.matches(message.subject, pattern: $0) }) {
            return true
        }
        var message = message
        if let translation { message.payload = translation.translate(message, terminal: terminal) }
        return state.withLock { state in
            if let limit, state.count >= limit { return false }
            state.count += 1
            state.lastActivity = .now
            if let dump {
                dump.write(message, number: state.count, jetStream: jetStream, terminal: terminal)
            } else {
                terminal.out(
                    rendering.render(
                        message, number: state.count, received: Timestamps.now(),
                        jetStream: jetStream))
                terminal.flush()
            }
            return limit.map { state.count < $0 } ?? true
        }
    }

    /// Returns once no message has arrived for `idle`.
    /// - Throws: `CancellationError` when cancelled.
    func waitUntilIdle(for idle: Duration) async throws {
        while true {
            let last = state.withLock { $0.lastActivity }
            let quietFor = ContinuousClock.now - last
            if quietFor >= idle { return }
            try await Task.sleep(for: idle - quietFor)
        }
    }
}

/// Connection events on standard error, for long-running commands.
enum ConnectionEvents {
    static func report(_ event: ConnectionEvent, on terminal: Terminal) {
        switch event {
        case .disconnected(let reason): terminal.errLine("Disconnected: \(reason)")
        case .reconnected(let url): terminal.errLine("Reconnected to \(url)")
        case .lameDuckMode: terminal.errLine("The server is entering lame duck mode")
        case .serverError(let text): terminal.errLine("Server error: \(text)")
        case .closed(let reason):
            terminal.errLine("Connection closed" + (reason.map { ": \($0)" } ?? ""))
        }
    }
}
