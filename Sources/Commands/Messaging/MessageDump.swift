import ArgumentKit
import FoundationEssentials
import NATSClient

/// `sub --dump DIR`: each message as one JSON file, `DIR/<n>.json`, where n is the stream
/// sequence of a JetStream message and the message count otherwise. The record is the one of
/// `sub --json`.
struct MessageDump: Sendable {
    let directory: String

    /// Creates the directory when it is missing.
    /// - Throws: a ``UsageError`` for `-` (use `--json`), a ``CommandFailure`` when the
    ///   directory cannot be made.
    init(_ directory: String) throws {
        if directory == "-" {
            throw UsageError("--dump - is not supported: --json prints one JSON object per line")
        }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("cannot create the --dump directory \(directory): \(error)")
        }
        self.directory = directory
    }

    /// Writes one message; a failed write is reported on standard error.
    func write(
        _ message: Message, number: Int, jetStream: JetStreamFields?, terminal: Terminal
    ) {
        let name = jetStream.map { String($0.sequence) } ?? String(number)
        let path = directory + "/" + name + ".json"
        let record = MessageRendering(mode: .jsonLines).render(
            message, number: number, received: Timestamps.now(), jetStream: jetStream)
        do {
            try Data(record.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            terminal.errLine("natsctl: warning: could not write \(path): \(error)")
        }
    }
}
