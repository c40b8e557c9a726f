import ArgumentKit
import JetStream

/// `natsctl stream backup NAME TARGET`: a snapshot of a stream (and its consumers) to a gzip tar,
/// a tar, a directory in the `nats` CLI's layout, or standard output.
enum StreamBackupCommand {
    static let command = Command(
        name: "backup", aliases: ["snapshot"],
        abstract: "Back up a stream to a file or directory",
        discussion: """
            TARGET ending in .tar.gz or .tgz: one gzip tar file with backup.json and \
            stream.tar.s2 (plus a manifest with their checksums); .tar: the same without gzip; \
            `-`: the tar stream on standard output; anything else: a directory in the nats \
            CLI's layout, so backups move between natsctl and the nats CLI both ways. The data \
            is written as it arrives (memory stays flat) to a temporary name, renamed when \
            complete. Memory-storage streams cannot be backed up.
            """,
        arguments: [
            Argument("name", help: "Stream name"),
            Argument("target", value: .file, help: "File, directory, or - for standard output"),
        ],
        options: [
            .option(
                "chunk-size", value: .bytes, default: "128KiB",
                help: "Size of the chunks the server sends"),
            .flag(
                "consumers", negatable: true, default: true,
                help: "Include the stream's consumers"),
            .flag("check", help: "Have the server verify message checksums while snapshotting"),
            .option(
                "idle-timeout", value: .duration, default: "30s",
                help: "How long to wait for the next chunk before giving up"),
            .flag(
                "progress", negatable: true, default: true,
                help: "Show a progress bar on a terminal"),
        ],
        examples: [
            "natsctl stream backup TRANSACTIONS backup/transactions.tar.gz",
            "natsctl stream backup ORDERS backups/ORDERS --no-consumers",
            "natsctl stream backup ORDERS - | ssh host 'cat > orders.tar'",
        ],
        run: CommandContext.action(run))

    static func run(_ context: CommandContext) async throws {
        let invocation = context.invocation
        let name = try StreamNames.checked(invocation.argument("name"))
        let target = invocation.argument("target") ?? ""
        if target.isEmpty { throw UsageError("a backup TARGET is required") }
        let chunkSize = invocation.bytes("chunk-size") ?? 128 * 1024
        guard chunkSize >= 1024 && chunkSize <= 64 * 1024 * 1024 else {
            throw UsageError("--chunk-size must be between 1KiB and 64MiB")
        }
        let toStandardOutput = target == "-"
        if toStandardOutput && context.terminal.stdoutIsTerminal {
            throw UsageError(
                "refusing to write a tar stream to a terminal: redirect standard output")
        }
        let bar = TransferBar(
            enabled: invocation.flag("progress") ?? true, terminal: context.terminal,
            label: "Backing up \(name)")
        var options = BackupOptions()
        options.toolVersion = "natsctl \(Natsctl.version)"
        options.snapshot.chunkSize = Int(chunkSize)
        options.snapshot.includeConsumers = invocation.flag("consumers") ?? true
        options.snapshot.checkMessages = invocation.isOn("check")
        if let idle = invocation.duration("idle-timeout"), idle > .zero {
            options.snapshot.idleTimeout = idle
        }
        options.progress = bar.handler
        let manager = try await context.backupManager()
        let result = try await backupCall("back up stream \(name)") {
            try await manager.backup(
                stream: name, to: BackupLocation(backupTarget: target), options: options)
        }
        bar.finish()
        let summary = result.snapshot
        let line =
            "Backed up stream \(name) to \(toStandardOutput ? "standard output" : target): "
            + "\(Humanize.bytes(summary.bytes)) compressed, "
            + "\(Humanize.bytes(summary.uncompressedBytes)) uncompressed, "
            + "\(Humanize.count(summary.chunks)) chunks in \(Humanize.duration(summary.duration.roundedToSeconds)) "
            + "(\(TransferRates.rate(bytes: summary.bytes, over: summary.duration)))"
        if toStandardOutput {
            context.terminal.errLine(line)
        } else {
            context.terminal.line(line)
        }
    }
}

extension CommandContext {
    /// A backup manager on the connection, with the API prefix and timeout applied.
    /// - Throws: what ``connect(keepReconnecting:)`` throws.
    func backupManager() async throws -> BackupManager {
        let settings = try connectionSettings()
        let prefix =
            settings.jsAPIPrefix ?? settings.jsDomain.map { "$JS.\($0).API" } ?? "$JS.API"
        return BackupManager(
            connection: try await connect(), apiPrefix: prefix, requestTimeout: timeout)
    }
}

/// Runs a backup or restore, mapping bad input (a missing or damaged backup, a bad target, a
/// rename) to usage errors (exit 2) and everything else to runtime failures (exit 1).
/// - Throws: ``UsageError`` or ``CommandFailure``.
func backupCall<T>(_ doing: String, _ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as BackupError where error.isValidationError {
        throw UsageError("\(error)")
    } catch {
        return try await jetStreamCall(doing) { throw error }
    }
}
