/// Every failure the NATS client reports.
///
/// Each `description` is one line that says what happened; none contains a password or token.
public enum NATSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server URL (or list of URLs) could not be parsed.
    case invalidURL(String)
    /// The server actively refused the TCP connection.
    case connectionRefused(url: String)
    /// The TCP connection or the handshake did not finish within the connect timeout.
    case connectTimeout(url: String, after: Duration)
    /// The connection failed for another reason (DNS, network, handshake).
    case connectFailed(url: String, reason: String)
    /// The server rejected the credentials (`-ERR 'Authorization Violation'` and its kin).
    case authorizationViolation(url: String, message: String)
    /// A request reached no subscriber (status 503).
    case noResponders(subject: String)
    /// A request or flush got no answer in time.
    case timeout(subject: String, after: Duration)
    /// A message is larger than the server's `max_payload`.
    case maxPayloadExceeded(size: Int, max: Int)
    /// A subscription's buffer overflowed; `dropped` messages were discarded.
    case slowConsumer(subject: String, dropped: Int)
    /// A subject (or queue group) is empty or malformed.
    case invalidSubject(String)
    /// The server sent bytes that are not valid NATS protocol.
    case protocolError(String)
    /// The server reported an error with `-ERR`.
    case serverError(String)
    /// The connection is closed; `reason` says why, when known.
    case connectionClosed(reason: String?)

    /// One line that says what went wrong.
    public var description: String {
        switch self {
        case .invalidURL(let text):
            return "invalid server URL: \(text)"
        case .connectionRefused(let url):
            return "connection refused by \(url)"
        case .connectTimeout(let url, let after):
            return "could not connect to \(url) within \(formatDuration(after))"
        case .connectFailed(let url, let reason):
            return "could not connect to \(url): \(reason)"
        case .authorizationViolation(let url, let message):
            return "authorization violation at \(url): \(message)"
        case .noResponders(let subject):
            return "no responders on subject \(subject)"
        case .timeout(let subject, let after):
            return "timed out after \(formatDuration(after)) waiting for a reply on \(subject)"
        case .maxPayloadExceeded(let size, let max):
            return "payload of \(formatBytes(size)) exceeds the server's max_payload of "
                + formatBytes(max)
        case .slowConsumer(let subject, let dropped):
            return "slow consumer on subject \(subject): \(dropped) message"
                + (dropped == 1 ? "" : "s") + " dropped"
        case .invalidSubject(let subject):
            return "invalid subject \"\(subject)\""
        case .protocolError(let message):
            return "protocol error: \(message)"
        case .serverError(let message):
            return "server error: \(message)"
        case .connectionClosed(let reason):
            return reason.map { "connection closed: \($0)" } ?? "connection closed"
        }
    }
}

/// Formats a duration for people: `5 s`, `250 ms`, `1.5 s`, `2 min`.
func formatDuration(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let millis = seconds * 1000 + attoseconds / 1_000_000_000_000_000
    if millis < 1000 { return "\(millis) ms" }
    if millis % 60_000 == 0 { return "\(millis / 60_000) min" }
    if millis % 1000 == 0 { return "\(millis / 1000) s" }
    let tenths = millis / 100
    return "\(tenths / 10).\(tenths % 10) s"
}

/// Formats a byte count for people: `2 MiB`, `64 KiB`, or `1048577 bytes`.
func formatBytes(_ count: Int) -> String {
    if count > 0 && count % (1 << 20) == 0 { return "\(count >> 20) MiB" }
    if count > 0 && count % (1 << 10) == 0 { return "\(count >> 10) KiB" }
    return count == 1 ? "1 byte" : "\(count) bytes"
}
