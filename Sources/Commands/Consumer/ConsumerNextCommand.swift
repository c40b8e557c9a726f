import ArgumentKit
import FoundationEssentials
import JetStream

/// `natsctl consumer next STREAM NAME`: pulls messages from a pull consumer, one request per
/// message, and acknowledges (or naks, or terminates) each.
enum ConsumerNextCommand {
    static let command = Command(
        name: "next",
        abstract: "Pull messages from a pull consumer",
        discussion: """
            Each message is pulled with its own request that waits up to --timeout. Messages \
            are acknowledged (after the server confirms the ack), unless --no-ack; --nak asks \
            for redelivery and --term stops it for good. Exits 1 when no message arrives \
            before the timeout.
            """,
        arguments: [
            Argument("stream", help: "Stream name"),
            Argument("name", help: "Consumer name"),
        ],
        options: [
            .option(
                "count", value: .int(atLeast: 1), default: "1", help: "Number of messages to pull"),
            .flag("ack", negatable: true, default: true, help: "Acknowledge the messages"),
            .flag("nak", help: "Ask for redelivery instead of acknowledging"),
            .flag("term", help: "Stop redelivery for good instead of acknowledging"),
            .flag("raw", short: "r", help: "Print only the message bodies"),
            .flag("json", short: "j", help: "Print one JSON object per message"),
        ],
        examples: [
            "natsctl consumer next NOTIFICATIONS notification-engine-consumer",
            "natsctl consumer next ORDERS shipping --count 10 --raw",
            "natsctl consumer next ORDERS shipping --nak",
        ],
        run: CommandContext.action(run))

    private enum Disposition: String {
        case ack = "Acknowledged message"
        case nak = "NaK'ed message"
        case term = "Terminated message"
        case none = ""
    }

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let stream = try StreamNames.checked(invocation.argument("stream"))
        let name = try ConsumerNames.checked(invocation.argument("name"))
        if invocation.isOn("nak") && invocation.isOn("term") {
            throw UsageError("--nak and --term exclude each other")
        }
        let count = invocation.int("count") ?? 1
        let manager = try await context.jetStream()
        let label = "\(stream) > \(name)"
        let info = try await jetStreamCall("get info of consumer \(label)") {
            try await manager.consumerInfo(stream: stream, name: name)
        }
        guard info.config.isPull else {
            throw CommandFailure(
                "consumer \(label) is not a pull consumer: it delivers to "
                    + "\(info.config.deliverSubject ?? ""); use natsctl sub on that subject")
        }
        let acknowledges = (info.config.ackPolicy ?? AckPolicy.none) != AckPolicy.none
        let disposition: Disposition =
            !acknowledges
            ? .none
            : invocation.isOn("nak")
                ? .nak : invocation.isOn("term") ? .term : invocation.isOn("ack") ? .ack : .none
        let terminal = context.terminal
        for _ in 0..<count {
            let result = try await jetStreamCall("pull from consumer \(label)") {
                try await manager.fetch(
                    stream: stream, consumer: name, PullRequest(batch: 1, expires: context.timeout))
            }
            guard let message = result.messages.first else {
                throw CommandFailure(
                    "no message arrived from consumer \(label) within "
                        + Humanize.duration(context.timeout) + " (--timeout)")
            }
            try await settle(message, disposition, context: context)
            terminal.out(render(message, disposition, invocation: invocation))
        }
    }

    private static func settle(
        _ message: JetStreamMessage, _ disposition: Disposition, context: CommandContext
    ) async throws {
        try await jetStreamCall("acknowledge the message") {
            // The server confirms an ack itself; a nak or term is confirmed by a flush.
            switch disposition {
            case .ack: return try await message.ackSync(timeout: context.timeout)
            case .nak: try message.nak()
            case .term: try message.term()
            case .none: return
            }
            try await context.connect().flush(timeout: context.timeout)
        }
    }

    private static func render(
        _ message: JetStreamMessage, _ disposition: Disposition, invocation: Invocation
    ) -> String {
        if invocation.isOn("raw") {
            return String(decoding: message.payload, as: UTF8.self) + "\n"
        }
        let fields = JetStreamFields(message)
        if invocation.isOn("json") {
            return MessageRendering.jsonLine(
                message.message, received: Timestamps.now(), jetStream: fields,
                acknowledgement: disposition == .none ? nil : "\(disposition)")
        }
        let now = Timestamps.now()
        var text =
            "[\(Timestamps.clock(seconds: now.seconds, nanoseconds: now.nanoseconds).prefix(8))]"
        text += " subj: \(message.subject)"
        if let fields {
            text +=
                " / tries: \(fields.delivered) / cons seq: \(fields.consumerSequence)"
                + " / str seq: \(fields.sequence) / pending: \(fields.pending)"
        }
        text += "\n"
        let headers = MessageRendering.headerLines(message.headers)
        if !headers.isEmpty { text += "\nHeaders:\n\n" + headers }
        text += "\n"
        text +=
            message.payload.isEmpty ? "nil body" : String(decoding: message.payload, as: UTF8.self)
        text += "\n"
        if disposition != .none { text += "\n\(disposition.rawValue)\n" }
        return text + "\n"
    }
}
