import Testing

@testable import ArgumentKit

@Suite struct SpecValidatorTests {
    private func problems(_ root: Command) -> [String] {
        Program(root: root, version: "1").specProblems
    }

    private func leaf(
        _ name: String, aliases: [String] = [], arguments: [Argument] = [],
        options: [Option] = []
    ) -> Command {
        Command(
            name: name, aliases: aliases, abstract: name, arguments: arguments, options: options,
            run: { _ in })
    }

    @Test func sampleTreeIsSound() {
        #expect(SampleTree.program.specProblems == [])
    }

    @Test func duplicateCommandNamesAndAliases() {
        let root = Command(
            name: "tool", abstract: "",
            subcommands: [leaf("ls", aliases: ["list"]), leaf("list"), leaf("rm", aliases: ["ls"])])
        #expect(
            problems(root) == [
                "'tool': 'list' names both 'ls' and 'list'",
                "'tool': 'ls' names both 'ls' and 'rm'",
            ])
    }

    @Test func sameNamesInDifferentGroupsAreFine() {
        let root = Command(
            name: "tool", abstract: "",
            subcommands: [
                Command(name: "a", abstract: "", subcommands: [leaf("ls")]),
                Command(name: "b", abstract: "", subcommands: [leaf("ls")]),
            ])
        #expect(problems(root).isEmpty)
    }

    @Test func duplicateOptionsIncludingInheritedOnes() {
        let root = Command(
            name: "tool", abstract: "",
            options: [.option("server", short: "s", help: "").inherited()],
            subcommands: [
                leaf(
                    "go",
                    options: [
                        .flag("server", help: ""), .flag("silent", short: "s", help: ""),
                        .flag("quiet", short: "q", help: ""),
                        .flag("quick", short: "q", help: "", aliases: ["quiet"]),
                    ])
            ])
        #expect(
            problems(root) == [
                "'tool go': '--server' is used by --server and --server",
                "'tool go': '-s' is used by --server and --silent",
                "'tool go': '--quiet' is used by --quiet and --quick",
                "'tool go': '-q' is used by --quiet and --quick",
            ])
    }

    @Test func reservedAndGeneratedNames() {
        let root = Command(
            name: "tool", abstract: "",
            subcommands: [
                leaf(
                    "go",
                    options: [
                        .flag("help", help: ""), .flag("verbose", short: "h", help: ""),
                        .flag("color", negatable: true, help: ""), .flag("no-color", help: ""),
                    ])
            ])
        #expect(
            problems(root) == [
                "'tool go': '--help' is used by the built-in --help and --help",
                "'tool go': '-h' is used by the built-in -h and --verbose",
                "'tool go': '--no-color' is used by --color and --no-color",
            ])
    }

    @Test func namesMustBeShellSafe() {
        let root = Command(
            name: "tool", abstract: "",
            subcommands: [
                leaf(
                    "bad name", options: [.flag("a b", help: ""), .flag("x", short: "1", help: "")]),
                leaf("-dash", options: [.option("k=v", help: "")]),
            ])
        #expect(
            problems(root) == [
                "'tool bad name': 'bad name' is not a valid command name",
                "'tool bad name': '--a b' is not a valid option name",
                "'tool bad name': '-1' is not a valid short name",
                "'tool -dash': '-dash' is not a valid command name",
                "'tool -dash': '--k=v' is not a valid option name",
            ])
    }

    @Test func positionalOrder() {
        let root = Command(
            name: "tool", abstract: "",
            subcommands: [
                leaf(
                    "go",
                    arguments: [
                        Argument("a", optional: true, help: ""), Argument("b", help: ""),
                        Argument("c", variadic: true, help: ""),
                        Argument("a", optional: true, help: ""),
                    ])
            ])
        #expect(
            problems(root) == [
                "'tool go': required argument <b> follows an optional one",
                "'tool go': required argument <c> follows an optional one",
                "'tool go': variadic argument <c> is not the last",
                "'tool go': argument <a> is declared twice",
            ])
    }

    @Test func defaultsAndChoicesMustParse() {
        let root = Command(
            name: "tool", abstract: "",
            subcommands: [
                leaf(
                    "go",
                    options: [
                        .option("wait", value: .duration, default: "soon", help: ""),
                        .option("mode", value: .choice(["a", "b"]), default: "c", help: ""),
                        .option("none", value: .choice([]), help: ""),
                        .option("n", value: .int(1...3), default: "0", help: ""),
                    ])
            ])
        let found = problems(root)
        #expect(found.count == 4)
        #expect(found[0].hasPrefix("'tool go': the default of --wait: invalid duration 'soon'"))
        #expect(
            found[1] == "'tool go': the default of --mode: invalid value 'c' (choose from a, b)")
        #expect(found[2] == "'tool go': --none has an empty list of choices")
        #expect(
            found[3] == "'tool go': the default of --n: invalid value '0': must be between 1 and 3")
    }

    @Test func structure() {
        let root = Command(
            name: "tool", abstract: "",
            subcommands: [
                Command(
                    name: "grp", abstract: "", arguments: [Argument("x", help: "")],
                    subcommands: [leaf("a")]),
                Command(name: "empty", abstract: ""),
            ])
        #expect(
            SpecValidator.problems(in: root) == [
                "'tool grp' has both subcommands and positional arguments",
                "'tool empty' has neither subcommands nor an action",
            ])
    }
}
