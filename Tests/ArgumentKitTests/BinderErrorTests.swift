import Testing

@testable import ArgumentKit

@Suite struct BinderErrorTests {
    @Test func unknownCommandSuggestsTheNearest() throws {
        let error = try #require(usageError(["strem", "ls"]))
        #expect(error.message == "unknown command 'strem' for 'natsctl'")
        #expect(error.suggestion == "stream")
        #expect(error.commandPath == ["natsctl"])
        let nested = try #require(usageError(["stream", "lst"]))
        #expect(nested.message == "unknown command 'lst' for 'natsctl stream'")
        #expect(nested.suggestion == "ls")
        #expect(nested.commandPath == ["natsctl", "stream"])
        #expect(try #require(usageError(["zzzzzz"])).suggestion == nil)
    }

    @Test func unknownLongOptionSuggestsTheNearest() throws {
        let error = try #require(usageError(["stream", "add", "--subject", "x"]))
        #expect(error.message == "unknown option '--subject'")
        #expect(error.suggestion == "--subjects")
        #expect(error.commandPath == ["natsctl", "stream", "add"])
        #expect(try #require(usageError(["pub", "x", "--sever", "u"])).suggestion == "--server")
        #expect(
            try #require(usageError(["pub", "x", "--no-quiet"])).message
                == "unknown option '--no-quiet'")
        #expect(try #require(usageError(["pub", "x", "--qqqqqqqq"])).suggestion == nil)
    }

    @Test func optionsOfOtherCommandsAreUnknown() throws {
        let error = try #require(usageError(["pub", "x", "--subjects", "a"]))
        #expect(error.message == "unknown option '--subjects'")
        #expect(try #require(usageError(["pub", "x", "-a"])).message == "unknown option '-a'")
        #expect(
            try #require(usageError(["stream", "--version"])).message
                == "unknown option '--version'")
    }

    @Test func unknownShortOption() throws {
        #expect(try #require(usageError(["pub", "x", "-x"])).message == "unknown option '-x'")
        let cluster = try #require(usageError(["pub", "x", "-qz"]))
        #expect(cluster.message == "unknown option '-z' in '-qz'")
        let singleDash = try #require(usageError(["pub", "x", "-trace"]))
        #expect(singleDash.message == "unknown option '-t' in '-trace'")
        #expect(singleDash.suggestion == "--trace")
    }

    @Test func optionWithoutItsValue() throws {
        let atEnd = try #require(usageError(["pub", "x", "--server"]))
        #expect(atEnd.message.hasPrefix("option '--server' needs a value"))
        let beforeOption = try #require(usageError(["pub", "x", "-s", "--trace"]))
        #expect(beforeOption.message.hasPrefix("option '-s' needs a value"))
        let beforeTerminator = try #require(usageError(["pub", "x", "--server", "--", "u"]))
        #expect(beforeTerminator.message.hasPrefix("option '--server' needs a value"))
    }

    @Test func flagValues() throws {
        let negated = try #require(usageError(["stream", "add", "--no-allow-rollup=true"]))
        #expect(negated.message == "option '--no-allow-rollup' does not take a value")
        let badWord = try #require(usageError(["stream", "add", "--json=maybe"]))
        #expect(badWord.message == "option '--json': invalid value 'maybe' (use true or false)")
    }

    @Test func invalidTypedValues() throws {
        let choice = try #require(usageError(["stream", "add", "--retention", "limit"]))
        #expect(
            choice.message
                == "option '--retention': invalid value 'limit' (choose from limits, interest, workq)"
        )
        #expect(choice.suggestion == "limits")
        let duration = try #require(usageError(["stream", "add", "--max-age", "30"]))
        #expect(
            duration.message.hasPrefix(
                "option '--max-age': invalid duration '30': a unit is missing"))
        let bytes = try #require(usageError(["stream", "add", "--max-bytes", "1XB"]))
        #expect(
            bytes.message.hasPrefix("option '--max-bytes': invalid size '1XB': unknown unit 'XB'"))
        let integer = try #require(usageError(["stream", "add", "-R", "two"]))
        #expect(integer.message == "option '-R': invalid value 'two': expected a whole number")
        let range = try #require(usageError(["stream", "add", "--replicas=6"]))
        #expect(range.message == "option '--replicas': invalid value '6': must be between 1 and 5")
        let minimum = try #require(usageError(["pub", "x", "--count", "0"]))
        #expect(minimum.message == "option '--count': invalid value '0': must be at least 1")
    }

    @Test func optionGivenTwice() throws {
        let error = try #require(usageError(["pub", "x", "-s", "a", "--server", "b"]))
        #expect(error.message == "option '--server' was given more than once")
        let flag = try #require(
            usageError(["stream", "add", "--allow-rollup", "--no-allow-rollup"]))
        #expect(flag.message == "option '--allow-rollup' was given more than once")
    }

    @Test func missingAndUnexpectedArguments() throws {
        #expect(try #require(usageError(["pub"])).message == "missing argument <subject>")
        #expect(try #require(usageError(["sub"])).message == "missing argument <subjects>")
        #expect(try #require(usageError(["stream", "rm"])).message == "missing argument <name>")
        let extra = try #require(usageError(["pub", "a", "b", "c"]))
        #expect(extra.message == "unexpected argument 'c'")
        #expect(
            try #require(usageError(["stream", "ls", "x"])).message == "unexpected argument 'x'")
    }

    @Test func typedArgumentValues() throws {
        let program = Program(
            root: Command(
                name: "tool", abstract: "",
                arguments: [
                    Argument("mode", value: .choice(["fast", "slow"]), help: "Mode"),
                    Argument("count", optional: true, value: .int(1...3), help: "Count"),
                ],
                run: { _ in }),
            version: "1")
        let choice = try #require(usageError(["fats"], program: program))
        #expect(choice.message == "argument <mode>: invalid value 'fats' (choose from fast, slow)")
        #expect(choice.suggestion == "fast")
        let count = try #require(usageError(["fast", "9"], program: program))
        #expect(count.message == "argument <count>: invalid value '9': must be between 1 and 3")
        #expect(try invocation(["slow", "2"], program: program).argument("count") == "2")
    }

    @Test func invalidEnvironmentValueNamesTheVariable() throws {
        let error = try #require(usageError(["pub", "x"], environment: ["NATS_TIMEOUT": "soon"]))
        #expect(
            error.message.hasPrefix(
                "environment variable NATS_TIMEOUT (for '--timeout'): invalid duration 'soon'"))
        #expect(
            try invocation(["pub", "x", "--timeout", "1s"], environment: ["NATS_TIMEOUT": "soon"])
                .duration("timeout") == .seconds(1))
    }

    @Test func groupWithoutSubcommandListsThem() throws {
        let error = try #require(usageError(["stream"]))
        #expect(error.message == "'natsctl stream' needs a subcommand")
        #expect(error.listsSubcommands)
        #expect(error.commandPath == ["natsctl", "stream"])
        #expect(try #require(usageError([])).message == "'natsctl' needs a subcommand")
    }

    @Test func helpForAnUnknownCommand() throws {
        let error = try #require(usageError(["help", "strem"]))
        #expect(error.message == "unknown command 'strem' for 'natsctl'")
        #expect(error.suggestion == "stream")
        #expect(
            try #require(usageError(["help", "stream", "nope"])).message
                == "unknown command 'nope' for 'natsctl stream'")
    }

    @Test func defaultThatDoesNotParse() throws {
        let program = Program(
            root: Command(
                name: "tool", abstract: "",
                options: [.option("wait", value: .duration, default: "soon", help: "Wait")],
                run: { _ in }),
            version: "1")
        let error = try #require(usageError([], program: program))
        #expect(error.message.hasPrefix("the default of '--wait': invalid duration 'soon'"))
    }
}
