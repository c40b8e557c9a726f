import Testing

@testable import ArgumentKit

@Suite struct DurationParserTests {
    @Test(arguments: [
        ("500ms", Duration.milliseconds(500)), ("30s", .seconds(30)), ("5m", .seconds(300)),
        ("1h30m", .seconds(5_400)), ("7d", .seconds(604_800)), ("1w", .seconds(604_800)),
        ("2M", .seconds(5_184_000)), ("1y", .seconds(31_536_000)), ("250us", .microseconds(250)),
        ("250µs", .microseconds(250)), ("15ns", .nanoseconds(15)), ("1.5h", .seconds(5_400)),
        (".5s", .milliseconds(500)), ("1h0m0.25s", .milliseconds(3_600_250)), ("0", .zero),
        ("+2s", .seconds(2)), (" 3s ", .seconds(3)), ("1.000000001s", .nanoseconds(1_000_000_001)),
    ])
    func parses(text: String, expected: Duration) throws {
        #expect(try DurationParser.parse(text) == expected)
    }

    @Test(arguments: ["-1", "-1s", "-5m", "-0.5h"])
    func negativeMeansUnlimited(text: String) throws {
        #expect(try DurationParser.parse(text) == .unlimited)
    }

    @Test func keepsTheSignWhenAsked() throws {
        #expect(try DurationParser.parseNanoseconds("-1s") == -1_000_000_000)
        #expect(try DurationParser.parseNanoseconds("-1") == -1)
    }

    @Test(arguments: [
        ("", "it is empty"), ("30", "a unit is missing"), ("5x", "unknown unit 'x'"),
        ("1h5", "a unit is missing"), ("s", "expected a number before 's'"),
        (".h", "expected a number before 'h'"), ("300000000y", "it is too large"),
        ("99999999999999999999s", "it is too large"), ("1H", "unknown unit 'H'"),
    ])
    func rejects(text: String, why: String) {
        #expect {
            try DurationParser.parse(text)
        } throws: { error in
            let message = (error as? DurationParser.Failure)?.description ?? ""
            return message.hasPrefix("invalid duration '\(text)'") && message.contains(why)
        }
    }
}

@Suite struct ByteSizeParserTests {
    @Test(arguments: [
        ("512", Int64(512)), ("0", 0), ("1K", 1_024), ("1KB", 1_024), ("1KiB", 1_024),
        ("1kib", 1_024), ("10MiB", 10_485_760), ("10mb", 10_485_760), ("5GB", 5_368_709_120),
        ("2T", 2_199_023_255_552), ("1PiB", 1_125_899_906_842_624), ("64B", 64), (" 1 KB ", 1_024),
        ("-1", -1), ("-5GB", -1),
    ])
    func parses(text: String, expected: Int64) throws {
        #expect(try ByteSizeParser.parse(text) == expected)
    }

    @Test(arguments: [
        ("", "expected a number"), ("KB", "expected a number"), ("1XB", "unknown unit 'XB'"),
        ("1.5MB", "unknown unit '.5MB'"), ("9000000PB", "too large"),
        ("99999999999999999999", "too large"), ("-", "expected a number"),
    ])
    func rejects(text: String, why: String) {
        #expect {
            try ByteSizeParser.parse(text)
        } throws: { error in
            let message = (error as? ByteSizeParser.Failure)?.description ?? ""
            return message.hasPrefix("invalid size '\(text)'") && message.contains(why)
        }
    }
}

@Suite struct ValueParserTests {
    @Test func integersWithRanges() throws {
        #expect(try ValueParser.parse("42", as: .int) == .integer(42))
        #expect(try ValueParser.parse("-7", as: .int) == .integer(-7))
        #expect(try ValueParser.parse("3", as: .int(1...3)) == .integer(3))
        #expect(try ValueParser.parse("1", as: .int(atLeast: 1)) == .integer(1))
        #expect(try ValueParser.parse("5", as: .integer(min: nil, max: 5)) == .integer(5))
        #expect(throws: ValueFailure.self) {
            try ValueParser.parse("6", as: .integer(min: nil, max: 5))
        }
        #expect(throws: ValueFailure.self) { try ValueParser.parse("1.5", as: .int) }
        #expect(throws: ValueFailure.self) {
            try ValueParser.parse("99999999999999999999", as: .int)
        }
        do {
            _ = try ValueParser.parse("6", as: .integer(min: nil, max: 5))
        } catch {
            #expect(error.message == "invalid value '6': must be at most 5")
        }
    }

    @Test func choicesListTheAllowedValues() throws {
        #expect(try ValueParser.parse("old", as: .choice(["new", "old"])) == .string("old"))
        do {
            _ = try ValueParser.parse("Old", as: .choice(["new", "old"]))
            Issue.record("a choice is case-sensitive")
        } catch {
            #expect(error.message == "invalid value 'Old' (choose from new, old)")
            #expect(error.suggestion == "old")
        }
    }

    @Test func stringsAndPathsAreTakenAsGiven() throws {
        #expect(try ValueParser.parse("", as: .string) == .string(""))
        #expect(try ValueParser.parse("a b", as: .file) == .string("a b"))
        #expect(try ValueParser.parse("/tmp", as: .directory) == .string("/tmp"))
    }

    @Test func flagWords() throws {
        for word in ["1", "true", "TRUE", "yes", "on"] { #expect(try ValueParser.parseFlag(word)) }
        for word in ["0", "false", "No", "off"] { #expect(try !ValueParser.parseFlag(word)) }
        #expect(throws: ValueFailure.self) { try ValueParser.parseFlag("2") }
    }
}

@Suite struct SuggestionTests {
    @Test func editDistance() {
        #expect(Suggestions.editDistance("", "abc") == 3)
        #expect(Suggestions.editDistance("abc", "") == 3)
        #expect(Suggestions.editDistance("stream", "stream") == 0)
        #expect(Suggestions.editDistance("strem", "stream") == 1)
        #expect(Suggestions.editDistance("sterams", "streams") == 1)
        #expect(Suggestions.editDistance("kitten", "sitting") == 3)
    }

    @Test func nearest() {
        let options = ["subjects", "server", "retention", "replicas"]
        #expect(Suggestions.nearest(to: "subject", among: options) == "subjects")
        #expect(Suggestions.nearest(to: "sever", among: options) == "server")
        #expect(Suggestions.nearest(to: "replcias", among: options) == "replicas")
        #expect(Suggestions.nearest(to: "ret", among: options) == "retention")
        #expect(Suggestions.nearest(to: "xyz", among: options) == nil)
        #expect(Suggestions.nearest(to: "", among: options) == nil)
        #expect(Suggestions.nearest(to: "st", among: ["stream", "sub"]) == "stream")
    }
}
