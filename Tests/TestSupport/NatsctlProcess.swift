import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The built `natsctl` executable run as a child process, for end-to-end tests: standard output
/// and standard error go to files, standard input comes from given bytes (or /dev/null), and
/// every run is bounded by a deadline after which the process is killed.
public final class NatsctlProcess: @unchecked Sendable {
    /// The result of a finished run.
    public struct Result: Sendable {
        /// The exit code (or 128 + signal).
        public var exitCode: Int32
        /// Everything written to standard output.
        public var stdout: String
        /// Everything written to standard error.
        public var stderr: String
        /// Standard output as raw bytes (for binary output such as `stream backup NAME -`).
        public var stdoutBytes: Data
        /// Standard output split into lines, without the trailing empty one.
        public var lines: [String] {
            stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
                stdout.hasSuffix("\n") ? 1 : 0
            ).map(String.init)
        }
    }

    /// Why a run could not be completed.
    public enum RunError: Error, CustomStringConvertible {
        /// The natsctl executable was not found next to the test bundle.
        case executableNotFound(String)
        /// The process did not exit before the deadline (it was killed).
        case timedOut(arguments: [String], stdout: String, stderr: String)

        /// What went wrong.
        public var description: String {
            switch self {
            case .executableNotFound(let path):
                return "natsctl executable not found at \(path): run `swift build` first"
            case .timedOut(let arguments, let stdout, let stderr):
                return "natsctl \(arguments.joined(separator: " ")) did not exit in time\n"
                    + "stdout: \(stdout)\nstderr: \(stderr)"
            }
        }
    }

    /// The path of the built `natsctl` (beside the test bundle, or `$NATSCTL_BIN`).
    public static var executablePath: String {
        if let explicit = ProcessInfo.processInfo.environment["NATSCTL_BIN"] { return explicit }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        var directory = bundle.deletingLastPathComponent()
        if bundle.path.contains(".xctest/") {
            while directory.pathExtension != "xctest" && directory.path != "/" {
                directory = directory.deletingLastPathComponent()
            }
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("natsctl").path
    }

    private let process = Process()
    private let directory: URL
    private let stdoutFile: URL
    private let stderrFile: URL
    /// The arguments the process was started with.
    public let arguments: [String]

    /// Starts `natsctl` with arguments, extra environment variables and standard input.
    /// The environment is the test's own minus `NATS_*` variables, plus `environment`.
    /// - Throws: `RunError.executableNotFound`, or the error of starting the process.
    public init(
        _ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil
    ) throws {
        let path = Self.executablePath
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw RunError.executableNotFound(path)
        }
        self.arguments = arguments
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "natsctl-run-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        stdoutFile = directory.appendingPathComponent("stdout")
        stderrFile = directory.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: stdoutFile.path, contents: nil)
        FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("NATS_") && $0.key != "NO_COLOR"
        }
        env.merge(environment) { $1 }
        process.environment = env
        process.standardOutput = try FileHandle(forWritingTo: stdoutFile)
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        if let stdin {
            let inputFile = directory.appendingPathComponent("stdin")
            try stdin.write(to: inputFile)
            process.standardInput = try FileHandle(forReadingFrom: inputFile)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: directory)
    }

    /// Whether the process is still running.
    public var isRunning: Bool { process.isRunning }

    /// What the process has written to standard output so far.
    public func stdoutSoFar() -> String {
        (try? String(contentsOf: stdoutFile, encoding: .utf8)) ?? ""
    }

    /// What the process has written to standard error so far.
    public func stderrSoFar() -> String {
        (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? ""
    }

    /// Sends a signal (default SIGTERM) to the process.
    public func signal(_ number: Int32 = SIGTERM) {
        if process.isRunning { kill(process.processIdentifier, number) }
    }

    /// Waits until standard output or standard error contains `text`.
    /// - Returns: whether it appeared before the deadline.
    @discardableResult
    public func waitForOutput(containing text: String, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if stdoutSoFar().contains(text) || stderrSoFar().contains(text) { return true }
            if !process.isRunning {
                return stdoutSoFar().contains(text) || stderrSoFar().contains(text)
            }
            usleep(10_000)
        }
        return false
    }

    /// Waits for the process to exit and returns what it wrote.
    /// - Throws: `RunError.timedOut` (after killing it) when it does not exit before the deadline.
    public func finish(timeout: TimeInterval = 30) throws -> Result {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw RunError.timedOut(
                arguments: arguments, stdout: stdoutSoFar(), stderr: stderrSoFar())
        }
        process.waitUntilExit()
        let code =
            process.terminationReason == .uncaughtSignal
            ? 128 + process.terminationStatus : process.terminationStatus
        return Result(
            exitCode: code, stdout: stdoutSoFar(), stderr: stderrSoFar(),
            stdoutBytes: (try? Data(contentsOf: stdoutFile)) ?? Data())
    }

    /// Runs `natsctl` to completion.
    /// - Throws: `RunError` when it cannot start or does not exit before the deadline.
    public static func run(
        _ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil,
        timeout: TimeInterval = 30
    ) throws -> Result {
        try NatsctlProcess(arguments, environment: environment, stdin: stdin).finish(
            timeout: timeout)
    }
}
