import ArgumentKit
import FoundationEssentials
import NATSClient

/// `sub --translate CMD`: each message body is shown as the output of a shell command that
/// reads the body on its standard input (for example `jq .` or `base64 -d`).
struct BodyTranslation: Sendable {
    let command: String
    /// A translation that takes longer is cut off; the output so far is shown.
    static let timeout: Duration = .seconds(10)

    /// The `--translate` of the invocation, or `nil` without one.
    /// - Throws: a ``UsageError`` for an empty command.
    init?(_ invocation: Invocation) throws {
        guard let command = invocation.string("translate") else { return nil }
        if command.allSatisfy(\.isWhitespace) {
            throw UsageError("--translate is empty: give a shell command such as 'jq .'")
        }
        self.command = command
    }

    /// The translated body; on failure the original body, with a warning on standard error.
    func translate(_ message: Message, terminal: Terminal) -> Data {
        do {
            let outcome = try ShellCommand.run(
                command, input: [UInt8](message.payload),
                extraEnvironment: ["NATS_MESSAGE_SUBJECT": message.subject],
                timeout: Self.timeout)
            if outcome.timedOut || outcome.status != 0 {
                let why =
                    outcome.timedOut
                    ? "ran past \(Humanize.duration(Self.timeout))"
                    : "exited with status \(outcome.status)"
                terminal.errLine(
                    "natsctl: warning: --translate \(why) for a message on \(message.subject)")
            }
            var output = outcome.output
            if output.last == UInt8(ascii: "\n") { output.removeLast() }
            return Data(output)
        } catch {
            terminal.errLine("natsctl: warning: --translate: \(error); showing the body as it is")
            return message.payload
        }
    }
}
