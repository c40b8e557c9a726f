import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The only writer to the process's standard output and standard error. Standard output is
/// buffered and written in large chunks (call ``flush()`` after each unit of output that a reader
/// may be waiting for); standard error is written at once.
public final class Terminal: Sendable {
    /// The terminal of this process.
    public static let shared = Terminal()

    private let buffer = Mutex<[UInt8]>([])
    private let flushThreshold = 64 * 1024

    /// Whether standard input is a terminal.
    public let stdinIsTerminal: Bool
    /// Whether standard output is a terminal.
    public let stdoutIsTerminal: Bool
    /// Whether standard error is a terminal.
    public let stderrIsTerminal: Bool

    init() {
        stdinIsTerminal = isatty(STDIN_FILENO) == 1
        stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
        stderrIsTerminal = isatty(STDERR_FILENO) == 1
        // A closed pipe (`natsctl sub x | head`) must end the program quietly, not kill it.
        signal(SIGPIPE, SIG_IGN)
    }

    /// Whether prompts may be shown: both standard input and standard output are terminals.
    public var canPrompt: Bool { stdinIsTerminal && stdoutIsTerminal }

    /// Appends text to standard output.
    public func out(_ text: String) {
        out(bytes: text.utf8)
    }

    /// Appends a line (a newline is added) to standard output.
    public func line(_ text: String = "") {
        out(text + "\n")
    }

    /// Appends raw bytes to standard output.
    public func out(bytes: some Sequence<UInt8>) {
        let pending = buffer.withLock { buffer -> [UInt8]? in
            buffer.append(contentsOf: bytes)
            return buffer.count >= flushThreshold ? take(&buffer) : nil
        }
        if let pending { Self.writeAll(STDOUT_FILENO, pending) }
    }

    /// Writes everything buffered for standard output.
    public func flush() {
        let pending = buffer.withLock { take(&$0) }
        if !pending.isEmpty { Self.writeAll(STDOUT_FILENO, pending) }
    }

    /// Writes text to standard error at once (after flushing standard output, to keep order).
    public func err(_ text: String) {
        flush()
        Self.writeAll(STDERR_FILENO, Array(text.utf8))
    }

    /// Writes a line to standard error.
    public func errLine(_ text: String) {
        err(text + "\n")
    }

    private func take(_ buffer: inout [UInt8]) -> [UInt8] {
        let taken = buffer
        buffer.removeAll(keepingCapacity: true)
        return taken
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    if errno == EPIPE && fd == STDOUT_FILENO { exit(0) }
                    return
                }
            }
        }
    }
}
