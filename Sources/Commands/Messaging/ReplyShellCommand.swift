import ArgumentKit
import FoundationEssentials
import NATSClient

/// `reply --command`: the command line, run once per request through ``ShellCommand``.
struct ReplyShellCommand: Sendable {
    let template: MessageTemplate
    let timeout: Duration

    /// The `--command` of the invocation, or `nil` without one.
    /// - Throws: a ``UsageError`` for an empty command.
    init?(_ invocation: Invocation) throws {
        guard let text = invocation.string("command") else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            throw UsageError("--command is empty: give a shell command line")
        }
        template = MessageTemplate(text)
        timeout = invocation.duration("command-timeout") ?? .seconds(30)
    }

    /// Runs the command for one request and returns its output; failures are reported on
    /// standard error and the output so far is still the reply.
    func reply(to request: Message, values: MessageTemplate.Values, terminal: Terminal) -> Data {
        let line = Self.substituteTokens(of: request.subject, in: template.render(values))
        var environment = Self.tokenVariables(of: request.subject)
        environment["NATS_REQUEST_SUBJECT"] = request.subject
        if let body = String(validating: request.payload, as: UTF8.self), !body.contains("\0") {
            environment["NATS_REQUEST_BODY"] = body
        }
        do {
            let outcome = try ShellCommand.run(
                line, input: [UInt8](request.payload), extraEnvironment: environment,
                timeout: timeout)
            if outcome.timedOut {
                terminal.errLine(
                    "natsctl: warning: the command for \(request.subject) was killed after "
                        + Humanize.duration(timeout) + " (--command-timeout)")
            } else if outcome.status != 0 {
                terminal.errLine(
                    "natsctl: warning: the command for \(request.subject) exited with status "
                        + "\(outcome.status)")
            }
            return Data(outcome.output)
        } catch {
            terminal.errLine("natsctl: warning: \(error)")
            return Data()
        }
    }

    /// `{{0}}`, `{{1}}`, … replaced by `${NATS_REQUEST_TOKEN_0}`, … : the shell expands the
    /// tokens from the environment, so a token can never run as shell code.
    static func substituteTokens(of subject: String, in line: String) -> String {
        var result = line
        let count = subject.split(separator: ".", omittingEmptySubsequences: false).count
        for index in (0..<count).reversed() {
            result = result.replacing("{{\(index)}}", with: "${NATS_REQUEST_TOKEN_\(index)}")
        }
        return result
    }

    /// `NATS_REQUEST_TOKEN_0`, `NATS_REQUEST_TOKEN_1`, … for the subject's tokens.
    static func tokenVariables(of subject: String) -> [String: String] {
        let tokens = subject.split(separator: ".", omittingEmptySubsequences: false)
        var variables: [String: String] = [:]
        for (index, token) in tokens.enumerated() {
            variables["NATS_REQUEST_TOKEN_\(index)"] = String(token)
        }
        return variables
    }
}
