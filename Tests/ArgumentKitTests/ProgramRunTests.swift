import Testing

@testable import ArgumentKit

private struct Boom: Error, CustomStringConvertible {
    var description: String { "connection refused" }
}

@Suite struct ProgramRunTests {
    private static let program = Program(
        root: Command(
            name: "tool", abstract: "Tool",
            options: [
                .option("fail", value: .choice(["usage", "status", "boom"]), help: "How")
                    .inherited()
            ],
            subcommands: [
                Command(
                    name: "go", abstract: "Go",
                    arguments: [Argument("what", optional: true, help: "What")],
                    run: { invocation in
                        switch invocation.string("fail") {
                        case "usage": throw UsageError("--fail cannot be used here")
                        case "status": throw ExitStatus(3)
                        case "boom": throw Boom()
                        default: guard invocation.argument("what") == "ok" else { throw Boom() }
                        }
                    })
            ]),
        version: "0.1.0")

    private func run(_ arguments: [String], reportError: ErrorReporter? = nil) async -> (
        Int32, CapturedOutput
    ) {
        let output = CapturedOutput()
        let code: Int32
        if let reportError {
            code = await Self.program.run(
                arguments, environment: [:], output: output.sink, reportError: reportError)
        } else {
            code = await Self.program.run(arguments, environment: [:], output: output.sink)
        }
        return (code, output)
    }

    @Test func successExitsZeroQuietly() async {
        let (code, output) = await run(["go", "ok"])
        #expect(code == 0)
        #expect(output.standardOutput.isEmpty)
        #expect(output.standardError.isEmpty)
    }

    @Test func helpAndVersionGoToStandardOutput() async {
        let (helpCode, help) = await run(["go", "--help"])
        #expect(helpCode == 0)
        #expect(help.standardOutput.hasPrefix("Go\n\nUsage: tool go [options] [<what>]\n"))
        #expect(help.standardError.isEmpty)
        let (versionCode, version) = await run(["--version"])
        #expect(versionCode == 0)
        #expect(version.standardOutput == "tool 0.1.0\n")
    }

    @Test func bindingErrorsExitTwoOnStandardError() async {
        let (code, output) = await run(["og"])
        #expect(code == 2)
        #expect(output.standardOutput.isEmpty)
        #expect(output.standardError.hasPrefix("tool: error: unknown command 'og' for 'tool'\n"))
        #expect(output.standardError.contains("Did you mean 'go'?\n"))
    }

    @Test func usageErrorsFromActionsGetTheCommandsUsage() async {
        let (code, output) = await run(["go", "--fail", "usage"])
        #expect(code == 2)
        #expect(
            output.standardError == """
                tool: error: --fail cannot be used here
                Usage: tool go [options] [<what>]
                See 'tool go --help' for more information.

                """)
    }

    @Test func exitStatusIsSilent() async {
        let (code, output) = await run(["go", "--fail", "status"])
        #expect(code == 3)
        #expect(output.standardError.isEmpty)
    }

    @Test func otherErrorsExitOneWithTheirDescription() async {
        let (code, output) = await run(["go", "--fail", "boom"])
        #expect(code == 1)
        #expect(output.standardError == "tool: error: connection refused\n")
    }

    @Test func theReporterDecidesMessageAndCode() async {
        let (code, output) = await run(["go"]) { error in
            ErrorReport(message: "custom: \(error)", exitCode: 7)
        }
        #expect(code == 7)
        #expect(output.standardError == "tool: error: custom: connection refused\n")
        let (silentCode, silent) = await run(["go"]) { _ in
            ErrorReport(message: nil, exitCode: 4)
        }
        #expect(silentCode == 4)
        #expect(silent.standardError.isEmpty)
    }

    @Test func exitStatusConstants() {
        #expect(ExitStatus.success.code == 0)
        #expect(ExitStatus.failure.code == 1)
        #expect(ExitStatus.usage.code == 2)
    }
}
