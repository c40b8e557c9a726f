import ArgumentKit
import Commands
import Foundation
import Testing

/// The completion scripts and man pages under `completions/` and `man/` are generated from the
/// command tree (`scripts/generate.sh`); these tests fail when the committed copies drift.
@Suite struct GeneratedFilesTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func committed(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptIsUpToDate(shell: String) throws {
        let shellKind = try #require(Shell(rawValue: shell))
        let generated = Natsctl.program.completionScript(for: shellKind)
        let committed = try Self.committed("completions/natsctl.\(shell)")
        #expect(
            generated == committed,
            "completions/natsctl.\(shell) is stale: run scripts/generate.sh")
    }

    @Test func manPagesAreUpToDate() throws {
        let pages = Natsctl.program.manPages(date: "2026-11-22")
        let committedNames = try FileManager.default.contentsOfDirectory(
            atPath: Self.root.appendingPathComponent("man").path
        ).filter { $0.hasSuffix(".1") }
        #expect(Set(committedNames) == Set(pages.map(\.fileName)), "man/ holds other pages")
        for page in pages {
            let committed = try Self.committed("man/\(page.fileName)")
            #expect(
                page.content == committed, "man/\(page.fileName) is stale: run scripts/generate.sh")
        }
    }

    @Test func manPagesRenderWithoutWarnings() throws {
        for page in Natsctl.program.manPages(date: "2026-11-22") {
            let path = Self.root.appendingPathComponent("man/\(page.fileName)").path
            let (status, output) = try Self.shell("groff -ww -man -Tutf8 '\(path)' >/dev/null")
            #expect(status == 0)
            #expect(output.isEmpty, "groff warned on \(page.fileName): \(output)")
        }
    }

    @Test(arguments: [("comp", "completion"), ("pu", "pub"), ("cont", "context"), ("st", "stream")])
    func bashCompletesACommandName(typed: String, expected: String) throws {
        let script = Self.root.appendingPathComponent("completions/natsctl.bash").path
        let (status, output) = try Self.shell(
            """
            set -e; source '\(script)'; complete -p natsctl | grep -q -- '-F _natsctl natsctl'
            COMP_WORDS=(natsctl \(typed)); COMP_CWORD=1; COMP_LINE='natsctl \(typed)'
            COMP_POINT=${#COMP_LINE}; _natsctl natsctl \(typed) natsctl || true
            printf '%s\\n' "${COMPREPLY[@]}"
            """)
        #expect(status == 0, "bash failed: \(output)")
        #expect(output.split(separator: "\n").contains(Substring(expected)), "got: \(output)")
    }

    static func shell(_ command: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
