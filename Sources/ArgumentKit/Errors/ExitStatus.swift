/// An exit status. Thrown from a command action, it ends the program with that code and prints
/// nothing more (the action has said what it had to say).
public struct ExitStatus: Error, Sendable, Hashable {
    /// The process exit code.
    public var code: Int32

    /// Creates an exit status with the given code.
    public init(_ code: Int32) {
        self.code = code
    }

    /// Success, and `--help` / `--version`: 0.
    public static let success = ExitStatus(0)
    /// A runtime failure: 1.
    public static let failure = ExitStatus(1)
    /// A usage or validation error: 2.
    public static let usage = ExitStatus(2)
}

/// How ``Program/run(_:environment:output:reportError:)`` reports an error thrown by an action:
/// the message to print after `<program>: error: ` (none to stay silent) and the exit code.
public struct ErrorReport: Sendable, Hashable {
    /// The text after `<program>: error: `, or `nil` to print nothing.
    public var message: String?
    /// The process exit code.
    public var exitCode: Int32

    /// Creates a report.
    public init(message: String?, exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }
}

/// Turns an error thrown by a command action into what to print and the exit code. The runner
/// handles ``UsageError`` (exit 2) and ``ExitStatus`` itself; everything else goes here.
public typealias ErrorReporter = @Sendable (any Error) -> ErrorReport
