import JetStream
import Testing

@Suite struct DurationTextTests {
    @Test(arguments: [
        ("7d", Duration.seconds(604_800)), ("30s", .seconds(30)), ("1h30m", .seconds(5_400)),
        ("1.5h", .seconds(5_400)), ("250ms", .milliseconds(250)), ("0", .zero),
        ("2w", .seconds(1_209_600)), ("1M", .seconds(2_592_000)), ("1y", .seconds(31_536_000)),
        ("1us", .microseconds(1)), ("-1", .nanoseconds(-1)), (" 5m ", .seconds(300)),
    ])
    func parses(text: String, expected: Duration) throws {
        #expect(try DurationText.parse(text) == expected)
    }

    @Test(arguments: ["", "7", "7 parsecs", "h", "1h30", "99999999999d", ".s"])
    func rejects(text: String) {
        #expect(throws: DurationText.ParseError.self) { try DurationText.parse(text) }
    }

    @Test(arguments: [
        (Duration.seconds(604_800), "7d"), (.seconds(5_400), "1h30m"),
        (.milliseconds(1500), "1.5s"),
        (.milliseconds(250), "250ms"), (.zero, "0s"), (.nanoseconds(1), "1ns"),
        (.seconds(90_061), "1d1h1m1s"),
    ])
    func formatsAndParsesBack(duration: Duration, text: String) throws {
        #expect(DurationText.format(duration) == text)
        #expect(try DurationText.parse(text) == duration)
    }

    @Test func nanosecondCountSaturates() {
        #expect(Duration.seconds(Int64.max).nanosecondCount == .max)
        #expect(Duration.milliseconds(3).nanosecondCount == 3_000_000)
    }
}
