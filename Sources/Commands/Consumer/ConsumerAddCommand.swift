import ArgumentKit
import JetStream

/// `natsctl consumer add [STREAM] [NAME]`: creates a consumer from flags or `--config`,
/// idempotently.
enum ConsumerAddCommand {
    static let command = Command(
        name: "add", aliases: ["create", "new"],
        abstract: "Create a consumer, or check that it exists as configured",
        discussion: """
            NAME becomes the durable name (with --ephemeral, the name of an ephemeral \
            consumer). Without --target the consumer is a pull consumer. Nothing is ever \
            asked: what the flags leave out takes the defaults of --defaults (deliver all, \
            explicit acks for pull and none for push, instant replay, no backoff).

            Re-running with the same settings succeeds and says "unchanged"; a difference in \
            fields the server can edit is applied and shown; a difference in a field it cannot \
            edit (ack policy, deliver policy, replay, pull or push, ...) is refused (exit 1) \
            with the field named. --dry-run prints what would be created or changed and exits \
            0 when nothing would change, 3 when something would.

            --config FILE takes a ConsumerConfig or `consumer info --json` output; a file may \
            name its stream ("stream"), so STREAM can be left out. Flags beside --config \
            override the file's values.
            """,
        arguments: [
            Argument("stream", optional: true, help: "Stream name (may come from --config)"),
            Argument("name", optional: true, help: "Consumer name (may come from --config)"),
        ],
        options: ConsumerConfigOptions.editable + ConsumerConfigOptions.createOnly + [
            .option(
                "config", value: .file,
                help: "Configuration file: a ConsumerConfig or `consumer info --json` output",
                valueName: "FILE"),
            .flag("defaults", help: "Use default values for everything not given (never prompt)"),
            .flag("json", short: "j", help: "Print the consumer's info as JSON"),
            .flag(
                "dry-run",
                help:
                    "Show what would be created or changed; exit 0 when nothing would, 3 when something would"
            ),
        ],
        examples: [
            "natsctl consumer add NOTIFICATIONS notification-engine-consumer --filter 'events.notifications.*' --ack explicit --pull --deliver all --max-deliver 3 --wait 30s",
            "natsctl consumer add ORDERS shipping --target deliver.shipping --deliver new",
            "natsctl consumer add --config consumer.json",
        ],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        var (stream, config) = try requested(invocation)
        let start = try ConsumerConfigOptions.apply(invocation, to: &config, creating: true)
        ConsumerConfigOptions.applyDefaults(to: &config)
        try ConsumerNames.validate(config)
        let provisioner = ConsumerProvisioner(
            manager: try await context.jetStream(), terminal: context.terminal,
            dryRun: invocation.isOn("dry-run"), json: invocation.isOn("json"))
        let outcome = try await provisioner.apply(
            stream: stream, config, relativeStart: start == .relative)
        if outcome.isDrift { throw ExitStatus(3) }
    }

    /// The stream and the configuration before the flags apply: from `--config` or empty,
    /// with the name from NAME.
    private static func requested(_ invocation: Invocation) throws -> (String, ConsumerConfig) {
        var positional = [invocation.argument("stream"), invocation.argument("name")].compactMap {
            $0
        }
        var config = ConsumerConfig()
        var stream: String?
        if let path = invocation.string("config") {
            let file = try ConsumerConfigFile.load(path)
            config = file.config
            if let named = file.stream, positional.count < 2, positional.first != named {
                stream = named
            }
        }
        if stream == nil {
            guard !positional.isEmpty else {
                throw UsageError("a stream name is required: consumer add STREAM NAME")
            }
            stream = positional.removeFirst()
        }
        // NAME replaces the file's name of the same kind: `name` when the file has only that,
        // else the durable name.
        if let name = positional.first {
            if config.name != nil && config.durableName == nil {
                config.name = name
            } else {
                config.durableName = name
                config.name = nil
            }
        }
        if invocation.isOn("ephemeral") {
            config.name = config.name ?? config.durableName
            config.durableName = nil
        } else if config.name == nil && config.durableName == nil {
            throw UsageError(
                "a consumer name is required: consumer add STREAM NAME (or --ephemeral)")
        }
        return (try StreamNames.checked(stream), config)
    }
}

/// Consumer name checks shared by the consumer commands.
enum ConsumerNames {
    /// The name, checked against the server's rules before any request.
    /// - Throws: a ``UsageError`` for a missing or invalid name.
    static func checked(_ name: String?) throws -> String {
        guard let name, !name.isEmpty else { throw UsageError("a consumer name is required") }
        do {
            try Validation.validateConsumerName(name)
        } catch {
            throw UsageError("\(error)")
        }
        return name
    }

    /// Checks a whole configuration (names, subjects, combinations) before anything is sent.
    /// - Throws: a ``UsageError`` saying what the server would refuse.
    static func validate(_ config: ConsumerConfig) throws {
        do {
            try Validation.validate(config)
        } catch {
            throw UsageError("\(error)")
        }
    }
}
