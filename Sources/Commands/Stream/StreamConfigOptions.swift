import ArgumentKit
import FoundationEssentials
import JetStream

/// The stream configuration flags shared by `stream add` and `stream edit`, and how they are
/// applied on top of a configuration (from `--config`, the live stream, or nothing).
enum StreamConfigOptions {
    /// The flags both commands accept.
    static let shared: [Option] = [
        .option(
            "subjects", repeatable: true,
            help: "Subjects the stream stores (repeatable; comma or space separated)",
            valueName: "SUBJECTS"),
        .option("description", help: "A description of the stream", valueName: "TEXT"),
        .option(
            "retention", value: .choice(["limits", "interest", "workq", "work", "workqueue"]),
            help: "Retention policy"),
        .option(
            "discard", value: .choice(["old", "new"]), help: "Which messages a full stream discards"
        ),
        .option("max-msgs", value: .int, help: "Maximum messages in the stream (-1 unlimited)"),
        .option("max-bytes", value: .bytes, help: "Maximum size of the stream (-1 unlimited)"),
        .option("max-age", value: .duration, help: "Maximum age of messages (-1 unlimited)"),
        .option("max-msg-size", value: .bytes, help: "Maximum size of one message (-1 unlimited)"),
        .option(
            "max-msgs-per-subject", value: .int,
            help: "Maximum messages kept per subject (-1 unlimited)"),
        .option(
            "max-consumers", value: .int, help: "Maximum consumers of the stream (-1 unlimited)"),
        .option(
            "dupe-window", value: .duration, help: "Window for duplicate detection by message id"),
        .option("replicas", value: .int(1...5), help: "Number of replicas"),
        .option(
            "compression", value: .choice(["none", "s2"]),
            help: "On-disk compression (file storage)"),
        .flag("allow-rollup", negatable: true, help: "Allow Nats-Rollup headers to purge subjects"),
        .flag("deny-delete", negatable: true, help: "Refuse deleting single messages"),
        .flag("deny-purge", negatable: true, help: "Refuse purging the stream"),
        .flag("allow-direct", negatable: true, help: "Allow direct get of messages"),
        .flag("ack", negatable: true, help: "Acknowledge publishes (--no-ack turns acks off)"),
        .flag(
            "discard-per-subject", negatable: true,
            help: "Apply the discard-new policy per subject"),
        .option(
            "source", repeatable: true,
            help:
                "Stream to source messages from: a name, or a StreamSource JSON object (repeatable)",
            valueName: "STREAM|JSON"),
        .option(
            "metadata", repeatable: true, help: "Metadata KEY=VALUE (repeatable)",
            valueName: "KEY=VALUE"),
        .option("tag", repeatable: true, help: "Placement tag (repeatable)", aliases: ["tags"]),
        .option("cluster", help: "Placement cluster", valueName: "CLUSTER"),
        .option(
            "config", value: .file,
            help:
                "Configuration file: a StreamConfig, `stream info --json` output, an array, or {streams, consumers}",
            valueName: "FILE"),
        .flag("json", short: "j", help: "Print the stream's info as JSON"),
        .flag(
            "dry-run",
            help:
                "Show what would be created or changed; exit 0 when nothing would, 3 when something would"
        ),
    ]

    /// The flags only `stream add` has.
    static let addOnly: [Option] = [
        .option("storage", value: .choice(["file", "f", "memory", "m"]), help: "Storage backend"),
        .option("first-sequence", value: .int(atLeast: 0), help: "Sequence of the first message"),
        .option(
            "mirror",
            help: "Stream to mirror: a name, or a StreamSource JSON object (no --subjects then)",
            valueName: "STREAM|JSON"),
        .flag(
            "allow-mirror-direct", negatable: true,
            help: "Serve direct gets of the mirrored stream from this mirror"),
        .flag("defaults", help: "Use default values for everything not given (never prompt)"),
        .flag(
            "update",
            help: "Apply the requested configuration when the stream exists with a different one"),
    ]

    /// The names of the flags that change the configuration (as opposed to how it is applied).
    static let configFlags: [String] =
        [
            "subjects", "description", "retention", "discard", "max-msgs", "max-bytes", "max-age",
            "max-msg-size", "max-msgs-per-subject", "max-consumers", "dupe-window", "replicas",
            "compression", "allow-rollup", "deny-delete", "deny-purge", "allow-direct", "ack",
            "discard-per-subject", "source", "metadata", "tag", "cluster",
        ]

    /// The configuration flags given on this command line.
    static func given(_ invocation: Invocation, addOnly: Bool) -> [String] {
        (configFlags
            + (addOnly ? ["storage", "first-sequence", "mirror", "allow-mirror-direct"] : []))
            .filter {
                invocation.isSet($0)
            }
    }

    /// Applies every configuration flag that was given to `config`.
    /// - Throws: a ``UsageError`` for a malformed `--metadata` value.
    static func apply(_ invocation: Invocation, to config: inout StreamConfig, addOnly: Bool) throws
    {
        let subjects = splitList(invocation.strings("subjects"))
        if !subjects.isEmpty { config.subjects = subjects }
        if let text = invocation.string("description") { config.description = text }
        if let retention = invocation.string("retention") {
            config.retention =
                retention == "limits" ? .limits : retention == "interest" ? .interest : .workQueue
        }
        if let discard = invocation.string("discard") {
            config.discard = discard == "new" ? .new : .old
        }
        if let value = invocation.int64("max-msgs") { config.maxMessages = value < 0 ? -1 : value }
        if let value = invocation.bytes("max-bytes") { config.maxBytes = value < 0 ? -1 : value }
        if let value = invocation.duration("max-age") {
            config.maxAge = value < .zero ? .zero : value
        }
        if let value = invocation.bytes("max-msg-size") {
            config.maxMessageSize = value < 0 ? -1 : Int(value)
        }
        if let value = invocation.int64("max-msgs-per-subject") {
            config.maxMessagesPerSubject = value < 0 ? -1 : value
        }
        if let value = invocation.int("max-consumers") {
            config.maxConsumers = value < 0 ? -1 : value
        }
        if let value = invocation.duration("dupe-window") {
            config.duplicateWindow = value < .zero ? .zero : value
        }
        if let value = invocation.int("replicas") { config.replicas = value }
        if let value = invocation.string("compression") {
            config.compression = value == "s2" ? .s2 : StoreCompression.none
        }
        if let value = invocation.flag("allow-rollup") { config.allowRollup = value }
        if let value = invocation.flag("deny-delete") { config.denyDelete = value }
        if let value = invocation.flag("deny-purge") { config.denyPurge = value }
        if let value = invocation.flag("allow-direct") { config.allowDirect = value }
        if let value = invocation.flag("ack") { config.noAck = !value }
        if let value = invocation.flag("discard-per-subject") {
            config.discardNewPerSubject = value
        }
        let sources = try invocation.strings("source").map {
            try streamSource($0, flag: "--source")
        }
        if !sources.isEmpty { config.sources = sources }
        config.metadata = try MetadataPairs.merge(
            invocation.strings("metadata"), into: config.metadata)
        let tags = invocation.strings("tag")
        if !tags.isEmpty || invocation.isSet("cluster") {
            var placement = config.placement ?? Placement()
            if !tags.isEmpty { placement.tags = tags }
            if let cluster = invocation.string("cluster") { placement.cluster = cluster }
            config.placement = placement
        }
        guard addOnly else { return }
        if let storage = invocation.string("storage") {
            config.storage = storage.hasPrefix("m") ? .memory : .file
        }
        if let first = invocation.int64("first-sequence") { config.firstSequence = UInt64(first) }
        if let mirror = invocation.string("mirror") {
            if !(config.subjects ?? []).isEmpty {
                throw UsageError(
                    "--mirror and --subjects exclude each other: a mirror stores the subjects "
                        + "of the stream it mirrors")
            }
            config.mirror = try streamSource(mirror, flag: "--mirror")
        }
        if let direct = invocation.flag("allow-mirror-direct") { config.mirrorDirect = direct }
    }

    /// A `--mirror` or `--source` value: a stream name, or a StreamSource JSON object such as
    /// `{"name": "ORDERS", "filter_subject": "orders.eu.*"}`.
    /// - Throws: a ``UsageError`` for an invalid name or malformed JSON.
    static func streamSource(_ value: String, flag: String) throws -> StreamSource {
        guard value.hasPrefix("{") else {
            return StreamSource(name: try StreamNames.checked(value))
        }
        do {
            let source = try JSONDecoder().decode(StreamSource.self, from: Data(value.utf8))
            _ = try StreamNames.checked(source.name)
            return source
        } catch let error as DecodingError {
            throw UsageError("invalid \(flag) JSON: \(ProvisioningFile.describe(error))")
        }
    }

    /// Splits `--subjects` values given as comma or space separated lists.
    static func splitList(_ values: [String]) -> [String] {
        values.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) }
    }
}
