import Foundation
import Testing

@testable import ArgumentKit

@Suite struct BashCompletionTests {
    private static let script = SampleTree.program.completionScript(for: .bash)

    /// Sources the script, completes the last of `words`, and returns `COMPREPLY`.
    private func complete(_ words: [String]) throws -> [String] {
        let bash = try #require(ProcessRunner.find("bash"), "bash is needed for this test")
        let file = try ProcessRunner.temporaryFile(named: "natsctl.bash", containing: Self.script)
        let quoted = words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let program = """
            set -u
            source '\(file)' || exit 9
            COMP_WORDS=(\(quoted.joined(separator: " ")))
            COMP_CWORD=\(words.count - 1)
            _natsctl
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let outcome = try ProcessRunner.run(bash, ["--norc", "--noprofile", "-c", program])
        #expect(outcome.status == 0, "bash failed: \(outcome.standardError)")
        #expect(outcome.standardError.isEmpty)
        return outcome.standardOutput.split(separator: "\n").map(String.init)
    }

    @Test func loadsWithoutErrorsAndPassesSyntaxCheck() throws {
        let bash = try #require(ProcessRunner.find("bash"))
        let file = try ProcessRunner.temporaryFile(named: "natsctl.bash", containing: Self.script)
        let syntax = try ProcessRunner.run(bash, ["-n", file])
        #expect(syntax.status == 0)
        #expect(syntax.standardError.isEmpty)
        let loaded = try ProcessRunner.run(
            bash, ["--norc", "-c", "source '\(file)' && complete -p natsctl"])
        #expect(loaded.status == 0)
        #expect(loaded.standardOutput == "complete -F _natsctl natsctl\n")
        #expect(loaded.standardError.isEmpty)
    }

    @Test func completesCommandsBySubstringOfTheName() throws {
        #expect(try complete(["natsctl", "st"]) == ["stream"])
        #expect(try complete(["natsctl", ""]) == ["stream", "pub", "sub", "help"])
        #expect(try complete(["natsctl", "str", ""]) == ["add", "ls", "rm"])
        #expect(try complete(["natsctl", "-s", "nats://x", "stream", "a"]) == ["add"])
        #expect(try complete(["natsctl", "--timeout=5s", "stream", "l"]) == ["ls"])
    }

    @Test func completesOptionsIncludingInheritedOnes() throws {
        #expect(try complete(["natsctl", "stream", "add", "--ret"]) == ["--retention"])
        #expect(try complete(["natsctl", "str", "new", "--no-al"]) == ["--no-allow-rollup"])
        #expect(try complete(["natsctl", "stream", "ls", "--se"]) == ["--server"])
        #expect(try complete(["natsctl", "stream", "ls", "--al"]) == ["--all"])
        #expect(try complete(["natsctl", "pub", "--he"]) == ["--header", "--help"])
        #expect(try complete(["natsctl", "--ver"]) == ["--version"])
        #expect(try complete(["natsctl", "pub", "--ver"]) == [])
    }

    @Test func completesChoicesAndFiles() throws {
        #expect(
            try complete(["natsctl", "stream", "add", "--retention", ""]) == [
                "limits", "interest", "workq",
            ])
        #expect(
            try complete(["natsctl", "stream", "add", "--retention", "=", "in"]) == ["interest"])
        #expect(try complete(["natsctl", "stream", "add", "--retention", "="]).count == 3)
        let file = try ProcessRunner.temporaryFile(named: "config-file.json", containing: "{}")
        #expect(
            try complete(["natsctl", "stream", "add", "--config", String(file.dropLast(7))]) == [
                file
            ])
        #expect(try complete(["natsctl", "stream", "add", "--max-age", ""]) == [])
    }
}

@Suite struct OtherShellCompletionTests {
    private static let zsh = SampleTree.program.completionScript(for: .zsh)
    private static let fish = SampleTree.program.completionScript(for: .fish)

    @Test func zshScriptDescribesTheTree() {
        let script = Self.zsh
        #expect(script.hasPrefix("#compdef natsctl\n"))
        #expect(script.contains("_natsctl__stream__add() {"))
        #expect(script.contains("'*--subjects=[Subjects]:SUBJECTS: '"))
        #expect(
            script.contains(
                "'(--retention)--retention=[Retention policy]:RETENTION:(limits interest workq)'"))
        #expect(
            script.contains(
                "'(--allow-rollup --no-allow-rollup)--no-allow-rollup[Turn off: Allow roll-ups]'")
        )
        #expect(script.contains("'(--config)--config=[Config file]:FILE:_files'"))
        #expect(script.contains("'::name -- Stream name: '"))
        #expect(script.contains("'(--replicas -R)-R+[Replicas]:N: '"))
        #expect(script.contains("'*:subjects -- Subjects: '"))
        #expect(script.contains("            'add:Create a stream'\n"))
        #expect(script.contains("        add|create|new) _natsctl__stream__add && ret=0 ;;"))
        #expect(script.contains("compdef _natsctl natsctl"))
    }

    @Test func fishScriptDescribesTheTree() {
        let script = Self.fish
        let at = "-n '__natsctl_at \\'natsctl stream add\\''"
        #expect(script.contains("complete -c natsctl -f\n"))
        #expect(
            script.contains(
                "complete -c natsctl \(at) -l retention -x -a 'limits interest workq' -d 'Retention policy'"
            ))
        #expect(script.contains("complete -c natsctl \(at) -s R -l replicas -x -d 'Replicas'"))
        #expect(script.contains("complete -c natsctl \(at) -l config -r -F -d 'Config file'"))
        #expect(
            script.contains(
                "complete -c natsctl \(at) -l no-allow-rollup -d 'Turn off: Allow roll-ups'"))
        #expect(
            script.contains("complete -c natsctl \(at) -s s -l server -x -d 'NATS server URLs'"))
        #expect(script.contains("-a add -d 'Create a stream'"))
        #expect(
            script.contains("                case add create new\n                    echo add\n"))
    }

    @Test func hiddenCommandsAndOptionsAreLeftOut() {
        let root = Command(
            name: "tool", abstract: "",
            options: [.flag("secret-flag", help: "", hidden: true).inherited()],
            subcommands: [
                Command(name: "ghost-command", abstract: "", hidden: true, run: { _ in }),
                Command(name: "seen", abstract: "It's [seen]", run: { _ in }),
            ])
        let program = Program(root: root, version: "1")
        for shell in Shell.allCases {
            let script = program.completionScript(for: shell)
            #expect(!script.contains("secret-flag"), "\(shell)")
            #expect(!script.contains("ghost-command"), "\(shell)")
            #expect(script.contains("seen"), "\(shell)")
        }
        #expect(program.completionScript(for: .zsh).contains("'seen:It'\\''s \\[seen\\]'"))
        #expect(program.completionScript(for: .fish).contains("-d 'It\\'s [seen]'"))
    }

    @Test func generationIsDeterministic() {
        for shell in Shell.allCases {
            #expect(
                SampleTree.program.completionScript(for: shell)
                    == SampleTree.program.completionScript(for: shell))
        }
    }

    @Test(.enabled(if: ProcessRunner.find("zsh") != nil, "zsh is not installed"))
    func zshSyntax() throws {
        let file = try ProcessRunner.temporaryFile(named: "_natsctl", containing: Self.zsh)
        let outcome = try ProcessRunner.run(ProcessRunner.find("zsh")!, ["-n", file])
        #expect(outcome.status == 0, "\(outcome.standardError)")
    }

    @Test(.enabled(if: ProcessRunner.find("fish") != nil, "fish is not installed"))
    func fishSyntax() throws {
        let file = try ProcessRunner.temporaryFile(named: "natsctl.fish", containing: Self.fish)
        let outcome = try ProcessRunner.run(ProcessRunner.find("fish")!, ["--no-execute", file])
        #expect(outcome.status == 0, "\(outcome.standardError)")
    }
}
