import ArgumentKit
import JetStream

/// `natsctl stream add [NAME]`: creates streams from flags or a `--config` file, idempotently.
enum StreamAddCommand {
    static let command = Command(
        name: "add", aliases: ["create", "new"],
        abstract: "Create a stream, or check that it exists as configured",
        discussion: """
            Re-running with the same configuration succeeds and says "unchanged"; a stream \
            that exists with a different configuration is an error (exit 1) that lists the \
            differences, unless --update applies them. --dry-run prints what would be created \
            or changed and exits 0 when nothing would change, 3 when something would.

            --config FILE takes one StreamConfig, `stream info --json` output, an array of \
            configurations, or {"streams": [...], "consumers": [...]}. With NAME, that stream \
            is taken from the file; without it, every stream in the file is applied in order. \
            Durations in files may be nanoseconds or strings such as "7d". Flags beside \
            --config override the file's values. The file's consumers (each naming its \
            "stream") are applied after their streams, as `consumer add` applies them.

            --mirror makes a read-only copy of another stream; --source (repeatable) copies \
            other streams' messages into this one. Both take a stream name or a StreamSource \
            JSON object ({"name": ..., "filter_subject": ..., "opt_start_seq": ...}).

            Without a terminal nothing is asked: NAME and --subjects are required (unless the \
            file gives them, or --mirror or --source is given) and everything else takes the server's defaults, as --defaults.
            """,
        arguments: [Argument("name", optional: true, help: "Stream name")],
        options: StreamConfigOptions.shared + StreamConfigOptions.addOnly,
        examples: [
            "natsctl stream add ORDERS --subjects 'orders.>' --max-age 7d --defaults",
            "natsctl stream add TRANSACTIONS --config streams-setup.json",
            "natsctl stream add --config streams-setup.json --dry-run",
        ],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        var (configs, consumers) = try requestedConfigs(context)
        for index in configs.indices {
            try StreamConfigOptions.apply(invocation, to: &configs[index], addOnly: true)
            try validate(configs[index])
        }
        let provisioner = StreamProvisioner(
            manager: try await context.jetStream(), terminal: context.terminal,
            dryRun: invocation.isOn("dry-run"), update: invocation.isOn("update"),
            json: invocation.isOn("json"))
        var drift = false
        var missingStreams: Set<String> = []
        for config in configs {
            let outcome = try await provisioner.apply(config)
            if outcome == .wouldCreate { missingStreams.insert(config.name) }
            drift = drift || outcome.isDrift
        }
        let consumerProvisioner = ConsumerProvisioner(
            manager: provisioner.manager, terminal: context.terminal,
            dryRun: provisioner.dryRun, json: provisioner.json)
        for (stream, consumer) in consumers {
            // A dry run creates no stream, so its consumers cannot be looked up.
            if missingStreams.contains(stream) {
                let name = consumer.name ?? consumer.durableName ?? ""
                context.terminal.line("Consumer \(stream) > \(name) would be created")
                continue
            }
            let outcome = try await consumerProvisioner.apply(stream: stream, consumer)
            drift = drift || outcome.isDrift
        }
        if drift { throw ExitStatus(3) }
    }

    /// The configurations to apply, from `--config` (streams, then the consumers of those
    /// streams) or from the flags (asking on a terminal).
    private static func requestedConfigs(_ context: CommandContext) throws -> (
        [StreamConfig], [(stream: String, config: ConsumerConfig)]
    ) {
        let invocation = context.invocation
        let name = invocation.argument("name")
        if let path = invocation.string("config") {
            let file = try ProvisioningFile.load(path)
            let streams = try fileStreams(file, name: name, path: path, invocation: invocation)
            let names = Set(streams.map(\.name))
            let consumers = file.consumers.filter { names.contains($0.stream) }
            for (_, consumer) in consumers { try ConsumerNames.validate(consumer) }
            let known = Set(file.streams.map(\.name))
            if let orphan = file.consumers.first(where: { !known.contains($0.stream) }) {
                throw UsageError(
                    "\(path): consumer \(orphan.config.name ?? orphan.config.durableName ?? "") "
                        + "names stream \(orphan.stream), which the file does not define")
            }
            return (streams, consumers)
        }
        var config = StreamConfig(name: try name ?? prompt(context, "Stream Name", flag: "NAME"))
        let subjects = StreamConfigOptions.splitList(invocation.strings("subjects"))
        let replicates = invocation.isSet("mirror") || !invocation.strings("source").isEmpty
        if subjects.isEmpty && !replicates {
            let answer = try prompt(context, "Subjects", flag: "--subjects")
            config.subjects = StreamConfigOptions.splitList([answer])
        }
        return ([config], [])
    }

    /// The streams of a `--config` file that this run applies: the one NAME names, or all.
    private static func fileStreams(
        _ file: ProvisioningFile, name: String?, path: String, invocation: Invocation
    ) throws -> [StreamConfig] {
        if file.isSingleStream {
            var config = file.streams[0]
            if let name { config.name = name }
            return [config]
        }
        if let name {
            guard let match = file.streams.first(where: { $0.name == name }) else {
                let names = file.streams.map(\.name).joined(separator: ", ")
                throw UsageError("stream \(name) is not in \(path) (it has: \(names))")
            }
            return [match]
        }
        let overriding = StreamConfigOptions.given(invocation, addOnly: true)
        if !overriding.isEmpty && file.streams.count > 1 {
            throw UsageError(
                "--\(overriding[0]) would apply to all \(file.streams.count) streams of \(path): "
                    + "name one stream, or put the value in the file")
        }
        return file.streams
    }

    private static func prompt(_ context: CommandContext, _ question: String, flag: String) throws
        -> String
    {
        guard context.canPrompt else {
            throw UsageError("\(flag) is required when there is no terminal to ask on")
        }
        guard let answer = context.terminal.ask(question), !answer.isEmpty else {
            throw UsageError("\(flag) is required")
        }
        return answer
    }

    /// Checks a configuration before anything is sent.
    /// - Throws: a ``UsageError`` saying what the server would refuse.
    static func validate(_ config: StreamConfig) throws {
        do {
            try Validation.validate(config)
        } catch {
            throw UsageError("\(error)")
        }
        if (config.subjects ?? []).isEmpty && config.mirror == nil && (config.sources ?? []).isEmpty
        {
            throw UsageError("stream \(config.name) needs --subjects (or a mirror or sources)")
        }
    }
}
