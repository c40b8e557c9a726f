import Commands
import Testing

@Suite struct OutputFormattingTests {
    @Test func countsGetThousandsSeparators() {
        #expect(Humanize.count(0) == "0")
        #expect(Humanize.count(999) == "999")
        #expect(Humanize.count(1000) == "1,000")
        #expect(Humanize.count(1_234_567) == "1,234,567")
        #expect(Humanize.count(-1_234) == "-1,234")
    }

    @Test func sizesUseIECUnits() {
        #expect(Humanize.bytes(512) == "512 B")
        #expect(Humanize.bytes(1536) == "1.5 KiB")
        #expect(Humanize.bytes(10 * 1024 * 1024) == "10 MiB")
        #expect(Humanize.bytes(1024) == "1 KiB")
    }

    @Test func durationsLookLikeTheNatsCLI() {
        #expect(Humanize.duration(.seconds(7 * 86_400)) == "7d0h0m0s")
        #expect(Humanize.duration(.seconds(120)) == "2m0s")
        #expect(Humanize.duration(.milliseconds(250)) == "250ms")
        #expect(Humanize.duration(.milliseconds(1500)) == "1.5s")
        #expect(Humanize.duration(.seconds(3_661)) == "1h1m1s")
        #expect(Humanize.duration(.nanoseconds(-1)) == "unlimited")
        #expect(Humanize.duration(.nanoseconds(917_400)) == "917.4µs")
        #expect(Humanize.duration(.nanoseconds(1_234_000)) == "1.234ms")
        #expect(Humanize.duration(.nanoseconds(800)) == "800ns")
    }

    @Test func tablesAlignTheirColumns() {
        var table = Table(title: "Streams", headers: ["Name", "Messages"], rightAligned: [1])
        table.append(["ORDERS", "1,000"])
        table.append(["A", "5"])
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines.contains("│ ORDERS │    1,000 │"))
        #expect(lines.contains("│ A      │        5 │"))
        #expect(Set(lines.map(\.count)).count == 1, "every line has the same width")
    }

    @Test func sectionsRightAlignTheirLabels() {
        var view = Sections()
        view.section("Configuration:")
        view.field("Subjects", "orders.>")
        view.field("Replicas", "1")
        view.optionalField("Description", nil)
        #expect(view.render() == "Configuration:\n\n  Subjects: orders.>\n  Replicas: 1\n")
    }
}
