import Testing

@testable import ArgumentKit

@Suite struct ManPageTests {
    private static let pages = SampleTree.program.manPages(date: "2026-01-01")

    private func page(_ name: String) throws -> String {
        try #require(Self.pages.first { $0.fileName == name }).content
    }

    @Test func onePagePerTopLevelCommand() {
        #expect(
            Self.pages.map(\.fileName) == [
                "natsctl.1", "natsctl-stream.1", "natsctl-pub.1", "natsctl-sub.1",
            ])
    }

    @Test func mainPageSections() throws {
        let main = try page("natsctl.1")
        #expect(
            main.contains(
                ".TH \"NATSCTL\" 1 \"2026\\-01\\-01\" \"natsctl 1.2.3\" \"User Commands\"\n"))
        for section in [
            "NAME", "SYNOPSIS", "OPTIONS", "COMMANDS", "ENVIRONMENT", "EXIT STATUS", "SEE ALSO",
        ] {
            #expect(main.contains(".SH \(section)\n"), "\(section)")
        }
        #expect(main.contains("natsctl \\- JetStream administration\n"))
        #expect(
            main.contains(".TP\n\\fBNATS_TIMEOUT\\fR\nThe default for \\-\\-timeout: Timeout\n"))
        #expect(main.contains(".TP\n\\fB2\\fR\nA usage or validation error"))
        #expect(main.contains("\\fBnatsctl\\-stream\\fR(1)"))
        #expect(!main.contains("natsctl\\-help"))
    }

    @Test func groupPageHoldsEverySubcommand() throws {
        let stream = try page("natsctl-stream.1")
        #expect(stream.contains(".SH NAME\nnatsctl\\-stream \\- Manage streams\n"))
        #expect(
            stream.contains(".SH \"STREAM ADD\"\n\\fBnatsctl\\fR stream add [options] [<name>]\n"))
        #expect(stream.contains(".TP\n\\fB\\-\\-[no\\-]allow\\-rollup\\fR\nAllow roll\\-ups\n"))
        #expect(stream.contains(".TP\n\\fB\\-R\\fR, \\fB\\-\\-replicas\\fR \\fIN\\fR\nReplicas\n"))
        #expect(stream.contains(".nf\nnatsctl stream add ORDERS \\-\\-subjects 'orders.>'\n.fi\n"))
        #expect(stream.contains(".SH GLOBAL OPTIONS\n"))
    }

    @Test func customExitCodes() throws {
        let pages = SampleTree.program.manPages(
            date: "d", exitCodes: [(0, "Fine."), (3, "Drift found.")])
        #expect(pages[0].content.contains(".TP\n\\fB3\\fR\nDrift found.\n"))
        #expect(!pages[0].content.contains("A usage or validation error"))
    }

    @Test func escapesRoffControlCharacters() {
        #expect(ManPageGenerator.escape(".start") == "\\&.start")
        #expect(ManPageGenerator.escape("'quote") == "\\&'quote")
        #expect(ManPageGenerator.escape("a\\b-c") == "a\\eb\\-c")
    }

    @Test func groffRendersEveryPageWithoutWarnings() throws {
        let groff = try #require(ProcessRunner.find("groff"), "groff is needed (scripts/setup.sh)")
        let root = Command(
            name: "tool", abstract: ".Tricky 'text' with \\ backslash",
            discussion: "First paragraph.\n\n.Second starts with a dot\nand goes on.",
            subcommands: [SampleTree.stream])
        let tricky = Program(root: root, version: "1").manPages(date: "2026-01-01")
        for page in Self.pages + tricky {
            let file = try ProcessRunner.temporaryFile(
                named: page.fileName, containing: page.content)
            let outcome = try ProcessRunner.run(groff, ["-ww", "-man", "-Tutf8", file])
            #expect(outcome.status == 0, "\(page.fileName)")
            #expect(outcome.standardError.isEmpty, "\(page.fileName): \(outcome.standardError)")
            #expect(outcome.standardOutput.contains("User Commands"), "\(page.fileName)")
        }
    }
}
