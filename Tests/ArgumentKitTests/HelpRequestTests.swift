import Testing

@testable import ArgumentKit

@Suite struct HelpRequestTests {
    private func helpText(_ arguments: [String]) throws -> String? {
        if case .showHelp(let text) = try SampleTree.program.parse(arguments) { return text }
        return nil
    }

    @Test func helpFlagsShowTheDeepestCommand() throws {
        let addHelp = SampleTree.program.help(for: ["natsctl", "stream", "add"])
        #expect(addHelp != nil)
        #expect(try helpText(["stream", "add", "--help"]) == addHelp)
        #expect(try helpText(["str", "create", "-h"]) == addHelp)
        #expect(try helpText(["--help", "stream", "add"]) == addHelp)
        #expect(try helpText(["stream", "add", "--bogus", "--help"]) == addHelp)
        #expect(try helpText(["--help"]) == SampleTree.program.help(for: ["natsctl"]))
        #expect(
            try helpText(["stream", "-h"]) == SampleTree.program.help(for: ["natsctl", "str"]))
    }

    @Test func helpCommandShowsTheNamedCommand() throws {
        let addHelp = SampleTree.program.help(for: ["natsctl", "stream", "add"])
        #expect(try helpText(["help", "stream", "add"]) == addHelp)
        #expect(try helpText(["help", "str", "new"]) == addHelp)
        #expect(try helpText(["help"]) == SampleTree.program.help(for: ["natsctl"]))
        let streamHelp = SampleTree.program.help(for: ["natsctl", "stream"])
        #expect(try helpText(["help", "stream", "--help"]) == streamHelp)
    }

    @Test func versionFlagAtTheRoot() throws {
        guard case .showVersion(let text) = try SampleTree.program.parse(["--version"]) else {
            Issue.record("expected the version")
            return
        }
        #expect(text == "natsctl 1.2.3\n")
    }

    @Test func helpAfterDoubleDashIsAnArgument() throws {
        #expect(try helpText(["pub", "x", "--", "-h"]) == nil)
    }

    @Test func declaredHelpCommandReplacesTheBuiltin() throws {
        let root = Command(
            name: "tool", abstract: "",
            subcommands: [Command(name: "help", abstract: "Mine", run: { _ in })])
        let program = Program(root: root, version: "1")
        #expect(program.root.subcommands.count == 1)
        #expect(try invocation(["help"], program: program).commandPath == ["tool", "help"])
    }

    @Test func unknownPathHasNoHelp() {
        #expect(SampleTree.program.help(for: ["natsctl", "nope"]) == nil)
        #expect(SampleTree.program.help(for: ["other"]) == nil)
    }
}

@Suite struct SingleCommandProgramTests {
    @Test func rootWithArgumentsGetsNoHelpCommand() throws {
        let program = Program(
            root: Command(
                name: "echoer", abstract: "Echo",
                arguments: [Argument("words", optional: true, variadic: true, help: "Words")],
                run: { _ in }),
            version: "1")
        #expect(program.root.subcommands.isEmpty)
        #expect(program.specProblems.isEmpty)
        #expect(
            try invocation(["help", "me"], program: program).arguments("words") == ["help", "me"])
    }
}
