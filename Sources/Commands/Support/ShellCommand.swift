#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a command line through `/bin/sh -c`, feeding it bytes on standard input and collecting
/// its standard output and standard error together, killed when it runs past a deadline.
enum ShellCommand {
    /// What a run produced.
    struct Outcome: Equatable {
        /// Standard output and standard error, interleaved as written.
        var output: [UInt8]
        /// The exit status, or 128 + the signal number when it was killed by a signal.
        var status: Int32
        /// Whether it was killed for running past the deadline.
        var timedOut: Bool
    }

    /// What could not be started.
    struct LaunchError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `command` with `input` on its standard input and `extraEnvironment` added to this
    /// process's environment.
    /// - Throws: a ``LaunchError`` when pipes cannot be made or the shell cannot be started.
    static func run(
        _ command: String, input: [UInt8], extraEnvironment: [String: String], timeout: Duration
    ) throws -> Outcome {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0 else { throw LaunchError(description: "no pipe: \(errnoText())") }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0])
            close(toChild[1])
            throw LaunchError(description: "no pipe: \(errnoText())")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 2)
        for descriptor in toChild + fromChild {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }

        var environment = ProcessEnvironment.current()
        environment.merge(extraEnvironment) { _, new in new }
        let arguments = ["/bin/sh", "-c", command]
        let entries = environment.map { "\($0.key)=\($0.value)" }
        // Its own process group, so a timeout kills what the shell started as well.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var pid: pid_t = 0
        let spawned = withCStrings(arguments) { argv in
            withCStrings(entries) { envp in
                posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
            }
        }
        close(toChild[0])
        close(fromChild[1])
        guard spawned == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw LaunchError(
                description: "cannot start /bin/sh: \(String(cString: strerror(spawned)))")
        }
        let deadline = ContinuousClock.now + timeout
        var (output, timedOut) = exchange(
            input, writeTo: toChild[1], readFrom: fromChild[0], pid: pid, deadline: deadline)
        var status: Int32 = 0
        // The output may close before the command ends (a background child keeps running).
        while waitpid(pid, &status, WNOHANG) == 0 {
            if ContinuousClock.now >= deadline {
                kill(-pid, SIGKILL)
                timedOut = true
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                break
            }
            usleep(2_000)
        }
        let exited = status & 0x7f == 0
        return Outcome(
            output: output, status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            timedOut: timedOut)
    }

    /// Writes the input and reads the output until the child closes its output, or kills the
    /// child at the deadline. Closes both descriptors.
    private static func exchange(
        _ input: [UInt8], writeTo writeEnd: Int32, readFrom readEnd: Int32, pid: pid_t,
        deadline: ContinuousClock.Instant
    ) -> (output: [UInt8], timedOut: Bool) {
        _ = fcntl(writeEnd, F_SETFL, fcntl(writeEnd, F_GETFL) | O_NONBLOCK)
        var writeOpen = true
        var written = 0
        if input.isEmpty {
            close(writeEnd)
            writeOpen = false
        }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let left = deadline - ContinuousClock.now
            if left <= .zero {
                kill(-pid, SIGKILL)
                if writeOpen { close(writeEnd) }
                close(readEnd)
                return (output, true)
            }
            var descriptors = [pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)]
            if writeOpen {
                descriptors.append(pollfd(fd: writeEnd, events: Int16(POLLOUT), revents: 0))
            }
            let milliseconds = Int32(min(left.components.seconds * 1000 + 1, 1000))
            guard poll(&descriptors, nfds_t(descriptors.count), milliseconds) >= 0 || errno == EINTR
            else { break }
            if writeOpen && descriptors.count > 1 && descriptors[1].revents != 0 {
                let sent = input.withUnsafeBytes { bytes in
                    write(writeEnd, bytes.baseAddress! + written, bytes.count - written)
                }
                if sent > 0 { written += sent }
                if written == input.count || (sent < 0 && errno != EAGAIN && errno != EINTR) {
                    close(writeEnd)
                    writeOpen = false
                }
            }
            if descriptors[0].revents != 0 {
                let count = read(readEnd, &buffer, buffer.count)
                if count > 0 {
                    output.append(contentsOf: buffer[0..<count])
                } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                    break
                }
            }
        }
        if writeOpen { close(writeEnd) }
        close(readEnd)
        return (output, false)
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }

    /// Calls `body` with a NULL-terminated C array of the strings.
    private static func withCStrings<R>(
        _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R
    ) -> R {
        let copies = strings.map { strdup($0) } + [nil]
        defer { for copy in copies { free(copy) } }
        return copies.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
