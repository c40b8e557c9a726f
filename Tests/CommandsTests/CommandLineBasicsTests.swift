import Commands
import Foundation
import TestSupport
import Testing

@Suite struct CommandLineBasicsTests {
    @Test func versionPrintsAndExitsZero() throws {
        let result = try NatsctlProcess.run(["--version"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasPrefix("natsctl "))
    }

    @Test func helpListsTheCommandGroups() throws {
        let result = try NatsctlProcess.run(["--help"])
        #expect(result.exitCode == 0)
        for group in ["pub", "sub", "completion"] {
            #expect(result.stdout.contains(group), "help lacks \(group)")
        }
    }

    @Test func unknownOptionIsAUsageErrorWithASuggestion() throws {
        let result = try NatsctlProcess.run(["completion", "bash", "--tiemout", "1s"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("natsctl: error:"))
        #expect(result.stderr.contains("--timeout"))
        #expect(result.stderr.contains("See 'natsctl completion --help'"))
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownCommandSuggestsTheNearestOne() throws {
        let result = try NatsctlProcess.run(["completon"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("completion"))
    }
}

@Suite struct CommandTreeTests {
    @Test func theDeclaredTreeHasNoDuplicateNamesOrAliases() {
        #expect(Natsctl.program.specProblems.isEmpty, "\(Natsctl.program.specProblems)")
    }
}
