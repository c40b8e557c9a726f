import ArgumentKit
import FoundationEssentials
import JetStream

/// The consumer configuration flags of `consumer add` and `consumer edit`, and how they are
/// applied on top of a configuration (from `--config`, the live consumer, or nothing).
enum ConsumerConfigOptions {
    /// The flags both commands accept (the ones the server lets an update change).
    static let editable: [Option] = [
        .option(
            "filter", repeatable: true,
            help: "Subject filter (repeatable: several filters make filter_subjects)",
            valueName: "SUBJECT"),
        .option("description", help: "A description of the consumer", valueName: "TEXT"),
        .option(
            "max-deliver", value: .int,
            help: "Maximum deliveries of one message (-1 unlimited)"),
        .option(
            "max-pending", value: .int,
            help: "Maximum unacknowledged messages (max_ack_pending)", aliases: ["max-outstanding"]
        ),
        .option("wait", value: .duration, help: "How long the server waits for an acknowledgement"),
        .flag("headers-only", negatable: true, help: "Deliver only headers and Nats-Msg-Size"),
        .option(
            "backoff", value: .choice(["linear", "none"]),
            help: "Redelivery backoff (linear spreads --backoff-steps from --backoff-min to -max)"),
        .option(
            "backoff-steps", value: .int(1...100), default: "10",
            help: "Number of backoff steps"),
        .option(
            "backoff-min", value: .duration, default: "1m", help: "First (shortest) backoff delay"),
        .option(
            "backoff-max", value: .duration, default: "20m", help: "Last (longest) backoff delay"),
        .option(
            "inactive-threshold", value: .duration,
            help: "Delete the consumer after this long without activity"),
        .option(
            "max-pull-batch", value: .int(atLeast: 0),
            help: "Largest batch of one pull request (pull only)"),
        .option(
            "max-pull-expire", value: .duration,
            help: "Longest expiry of one pull request (pull only)"),
        .option(
            "max-pull-bytes", value: .bytes, help: "Most bytes of one pull request (pull only)"),
        .option(
            "target", help: "Push delivery subject (makes a push consumer)", valueName: "SUBJECT"),
        .option("deliver-group", help: "Queue group of a push consumer", valueName: "GROUP"),
        .option("replicas", value: .int(0...5), help: "Replicas (0 = as the stream)"),
        .option(
            "metadata", repeatable: true, help: "Metadata KEY=VALUE (repeatable)",
            valueName: "KEY=VALUE"),
    ]

    /// The flags only `consumer add` has: fields fixed at creation.
    static let createOnly: [Option] = [
        .flag("pull", help: "A pull consumer (the default without --target)"),
        .option(
            "ack", value: .choice(["none", "all", "explicit"]),
            help: "Acknowledgement policy (default explicit for pull, none for push)"),
        .option(
            "deliver",
            help:
                "Start at: all, last, new, last_per_subject, a stream sequence, or a duration back from now",
            valueName: "POLICY"),
        .option("replay", value: .choice(["instant", "original"]), help: "Replay speed"),
        .option(
            "heartbeat", value: .duration, help: "Idle heartbeat of a push consumer (push only)"),
        .flag("flow-control", help: "Flow control of a push consumer (push only)"),
        .option(
            "max-waiting", value: .int(atLeast: 1),
            help: "Maximum waiting pull requests (pull only)"),
        .flag("memory", help: "Keep the consumer's state in memory"),
        .flag("ephemeral", help: "An ephemeral consumer (NAME is its name, not a durable name)"),
    ]

    /// The flags that change a configuration, as opposed to how it is applied.
    static func configFlags(creating: Bool) -> [String] {
        (editable + (creating ? createOnly : [])).map(\.name).filter {
            !["backoff-steps", "backoff-min", "backoff-max", "ephemeral"].contains($0)
        }
    }

    /// The configuration flags given on this command line.
    static func given(_ invocation: Invocation, creating: Bool) -> [String] {
        configFlags(creating: creating).filter { invocation.isSet($0) }
    }

    /// How `--deliver` was given, for re-runs: a duration start moves with the clock.
    enum DeliverStart: Equatable {
        case fixed
        case relative
    }

    /// Applies every configuration flag that was given to `config`, then the defaults that
    /// depend on the kind of consumer (ack explicit for pull, none for push).
    /// - Throws: a ``UsageError`` for malformed values and push-only or pull-only flags on the
    ///   wrong kind of consumer.
    /// - Parameter creating: whether the create-only flags (`--ack`, `--deliver`, ...) are
    ///   declared, as for `add`.
    @discardableResult
    static func apply(_ invocation: Invocation, to config: inout ConsumerConfig, creating: Bool)
        throws -> DeliverStart
    {
        if creating && invocation.isOn("pull") && invocation.isSet("target") {
            throw UsageError("--pull and --target exclude each other: a push consumer has a target")
        }
        let filters = invocation.strings("filter")
        if filters.count == 1 {
            config.filterSubject = filters[0]
            config.filterSubjects = nil
        } else if filters.count > 1 {
            config.filterSubject = nil
            config.filterSubjects = filters
        }
        if let text = invocation.string("description") { config.description = text }
        if let value = invocation.int("max-deliver") { config.maxDeliver = value < 0 ? -1 : value }
        if let value = invocation.int("max-pending") { config.maxAckPending = value }
        if let value = invocation.duration("wait"), value > .zero { config.ackWait = value }
        if let value = invocation.flag("headers-only") { config.headersOnly = value }
        if let value = invocation.duration("inactive-threshold") {
            config.inactiveThreshold = value
        }
        if let value = invocation.int("max-pull-batch") { config.maxBatch = value }
        if let value = invocation.duration("max-pull-expire") { config.maxExpires = value }
        if let value = invocation.bytes("max-pull-bytes") { config.maxBytes = Int(value) }
        if let target = invocation.string("target") { config.deliverSubject = target }
        if let group = invocation.string("deliver-group") { config.deliverGroup = group }
        if let value = invocation.int("replicas") { config.replicas = value }
        config.metadata = try MetadataPairs.merge(
            invocation.strings("metadata"), into: config.metadata)
        try applyBackoff(invocation, to: &config)

        guard creating else {
            try checkKind(config)
            return .fixed
        }
        if let ack = invocation.string("ack") { config.ackPolicy = AckPolicy(rawValue: ack) }
        var start = DeliverStart.fixed
        if let deliver = invocation.string("deliver") {
            start = try applyDeliver(deliver, to: &config)
        }
        if let replay = invocation.string("replay") {
            config.replayPolicy = ReplayPolicy(rawValue: replay)
        }
        if let value = invocation.duration("heartbeat") {
            config.idleHeartbeat = value > .zero ? value : nil
        }
        if invocation.isOn("flow-control") { config.flowControl = true }
        if let value = invocation.int("max-waiting") { config.maxWaiting = value }
        if invocation.isOn("memory") { config.memoryStorage = true }
        try checkKind(config)
        return start
    }

    /// The defaults `add` fills in when neither the flags nor a file say: explicit acks for
    /// pull consumers, none for push ones.
    static func applyDefaults(to config: inout ConsumerConfig) {
        if config.ackPolicy == nil { config.ackPolicy = config.isPull ? .explicit : AckPolicy.none }
    }

    /// Refuses push-only settings on a pull consumer and pull-only ones on a push consumer.
    /// - Throws: a ``UsageError`` naming the flag.
    static func checkKind(_ config: ConsumerConfig) throws {
        if config.isPull {
            if config.idleHeartbeat != nil {
                throw UsageError(
                    "--heartbeat is for push consumers: give --target, or leave it out")
            }
            if config.flowControl == true {
                throw UsageError(
                    "--flow-control is for push consumers: give --target, or leave it out")
            }
            if config.deliverGroup != nil {
                throw UsageError(
                    "--deliver-group is for push consumers: give --target, or leave it out")
            }
        } else {
            let pullOnly: [(String, Bool)] = [
                ("--max-waiting", config.maxWaiting != nil),
                ("--max-pull-batch", config.maxBatch != nil),
                ("--max-pull-expire", config.maxExpires != nil),
                ("--max-pull-bytes", config.maxBytes != nil),
            ]
            if let flag = pullOnly.first(where: \.1)?.0 {
                throw UsageError(
                    "\(flag) is for pull consumers: leave out --target, or leave it out")
            }
        }
    }

    /// `--deliver`: a policy word, a start sequence, or a duration back from now.
    /// - Throws: a ``UsageError`` for anything else.
    static func applyDeliver(_ text: String, to config: inout ConsumerConfig) throws
        -> DeliverStart
    {
        config.startSequence = nil
        config.startTime = nil
        switch text.lowercased() {
        case "all": config.deliverPolicy = .all
        case "last": config.deliverPolicy = .last
        case "new", "next": config.deliverPolicy = .new
        case "last_per_subject", "last-per-subject", "subject":
            config.deliverPolicy = .lastPerSubject
            if config.filters.isEmpty { config.filterSubject = ">" }
        default:
            if let sequence = UInt64(text), sequence > 0 {
                config.deliverPolicy = .byStartSequence
                config.startSequence = sequence
                return .fixed
            }
            guard let back = try? DurationText.parse(text), back > .zero else {
                throw UsageError(
                    "invalid --deliver \"\(text)\": use all, last, new, last_per_subject, a "
                        + "sequence number such as 100, or a duration such as 1h")
            }
            config.deliverPolicy = .byStartTime
            config.startTime = Date(timeIntervalSinceNow: -back.seconds)
            return .relative
        }
        return .fixed
    }

    /// `--backoff linear|none` with its steps and bounds. Linear spreads the steps evenly
    /// from the minimum to the maximum; an unlimited `max_deliver` becomes steps + 1, since the
    /// server wants more deliveries than backoff steps.
    private static func applyBackoff(_ invocation: Invocation, to config: inout ConsumerConfig)
        throws
    {
        guard let policy = invocation.string("backoff") else {
            if ["backoff-steps", "backoff-min", "backoff-max"].contains(where: {
                invocation.source($0) == .commandLine
            }) {
                throw UsageError(
                    "--backoff-steps, --backoff-min and --backoff-max need --backoff linear")
            }
            return
        }
        guard policy == "linear" else {
            config.backoff = nil
            return
        }
        let steps = invocation.int("backoff-steps") ?? 10
        let minimum = invocation.duration("backoff-min") ?? .seconds(60)
        let maximum = invocation.duration("backoff-max") ?? .seconds(1200)
        guard minimum > .zero, maximum >= minimum else {
            throw UsageError("--backoff-min must be above zero and not above --backoff-max")
        }
        config.backoff = linearBackoff(steps: steps, from: minimum, to: maximum)
        if (config.maxDeliver ?? -1) <= steps {
            config.maxDeliver = steps + 1
        }
        config.ackWait = nil
    }

    /// `steps` delays from `minimum` to `maximum`, evenly spaced, rounded to whole seconds
    /// when they are at least a second.
    static func linearBackoff(steps: Int, from minimum: Duration, to maximum: Duration)
        -> [Duration]
    {
        guard steps > 1 else { return [minimum] }
        let span = maximum - minimum
        return (0..<steps).map { index in
            let delay = minimum + span * (Double(index) / Double(steps - 1))
            let seconds = delay.components.seconds
            return seconds >= 1 ? .seconds(seconds) : delay
        }
    }
}
