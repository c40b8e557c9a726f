import ArgumentKit
import FoundationEssentials
import JetStream

/// `natsctl stream restore SOURCE`: restores a stream (and its consumers) from a backup made by
/// `stream backup` or the `nats` CLI, then checks the stream's state against the backup's.
enum StreamRestoreCommand {
    static let command = Command(
        name: "restore",
        abstract: "Restore a stream from a backup",
        discussion: """
            SOURCE is a .tar.gz/.tgz or .tar file, a directory in the nats CLI's layout, or `-` \
            for standard input. The whole backup is verified (checksums, complete archive) \
            before the server is asked to restore; a stream that exists is refused unless \
            --replace (confirmed on a terminal, or -f). After the upload the stream's messages, \
            bytes and first and last sequence must equal the backup's, or the restore fails.
            """,
        arguments: [Argument("source", value: .file, help: "Backup file, directory, or -")],
        options: [
            .flag("replace", help: "Delete an existing stream of the same name first"),
            .flag("force", short: "f", help: "Replace without asking"),
            .option(
                "replicas", value: .int(1...5), help: "Number of replicas of the restored stream"),
            .option(
                "cluster", help: "Place the restored stream in this cluster", valueName: "CLUSTER"),
            .option("tag", repeatable: true, help: "Placement tag (repeatable)", aliases: ["tags"]),
            .option(
                "config", value: .file,
                help: "Restore with this configuration (same stream name)", valueName: "FILE"),
            .flag(
                "progress", negatable: true, default: true,
                help: "Show a progress bar on a terminal"),
        ],
        examples: [
            "natsctl stream restore backup/transactions.tar.gz",
            "natsctl stream restore backups/ORDERS --replace -f --replicas 3",
            "ssh host 'cat orders.tar' | natsctl stream restore -",
        ],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let source = invocation.argument("source") ?? ""
        if source.isEmpty { throw UsageError("a backup SOURCE is required") }
        let location = BackupLocation(restoreSource: source)
        var options = RestoreOptions()
        options.replicas = invocation.int("replicas")
        options.cluster = invocation.string("cluster")
        let tags = invocation.strings("tag")
        if !tags.isEmpty { options.tags = tags }
        if let path = invocation.string("config") {
            guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: path)) else {
                throw UsageError("cannot read config file \(path)")
            }
            if let problem = JSONSyntaxCheck.firstError(in: [UInt8](bytes)) {
                throw UsageError(
                    "malformed config file \(path), line \(problem.line), column \(problem.column): \(problem.problem)"
                )
            }
            options.replacementConfig = [UInt8](bytes)
        }
        if invocation.isOn("replace") {
            options.replaceExisting = true
            if !invocation.isOn("force") {
                guard context.canPrompt, source != "-" else {
                    throw UsageError(
                        "--replace needs confirmation: pass -f as well (no terminal to ask on)")
                }
                let contents = try await backupCall("read the backup \(source)") {
                    try BackupManager.inspect(location)
                }
                guard
                    context.terminal.confirm(
                        "Replace stream \(contents.streamName) if it exists, deleting its messages?"
                    )
                else { throw CommandFailure("restore was cancelled") }
            }
        }
        let bar = TransferBar(
            enabled: invocation.flag("progress") ?? true, terminal: context.terminal,
            label: "Restoring")
        options.progress = bar.handler
        let manager = try await context.backupManager()
        let result = try await backupCall("restore from \(source)") {
            try await manager.restore(from: location, options: options)
        }
        bar.finish()
        let replaced = result.replacedExisting ? " (replaced the existing stream)" : ""
        context.terminal.line(
            "Restored stream \(result.stream)\(replaced): \(Humanize.bytes(result.bytes)) in "
                + "\(Humanize.count(result.chunks)) chunks in \(Humanize.duration(result.duration.roundedToSeconds)) "
                + "(\(TransferRates.rate(bytes: result.bytes, over: result.duration))); "
                + (result.verified
                    ? "messages, bytes and sequences match the backup"
                    : "state checked"))
    }
}
