import Testing

@testable import ArgumentKit

@Suite struct BinderTests {
    @Test func walksCommandsByNameAndAlias() throws {
        #expect(try invocation(["stream", "add"]).commandPath == ["natsctl", "stream", "add"])
        #expect(try invocation(["str", "new"]).commandPath == ["natsctl", "stream", "add"])
        #expect(try invocation(["publish", "a"]).commandPath == ["natsctl", "pub"])
        #expect(try invocation(["str", "new"]).command.name == "add")
    }

    @Test func bindsRequiredOptionalAndVariadicArguments() throws {
        let pub = try invocation(["pub", "orders.new", "hello"])
        #expect(pub.argument("subject") == "orders.new")
        #expect(pub.argument("body") == "hello")
        let bare = try invocation(["pub", "orders.new"])
        #expect(bare.argument("body") == nil)
        #expect(bare.arguments("body").isEmpty)
        let sub = try invocation(["sub", "a", "b", "c"])
        #expect(sub.arguments("subjects") == ["a", "b", "c"])
        #expect(sub.argument("subjects") == "a")
    }

    @Test func acceptsLongOptionsWithSpaceOrEquals() throws {
        let spaced = try invocation(["stream", "add", "--max-age", "1h", "--retention", "workq"])
        #expect(spaced.duration("max-age") == .seconds(3_600))
        #expect(spaced.string("retention") == "workq")
        let joined = try invocation(["stream", "add", "--max-age=90s", "--retention=interest"])
        #expect(joined.duration("max-age") == .seconds(90))
        #expect(joined.string("retention") == "interest")
    }

    @Test func acceptsShortOptionsInEveryForm() throws {
        #expect(try invocation(["-s", "nats://a", "pub", "x"]).string("server") == "nats://a")
        #expect(try invocation(["-snats://b", "pub", "x"]).string("server") == "nats://b")
        #expect(try invocation(["-s=nats://c", "pub", "x"]).string("server") == "nats://c")
    }

    @Test func splitsShortClusters() throws {
        let flags = try invocation(["stream", "add", "-jf"])
        #expect(flags.flag("json") == true)
        #expect(flags.flag("force") == true)
        let withValue = try invocation(["stream", "add", "-jR3"])
        #expect(withValue.isOn("json"))
        #expect(withValue.int("replicas") == 3)
        let valueNext = try invocation(["stream", "add", "-fR", "2"])
        #expect(valueNext.isOn("force"))
        #expect(valueNext.int("replicas") == 2)
    }

    @Test func collectsRepeatableOptionsInOrder() throws {
        let add = try invocation(["stream", "add", "--subjects", "a.>", "--subjects=b.*"])
        #expect(add.strings("subjects") == ["a.>", "b.*"])
        #expect(add.string("subjects") == "b.*")
        let pub = try invocation(["pub", "x", "-H", "a:1", "--header", "b:2", "-Hc:3"])
        #expect(pub.strings("header") == ["a:1", "b:2", "c:3"])
        #expect(try invocation(["pub", "x"]).strings("header").isEmpty)
    }

    @Test func distinguishesSetUnsetAndNegatedFlags() throws {
        #expect(try invocation(["stream", "add"]).flag("allow-rollup") == nil)
        #expect(try invocation(["stream", "add"]).isOn("allow-rollup") == false)
        #expect(try invocation(["stream", "add", "--allow-rollup"]).flag("allow-rollup") == true)
        #expect(
            try invocation(["stream", "add", "--no-allow-rollup"]).flag("allow-rollup") == false)
        #expect(
            try invocation(["stream", "add", "--allow-rollup=false"]).flag("allow-rollup") == false)
        #expect(try invocation(["stream", "add", "--json=yes"]).flag("json") == true)
        #expect(try invocation(["stream", "add", "--no-allow-rollup"]).isSet("allow-rollup"))
    }

    @Test func flagDefaultsApplyWhenUnset() throws {
        let program = Program(
            root: Command(
                name: "tool", abstract: "",
                options: [.flag("ack", negatable: true, default: true, help: "Acks")],
                run: { _ in }),
            version: "1")
        let unset = try invocation([], program: program)
        #expect(unset.flag("ack") == true)
        #expect(!unset.isSet("ack"))
        #expect(unset.source("ack") == .defaultValue)
        #expect(try invocation(["--no-ack"], program: program).flag("ack") == false)
    }

    @Test func doubleDashEndsOptions() throws {
        let pub = try invocation(["pub", "--", "--weird", "-q"])
        #expect(pub.argument("subject") == "--weird")
        #expect(pub.argument("body") == "-q")
        #expect(!pub.isOn("quiet"))
        #expect(try invocation(["pub", "x", "--", "--help"]).argument("body") == "--help")
    }

    @Test func readsEnvironmentVariablesWhenOptionsAreAbsent() throws {
        let environment = ["NATS_URL": "nats://env", "NATS_TIMEOUT": "30s", "NO_COLOR": "1"]
        let fromEnvironment = try invocation(["pub", "x"], environment: environment)
        #expect(fromEnvironment.string("server") == "nats://env")
        #expect(fromEnvironment.source("server") == .environment)
        #expect(fromEnvironment.isSet("server"))
        #expect(fromEnvironment.duration("timeout") == .seconds(30))
        #expect(fromEnvironment.flag("no-color") == true)
        #expect(fromEnvironment.environment["NATS_URL"] == "nats://env")
        let overridden = try invocation(
            ["pub", "x", "-s", "nats://flag"], environment: environment)
        #expect(overridden.string("server") == "nats://flag")
        #expect(overridden.source("server") == .commandLine)
    }

    @Test func ignoresEmptyEnvironmentVariablesAndReadsFlagWords() throws {
        let empty = try invocation(["pub", "x"], environment: ["NATS_URL": "", "NO_COLOR": ""])
        #expect(empty.string("server") == nil)
        #expect(empty.flag("no-color") == nil)
        for word in ["0", "false", "No", "OFF"] {
            #expect(
                try invocation(["pub", "x"], environment: ["NO_COLOR": word]).flag("no-color")
                    == false)
        }
        #expect(
            try invocation(["pub", "x"], environment: ["NO_COLOR": "anything"]).isOn("no-color"))
    }

    @Test func appliesDefaults() throws {
        let add = try invocation(["stream", "add"])
        #expect(add.duration("timeout") == .seconds(5))
        #expect(add.source("timeout") == .defaultValue)
        #expect(!add.isSet("timeout"))
        #expect(add.string("retention") == "limits")
        #expect(try invocation(["pub", "x"]).int("count") == 1)
        #expect(add.string("server") == nil)
        #expect(add.source("server") == nil)
    }

    @Test func acceptsInheritedOptionsAnywhere() throws {
        for line in [
            ["-s", "u", "stream", "add", "N"], ["stream", "-s", "u", "add", "N"],
            ["stream", "add", "N", "-s", "u"], ["stream", "add", "-s", "u", "N"],
        ] {
            let bound = try invocation(line)
            #expect(bound.string("server") == "u")
            #expect(bound.argument("name") == "N")
        }
        #expect(try invocation(["stream", "ls", "-a"]).isOn("all"))
        #expect(try invocation(["stream", "-a", "ls"]).isOn("all"))
    }

    @Test func takesNegativeNumbersAsValues() throws {
        let add = try invocation(["stream", "add", "--max-bytes", "-1", "--max-age", "-1"])
        #expect(add.bytes("max-bytes") == -1)
        #expect(add.duration("max-age") == .unlimited)
        #expect(
            try invocation(["stream", "add", "--max-bytes", "10MiB"]).bytes("max-bytes")
                == 10_485_760)
    }

    @Test func readsTypedIntegers() throws {
        let program = Program(
            root: Command(
                name: "tool", abstract: "",
                options: [.option("n", short: "n", value: .int, repeatable: true, help: "N")],
                run: { _ in }),
            version: "1")
        let bound = try invocation(["-n", "-5", "--n", "9000000000"], program: program)
        #expect(bound.int64s("n") == [-5, 9_000_000_000])
        #expect(bound.int64("n") == 9_000_000_000)
    }

    @Test func leafWithoutActionShowsHelp() throws {
        let program = Program(
            root: Command(
                name: "tool", abstract: "",
                subcommands: [Command(name: "idle", abstract: "Does nothing")]),
            version: "1")
        guard case .showHelp(let text) = try program.parse(["idle"]) else {
            Issue.record("expected help")
            return
        }
        #expect(text.hasPrefix("Does nothing\n"))
    }
}
