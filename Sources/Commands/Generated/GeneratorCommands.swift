import ArgumentKit

/// `natsctl completion SHELL` and `natsctl man`: completion scripts and man pages generated from
/// the command tree. The copies committed under `completions/` and `man/` are these outputs.
enum GeneratorCommands {
    /// The date written into man page headers; fixed so that regenerating gives the same files.
    static let manDate = "2026-11-22"

    static let completion = Command(
        name: "completion",
        abstract: "Print a shell completion script",
        discussion: """
            Load it in the current shell, for example `source <(natsctl completion bash)`, or \
            install the copies under completions/ (see the README).
            """,
        arguments: [
            Argument(
                "shell", value: .choice(Shell.allCases.map(\.rawValue)),
                help: "The shell: bash, zsh or fish")
        ],
        examples: ["natsctl completion bash > /etc/bash_completion.d/natsctl"],
        run: { invocation in
            let shell = Shell(rawValue: invocation.argument("shell") ?? "") ?? .bash
            Terminal.shared.out(invocation.program.completionScript(for: shell))
        })

    static let man = Command(
        name: "man",
        abstract: "Write the man pages",
        discussion: "Writes natsctl.1 and one page per command group into DIRECTORY.",
        options: [
            .option(
                "output", short: "o", value: .directory, default: "man",
                help: "Directory to write the pages into", valueName: "DIRECTORY")
        ],
        examples: ["natsctl man --output man"],
        run: { invocation in
            let directory = invocation.string("output") ?? "man"
            for page in invocation.program.manPages(date: manDate) {
                let path = directory + "/" + page.fileName
                do {
                    try FileWriter.write(page.content, to: path)
                } catch {
                    throw CommandFailure("could not write \(path): \(error)")
                }
                Terminal.shared.line(path)
            }
        })
}
