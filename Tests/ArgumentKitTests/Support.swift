import Synchronization
import Testing

@testable import ArgumentKit

/// Collects what the runner writes, for assertions.
final class CapturedOutput: Sendable {
    private let stdout = Mutex("")
    private let stderr = Mutex("")

    var sink: OutputSink {
        OutputSink(
            standardOutput: { text in self.stdout.withLock { $0 += text } },
            standardError: { text in self.stderr.withLock { $0 += text } })
    }

    var standardOutput: String { stdout.withLock { $0 } }
    var standardError: String { stderr.withLock { $0 } }
}

/// Binds `arguments` against `program` and returns the invocation, failing the test otherwise.
func invocation(
    _ arguments: [String], program: Program = SampleTree.program,
    environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
) throws -> Invocation {
    let result = try program.parse(arguments, environment: environment)
    guard case .invoke(let invocation) = result else {
        Issue.record("expected an invocation, got \(result)", sourceLocation: sourceLocation)
        throw ExitStatus.failure
    }
    return invocation
}

/// The usage error binding `arguments` throws, failing the test when it binds.
func usageError(
    _ arguments: [String], program: Program = SampleTree.program,
    environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
) -> UsageError? {
    do {
        let result = try program.parse(arguments, environment: environment)
        Issue.record("expected a usage error, got \(result)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}
