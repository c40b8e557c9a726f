import ArgumentKit
import Dispatch
import FoundationEssentials
import JetStream
import NATSClient

/// `pub -J`: publishes into a stream and reports the acknowledgements. One message (or one per
/// line with `--send-on newline`) is published and acknowledged at a time, each printing
/// `Stored in stream S sequence N`; `--count N` keeps up to 256 messages in flight through an
/// ``AsyncPublisher`` and prints one summary line with the rate.
enum JetStreamPublish {
    /// The options that only mean something with `-J`.
    static let jetStreamOnly = [
        "msg-id", "expect-stream", "expect-last-seq", "expect-last-subject-seq", "json",
    ]

    /// The JetStream options of a `pub` command line.
    struct Settings: Sendable {
        var messageID: MessageTemplate?
        var expectedStream: String?
        var expectedLastSequence: UInt64?
        var expectedLastSubjectSequence: UInt64?
        var json: Bool
        var quiet: Bool

        /// The settings, or `nil` without `-J`.
        /// - Throws: a ``UsageError`` when a JetStream-only option is given without `-J`, or
        ///   for an invalid `--expect-stream` name.
        init?(_ invocation: Invocation, templates: Bool) throws {
            guard invocation.isOn("jetstream") else {
                if let given = JetStreamPublish.jetStreamOnly.first(where: invocation.isSet) {
                    throw UsageError(
                        "--\(given) needs -J/--jetstream: it applies only to publishes into a stream"
                    )
                }
                return nil
            }
            if let id = invocation.string("msg-id") {
                if id.isEmpty { throw UsageError("the --msg-id is empty") }
                messageID = MessageTemplate(templates ? id : "")
                if !templates || !(messageID?.hasActions ?? false) { fixedID = id }
            }
            if let stream = invocation.string("expect-stream") {
                expectedStream = try StreamNames.checked(stream)
            }
            expectedLastSequence = invocation.int64("expect-last-seq").map { UInt64($0) }
            expectedLastSubjectSequence = invocation.int64("expect-last-subject-seq").map {
                UInt64($0)
            }
            json = invocation.isOn("json")
            quiet = invocation.isOn("quiet")
        }

        private var fixedID: String?

        /// The headers of message `number`: the expectations plus the `-H` headers.
        func options(number: Int, headers: Headers?) -> PublishOptions {
            let id = fixedID ?? messageID?.render(MessageTemplate.Values(count: number))
            return PublishOptions(
                messageID: id, expectedStream: expectedStream,
                expectedLastSequence: expectedLastSequence,
                expectedLastSubjectSequence: expectedLastSubjectSequence, headers: headers)
        }
    }

    /// Publishes what the command line asks for and prints the acknowledgements.
    /// - Throws: a ``CommandFailure`` (exit 1) when no stream takes the subject, the stream
    ///   refuses a message, or acknowledgements stop coming.
    static func run(
        _ context: CommandContext, plan: PublishPlan, settings: Settings, readsStdin: Bool
    ) async throws {
        let invocation = context.invocation
        let manager = try await context.jetStream()
        if invocation.string("send-on") == "newline" {
            var number = 0
            for await line in inputLines() {
                number += 1
                let body = PublishPlan.Body(line, templates: plan.templates)
                try await publishOne(
                    context, manager, plan: plan, settings: settings, body: body, number: number)
            }
            return
        }
        let body = PublishPlan.Body(
            PubCommand.body(invocation, readsStdin: readsStdin), templates: plan.templates)
        let count = invocation.int("count") ?? 1
        if count == 1 {
            return try await publishOne(
                context, manager, plan: plan, settings: settings, body: body, number: 1)
        }
        try await publishMany(
            context, manager, plan: plan, settings: settings, body: body, count: count,
            sleep: invocation.duration("sleep"))
    }

    /// The lines of standard input as they arrive, read on a dispatch thread so that a slow
    /// producer (`tail -f`) does not hold up a task thread.
    private static func inputLines() -> AsyncStream<String> {
        let (lines, continuation) = AsyncStream.makeStream(of: String.self)
        DispatchQueue.global().async {
            StandardInput.forEachLine { line in
                continuation.yield(String(decoding: line, as: UTF8.self))
                return true
            }
            continuation.finish()
        }
        return lines
    }

    /// Publishes one message, waits for its acknowledgement and prints it.
    private static func publishOne(
        _ context: CommandContext, _ manager: JetStreamManager, plan: PublishPlan,
        settings: Settings, body: PublishPlan.Body, number: Int
    ) async throws {
        let message = plan.message(body: body, number: number)
        let ack = try await acknowledged(message.subject) {
            try await manager.publish(
                message.subject, payload: message.payload,
                options: settings.options(number: number, headers: message.headers))
        }
        guard !settings.quiet else { return }
        if settings.json {
            context.terminal.out(try JSONOutput.render(ack))
        } else {
            context.terminal.line(describe(ack))
        }
        context.terminal.flush()
    }

    /// Publishes `count` messages with up to 256 awaiting acknowledgement, then prints one
    /// summary.
    private static func publishMany(
        _ context: CommandContext, _ manager: JetStreamManager, plan: PublishPlan,
        settings: Settings, body: PublishPlan.Body, count: Int, sleep: Duration?
    ) async throws {
        let progress = ProgressLine(
            enabled: count > 20 && context.terminal.stderrIsTerminal && !settings.quiet,
            terminal: context.terminal, total: count)
        let clock = ContinuousClock()
        let start = clock.now
        var bytes = 0
        let summary = try await acknowledged(plan.rawSubject) {
            let publisher = try AsyncPublisher(manager: manager, window: 256)
            for number in 1...count {
                let message = plan.message(body: body, number: number)
                bytes += message.payload.count
                try await publisher.publish(
                    message.subject, payload: message.payload,
                    options: settings.options(number: number, headers: message.headers))
                progress.update(number)
                if let sleep, sleep > .zero, number < count {
                    try await manager.connection.flush(timeout: context.timeout)
                    try await Task.sleep(for: sleep)
                }
            }
            return try await publisher.finish()
        }
        progress.finish()
        guard !settings.quiet else { return }
        let elapsed = clock.now - start
        if settings.json {
            let record = Summary(
                acknowledged: summary.acknowledged, duplicates: summary.duplicates,
                last: summary.lastAck)
            context.terminal.out(try JSONOutput.render(record))
            return
        }
        let seconds = elapsed.seconds
        let rate = seconds > 0 ? Int(Double(count) / seconds) : count
        var text = "Stored \(Humanize.count(summary.acknowledged - summary.duplicates)) messages"
        if let last = summary.lastAck {
            text += " in stream \(last.stream) (last sequence \(last.sequence))"
        }
        if summary.duplicates > 0 {
            text += ", \(Humanize.count(summary.duplicates)) duplicates not stored again"
        }
        text +=
            " in \(Humanize.duration(elapsed)) (\(Humanize.count(rate)) msgs/s, "
            + "\(Humanize.bytes(bytes)))"
        context.terminal.line(text)
    }

    /// The human line for one acknowledgement.
    static func describe(_ ack: PubAck) -> String {
        let domain = ack.domain.map { " (domain \($0))" } ?? ""
        if ack.duplicate {
            return "Duplicate message: already stored in stream \(ack.stream) sequence "
                + "\(ack.sequence)\(domain), not stored again"
        }
        return "Stored in stream \(ack.stream) sequence \(ack.sequence)\(domain)"
    }

    /// Runs a publish, reporting "no stream listens" and refusals as runtime failures.
    /// - Throws: a ``CommandFailure`` (or a ``UsageError`` for an invalid subject).
    private static func acknowledged<T>(_ subject: String, _ body: () async throws -> T)
        async throws -> T
    {
        do {
            return try await body()
        } catch JetStreamError.noStreamForSubject(let missing) {
            throw CommandFailure(
                "could not publish to \"\(missing)\": no stream listens on subject "
                    + "\"\(missing)\" (no responders)")
        } catch {
            return try await jetStreamCall("publish to \"\(subject)\"") { throw error }
        }
    }

    /// `pub -J --count N --json`: what the acknowledgements said.
    struct Summary: Encodable {
        var acknowledged: Int
        var duplicates: Int
        var last: PubAck?
    }
}
