import Testing

@testable import ArgumentKit

@Suite struct HelpRenderingTests {
    @Test func leafHelpHasEverySection() throws {
        let help = try #require(SampleTree.program.help(for: ["natsctl", "stream", "add"]))
        let expected = """
            Create a stream

            Usage: natsctl stream add [options] [<name>]

            Aliases: create, new

            Creates a stream from flags.

            Arguments:
              [<name>]  Stream name

            Options:
                  --subjects SUBJECTS    Subjects (repeatable)
                  --retention RETENTION  Retention policy (one of: limits, interest, workq;
                                         default: limits)
                  --max-age DURATION     Maximum age
                  --max-bytes SIZE       Maximum size
              -R, --replicas N           Replicas
                  --[no-]allow-rollup    Allow roll-ups
              -j, --json                 JSON output
              -f, --force                Do not ask
                  --config FILE          Config file
              -h, --help                 Show help

            Global options:
              -s, --server URL        NATS server URLs (env: NATS_URL)
                  --timeout DURATION  Timeout (default: 5s; env: NATS_TIMEOUT)
                  --trace             Log protocol operations
                  --no-color          Disable colour (env: NO_COLOR)
              -a, --all               Include system streams

            Examples:
              natsctl stream add ORDERS --subjects 'orders.>'

            """
        #expect(help == expected)
    }

    @Test func groupHelpListsSubcommandsWithAliases() throws {
        let help = try #require(SampleTree.program.help(for: ["natsctl", "stream"]))
        #expect(help.contains("Usage: natsctl stream <command> [options]\n"))
        #expect(help.contains("Commands:\n  add, create, new  Create a stream\n  ls, list  "))
        #expect(help.contains("See 'natsctl stream <command> --help' for help on a command."))
        #expect(!help.contains("Global options:\n  -a"))
    }

    @Test func rootHelpShowsVersionAndTheHelpCommand() throws {
        let help = try #require(SampleTree.program.help(for: ["natsctl"]))
        #expect(help.hasPrefix("JetStream administration\n\nUsage: natsctl <command> [options]\n"))
        #expect(help.contains("      --version           Show the version\n"))
        #expect(help.contains("  help            Show help for a command\n"))
        #expect(!help.contains("Global options"))
    }

    @Test func hiddenThingsStayOutOfHelp() throws {
        let root = Command(
            name: "tool", abstract: "Tool",
            options: [.flag("secret", help: "Hidden flag", hidden: true).inherited()],
            subcommands: [
                Command(name: "shown", abstract: "Shown", run: { _ in }),
                Command(name: "ghost", abstract: "Ghost", hidden: true, run: { _ in }),
            ])
        let program = Program(root: root, version: "1")
        let help = try #require(program.help(for: ["tool"]))
        #expect(!help.contains("secret"))
        #expect(!help.contains("ghost"))
        #expect(help.contains("shown"))
        #expect(try invocation(["ghost", "--secret"], program: program).isOn("secret"))
    }

    @Test func longLabelsAndTextWrap() throws {
        let long = String(repeating: "word ", count: 30)
        let root = Command(
            name: "tool", abstract: "Tool",
            options: [
                .option("a-really-long-option-name", help: long, valueName: "SOMETHING"),
                .flag("x", help: "Short"),
            ],
            run: { _ in })
        let help = try #require(Program(root: root, version: "1").help(for: ["tool"]))
        let lines = help.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= TextLayout.width })
        #expect(lines.contains("      --a-really-long-option-name SOMETHING"))
        #expect(lines.contains("  -h, --help     Show help"))
    }

    @Test func wrapKeepsIndentedLinesAndParagraphs() {
        let text = "one two three\n\n    keep   this\nfour"
        #expect(
            TextLayout.wrap(text, width: 8) == ["one two", "three", "", "    keep   this", "four"])
    }

    @Test func usageLines() {
        let program = SampleTree.program
        #expect(
            program.usage(for: [program.root, SampleTree.pub])
                == "natsctl pub [options] <subject> [<body>]")
        #expect(
            program.usage(for: [program.root, SampleTree.sub])
                == "natsctl sub [options] <subjects>...")
        let both = Command(
            name: "grp", abstract: "", subcommands: [Command(name: "x", abstract: "")],
            run: { _ in })
        #expect(program.usage(for: [program.root, both]) == "natsctl grp [<command>] [options]")
        let optional = Argument("rest", optional: true, variadic: true, help: "")
        #expect(optional.usage == "[<rest>...]")
    }

    @Test func usageErrorText() throws {
        let error = try #require(usageError(["stream", "add", "--subject", "x"]))
        #expect(
            SampleTree.program.usageErrorText(error) == """
                natsctl: error: unknown option '--subject'
                Did you mean '--subjects'?
                Usage: natsctl stream add [options] [<name>]
                See 'natsctl stream add --help' for more information.

                """)
        #expect(error.description == "unknown option '--subject' (did you mean '--subjects'?)")
    }

    @Test func missingSubcommandTextListsThem() throws {
        let error = try #require(usageError(["stream"]))
        let text = SampleTree.program.usageErrorText(error)
        #expect(text.hasPrefix("natsctl: error: 'natsctl stream' needs a subcommand\n"))
        #expect(text.contains("\nCommands:\n  add, create, new  Create a stream\n"))
        #expect(text.hasSuffix("See 'natsctl stream --help' for more information.\n"))
    }
}
