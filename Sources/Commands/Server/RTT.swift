import ArgumentKit
import FoundationEssentials
import NATSClient

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `natsctl rtt [ITERATIONS]`: connects to each server of the list in turn and prints the
/// average round-trip time of PING/PONG, as `nats rtt` does.
enum RTT {
    static let command = Command(
        name: "rtt",
        abstract: "Measure the round-trip time to each NATS server",
        discussion: """
            Connects to every server URL of --server (or the context) in turn, with all the \
            connection settings (TLS, credentials), and prints the average time of ITERATIONS \
            PING/PONG round trips. A server that cannot be reached is shown as "failed" and \
            its error is printed on standard error; the exit code is then 1.
            """,
        arguments: [
            Argument(
                "iterations", optional: true, value: .integer(min: 1, max: 10_000),
                help: "How many round trips to average (default 5)")
        ],
        options: [
            .flag("json", short: "j", help: "Print the results as JSON (rtt in nanoseconds)")
        ],
        examples: ["natsctl rtt", "natsctl rtt 20 --server nats://a:4222,nats://b:4222"],
        run: CommandContext.action { context in
            let iterations = try iterationCount(context.invocation)
            let base = try context.connectionOptions()
            var targets: [Target] = []
            var failures: [String] = []
            for server in base.servers {
                var options = base
                options.servers = [server]
                options.reconnect = ReconnectPolicy(allowReconnect: false)
                var result = RoundTrip(address: server.redactedURL)
                do {
                    (result.url, result.rtt) = try await measure(
                        options, iterations: iterations, timeout: context.timeout)
                } catch {
                    failures.append("\(error)")
                }
                targets.append(Target(url: server.redactedURL, results: [result]))
            }
            if context.invocation.isOn("json") {
                context.terminal.out(try JSONOutput.render(targets))
            } else {
                context.terminal.out(render(targets))
            }
            guard let last = failures.popLast() else { return }
            for failure in failures { context.terminal.errLine("natsctl: error: \(failure)") }
            throw CommandFailure(last)
        })

    /// One server of the list and what was measured for it (the `nats rtt --json` shape).
    struct Target: Encodable {
        var url: String
        var results: [RoundTrip]
    }

    /// One measurement; `rtt` is 0 and `url` empty when the server could not be reached.
    struct RoundTrip: Encodable {
        var time = RTT.timestamp()
        var address: String
        var rtt: Int64 = 0
        var url = ""
    }

    private static func iterationCount(_ invocation: Invocation) throws -> Int {
        guard let text = invocation.argument("iterations") else { return 5 }
        guard let count = Int(text) else { throw UsageError("ITERATIONS must be a number") }
        return count
    }

    /// Connects, runs `iterations` PING/PONG round trips, and closes.
    /// - Returns: the URL connected to and the average round trip in nanoseconds.
    private static func measure(
        _ options: ConnectionOptions, iterations: Int, timeout: Duration
    ) async throws(NATSError) -> (String, Int64) {
        let connection = try await Connection.connect(options)
        let clock = ContinuousClock()
        var total = Duration.zero
        do {
            for _ in 0..<iterations {
                let start = clock.now
                try await connection.flush(timeout: timeout)
                total += clock.now - start
            }
        } catch {
            await connection.close()
            throw error
        }
        let url = connection.connectedURL
        await connection.close()
        let (seconds, attoseconds) = (total / iterations).components
        return (url, seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// The human view: each server URL, then its address and average round trip.
    static func render(_ targets: [Target]) -> String {
        let width = targets.flatMap(\.results).map(\.address.count).max() ?? 0
        var text = ""
        for target in targets {
            text += target.url + ":\n\n"
            for result in target.results {
                let padding = String(repeating: " ", count: width - result.address.count + 3)
                let value = result.rtt > 0 ? humanized(nanoseconds: result.rtt) : "failed"
                text += padding + result.address + ": " + value + "\n"
            }
            text += "\n"
        }
        return text
    }

    /// A round trip as the nats CLI shows it: microseconds below a millisecond, milliseconds
    /// below a second, then seconds with two decimals.
    static func humanized(nanoseconds: Int64) -> String {
        if nanoseconds < 1_000_000 {
            return Humanize.duration(.microseconds((nanoseconds + 500) / 1_000))
        }
        if nanoseconds < 1_000_000_000 {
            return Humanize.duration(.milliseconds((nanoseconds + 500_000) / 1_000_000))
        }
        let hundredths = (nanoseconds + 5_000_000) / 10_000_000
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)s"
    }

    /// Now in UTC, RFC 3339 with nanoseconds (trailing zeros dropped).
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var parts = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int = 2) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var fraction = String(now.tv_nsec)
        fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1))-\(pad(parts.tm_mday))T"
            + "\(pad(parts.tm_hour)):\(pad(parts.tm_min)):\(pad(parts.tm_sec))"
            + (fraction.isEmpty ? "" : "." + fraction) + "Z"
    }
}
