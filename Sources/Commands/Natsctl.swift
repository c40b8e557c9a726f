import ArgumentKit

/// The natsctl program: its command tree and entry point.
public enum Natsctl {
    /// The version printed by `natsctl --version`.
    public static let version = "0.1.0"

    /// The whole command tree.
    public static let program = Program(root: RootCommand.command, version: version)

    /// Runs natsctl with a command line (without the program name) and returns the exit code.
    public static func main(_ arguments: [String], environment: [String: String]) async -> Int32 {
        let terminal = Terminal.shared
        let output = OutputSink(
            standardOutput: { terminal.out($0) }, standardError: { terminal.err($0) })
        let code = await program.run(
            arguments, environment: environment, output: output,
            reportError: ErrorReporting.report)
        terminal.flush()
        return code
    }
}
