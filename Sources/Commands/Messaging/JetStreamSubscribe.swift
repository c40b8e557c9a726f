import ArgumentKit
import FoundationEssentials
import JetStream
import NATSClient

/// `sub SUBJECT --stream S` and the other JetStream options: reads a stream from a chosen
/// start through the library's ordered consumer (no gaps, no repeats, across server
/// restarts), or through a durable consumer with `--durable`.
enum JetStreamSubscribe {
    /// The deliver options; at most one may be given.
    static let deliverOptions = [
        "all", "new", "last", "last-per-subject", "since", "start-sequence",
    ]
    /// Any of these switches `sub` to JetStream mode.
    static let modeOptions = ["stream", "durable", "terminate-at-end"] + deliverOptions

    /// What the command line asks of a JetStream subscription.
    struct Settings: Sendable {
        var subject: String
        var stream: String?
        var durable: String?
        var deliverPolicy: DeliverPolicy = .all
        var startSequence: UInt64?
        var startTime: Date?
        var deliverGiven: Bool
        var ack: Bool
        var terminateAtEnd: Bool

        /// The settings, or `nil` when no JetStream option is given.
        /// - Throws: a ``UsageError`` for two deliver options, several subjects, `--queue`,
        ///   `--ack` without `--durable`, or an invalid stream or consumer name.
        init?(_ invocation: Invocation, subjects: [String]) throws {
            guard JetStreamSubscribe.modeOptions.contains(where: invocation.isSet) else {
                return nil
            }
            guard subjects.count == 1 else {
                throw UsageError("a JetStream subscription takes exactly one subject")
            }
            if invocation.isSet("queue") {
                throw UsageError("--queue cannot be used with a JetStream subscription")
            }
            subject = subjects[0]
            if let stream = invocation.string("stream") {
                self.stream = try StreamNames.checked(stream)
            }
            if let durable = invocation.string("durable") {
                do {
                    try Validation.validateConsumerName(durable)
                } catch {
                    throw UsageError("\(error)")
                }
                self.durable = durable
            }
            let given = JetStreamSubscribe.deliverOptions.filter(invocation.isSet)
            if given.count > 1 {
                throw UsageError(
                    "choose one of " + given.map { "--\($0)" }.joined(separator: ", "))
            }
            deliverGiven = !given.isEmpty
            switch given.first {
            case "new": deliverPolicy = .new
            case "last": deliverPolicy = .last
            case "last-per-subject": deliverPolicy = .lastPerSubject
            case "since":
                let since = invocation.duration("since") ?? .zero
                if since < .zero { throw UsageError("--since needs a positive duration") }
                deliverPolicy = .byStartTime
                startTime = Date(timeIntervalSinceNow: -since.seconds)
            case "start-sequence":
                deliverPolicy = .byStartSequence
                startSequence = invocation.int64("start-sequence").map { UInt64($0) }
            default: deliverPolicy = .all
            }
            ack = invocation.isOn("ack")
            if ack && durable == nil {
                throw UsageError(
                    "--ack with --stream needs --durable: the ordered consumer takes no acks")
            }
            terminateAtEnd = invocation.isOn("terminate-at-end")
        }

        /// `deliver all`, `deliver from sequence 7`, … for the banner.
        var deliverDescription: String {
            switch deliverPolicy {
            case .new: return "new messages only"
            case .last: return "from the last message"
            case .lastPerSubject: return "the last message of each subject"
            case .byStartSequence: return "from sequence \(startSequence ?? 1)"
            case .byStartTime:
                let seconds = Int64((startTime ?? Date()).timeIntervalSince1970)
                return "since \(Timestamps.rfc3339(seconds: seconds))"
            default: return "all messages"
            }
        }
    }

    /// Reads the stream and prints its messages until `--count`, `-T`, `--wait`, Ctrl-C or
    /// SIGTERM, then the summary on standard error.
    /// - Throws: a ``CommandFailure`` when no stream stores the subject, the stream or
    ///   consumer cannot be read, or the server stays away too long.
    static func run(
        _ context: CommandContext, settings: Settings, printer: MessagePrinter, limit: Int?,
        idle: Duration?
    ) async throws {
        let connection = try await context.connect(keepReconnecting: true)
        let manager = try await context.jetStream()
        let terminal = context.terminal
        let stream = try await streamName(settings, manager)
        let source: MessageSource
        let banner: String
        if let durable = settings.durable {
            source = try await DurableSource.open(
                manager, stream: stream, name: durable, settings: settings, limit: limit,
                terminal: terminal)
            banner =
                "Subscribing to stream \(stream) on \(settings.subject) through durable "
                + "consumer \(durable)"
        } else {
            var options = OrderedConsumerOptions()
            options.deliverPolicy = settings.deliverPolicy
            options.startSequence = settings.startSequence
            options.startTime = settings.startTime
            options.filterSubjects = [settings.subject]
            options.heartbeat = .seconds(2)
            let consumer = try await jetStreamCall("read stream \(stream)") {
                do {
                    return try await manager.orderedConsumer(stream: stream, options: options)
                } catch let error as APIError where error.errorCode == 10098 {
                    throw CommandFailure(
                        "could not read stream \(stream): \(error); a work-queue stream hands "
                            + "each message out once: consume them with --durable NAME --ack, "
                            + "or look at one with 'natsctl stream get \(stream) SEQ'")
                }
            }
            source = OrderedSource(consumer: consumer)
            banner =
                "Subscribing to stream \(stream) on \(settings.subject), "
                + settings.deliverDescription
        }
        let eventsTask = Task {
            for await event in connection.events { ConnectionEvents.report(event, on: terminal) }
        }
        defer { eventsTask.cancel() }
        let signal = try await SignalTrap.run {
            terminal.errLine(banner)  // once signals are handled
            return try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await consume(source, settings: settings, printer: printer, stream: stream)
                }
                if let idle, idle > .zero {
                    group.addTask { try await printer.waitUntilIdle(for: idle) }
                }
                try await group.next()
                group.cancelAll()
            }
        }
        await source.stop()
        terminal.flush()
        let reason = signal.map { $0 == 2 ? " (interrupted)" : " (terminated)" } ?? ""
        terminal.errLine("Received \(Humanize.count(printer.count)) messages\(reason)")
    }

    /// Prints messages until the limit, or the end of the stream with `-T`.
    private static func consume(
        _ source: MessageSource, settings: Settings, printer: MessagePrinter, stream: String
    ) async throws {
        if settings.terminateAtEnd && source.initialPending == 0 { return }
        do {
            while let message = try await source.next() {
                guard let fields = JetStreamFields(message) else { continue }
                let more = printer.print(message.message, jetStream: fields)
                if settings.ack { try message.ack() }
                if !more || (settings.terminateAtEnd && fields.pending == 0) { return }
            }
        } catch is CancellationError {
            return
        } catch {
            throw CommandFailure("could not read stream \(stream): \(error)")
        }
    }

    /// The stream: `--stream`, else the one stream that stores the subject.
    private static func streamName(_ settings: Settings, _ manager: JetStreamManager)
        async throws -> String
    {
        if let stream = settings.stream { return stream }
        let names = try await jetStreamCall("look up the stream of subject \(settings.subject)") {
            try await manager.streamNames(subject: settings.subject).all()
        }
        guard let first = names.first else {
            throw CommandFailure("no stream found with subject \(settings.subject)")
        }
        if names.count > 1 {
            throw CommandFailure(
                "subject \(settings.subject) is stored by several streams ("
                    + names.sorted().joined(separator: ", ") + "): choose one with --stream")
        }
        return first
    }
}

/// Where `sub --stream` gets its messages from.
protocol MessageSource: Sendable {
    /// Messages waiting when reading started (0: nothing to catch up on).
    var initialPending: UInt64 { get }
    /// The next message; `nil` when the task is cancelled.
    func next() async throws -> JetStreamMessage?
    /// Stops reading (and deletes an ephemeral consumer).
    func stop() async
}

/// The library's ordered consumer.
struct OrderedSource: MessageSource {
    let consumer: OrderedConsumer

    var initialPending: UInt64 { consumer.initialPending }

    func next() async throws -> JetStreamMessage? {
        var iterator = consumer.makeAsyncIterator()
        return try await iterator.next()
    }

    func stop() async { await consumer.stop() }
}
