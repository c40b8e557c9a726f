import ArgumentKit
import NATSClient

/// Maps errors that reach the top of a command to the message and exit code the user sees:
/// runtime and server failures exit 1; usage errors (handled by ArgumentKit) exit 2.
enum ErrorReporting {
    static let report: ErrorReporter = { error in
        switch error {
        case let failure as CommandFailure:
            return ErrorReport(message: failure.message, exitCode: failure.exitCode)
        default:
            return ErrorReport(message: String(describing: error), exitCode: 1)
        }
    }
}
