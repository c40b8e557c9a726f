/// Why a TLS session could not be set up or continued. Each `description` is one line that
/// names the check that failed.
public enum TLSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A CA, certificate or key file could not be read or parsed.
    case unusableFile(role: String, path: String, reason: String)
    /// The client certificate and key are not a pair, or only one of them was given.
    case clientCertificate(reason: String)
    /// The server's certificate does not chain to a trusted authority.
    case unknownAuthority(host: String, detail: String)
    /// The server's certificate does not name the host that was dialled.
    case hostnameMismatch(host: String)
    /// The server's certificate (or one in its chain) has expired.
    case certificateExpired(host: String)
    /// The server's certificate (or one in its chain) is not valid yet.
    case certificateNotYetValid(host: String)
    /// The server's certificate failed another verification check.
    case certificateRejected(host: String, reason: String)
    /// The server ended the handshake or the session with a TLS alert.
    case handshakeRefused(host: String, reason: String)
    /// The server did not speak TLS where TLS was expected.
    case notTLS(host: String, hint: String)
    /// The handshake did not finish in time.
    case handshakeTimeout(host: String)
    /// The TLS library could not be set up or failed in an unexpected way.
    case internalFailure(reason: String)
    /// The socket failed under the TLS session.
    case connectionLost(host: String, reason: String)

    /// One line that says which TLS check failed.
    public var description: String {
        switch self {
        case .unusableFile(let role, let path, let reason):
            return "TLS: cannot use \(role) \(path): \(reason)"
        case .clientCertificate(let reason):
            return "TLS: client certificate: \(reason)"
        case .unknownAuthority(let host, let detail):
            return "TLS: the certificate of \(host) is signed by an unknown authority (\(detail))"
        case .hostnameMismatch(let host):
            return "TLS: the server certificate does not match the host name \(host)"
        case .certificateExpired(let host):
            return "TLS: the certificate of \(host) has expired"
        case .certificateNotYetValid(let host):
            return "TLS: the certificate of \(host) is not valid yet"
        case .certificateRejected(let host, let reason):
            return "TLS: the certificate of \(host) was rejected: \(reason)"
        case .handshakeRefused(let host, let reason):
            return "TLS: \(host) refused the handshake: \(reason)"
        case .notTLS(let host, let hint):
            return "TLS: \(host) did not answer with TLS (\(hint))"
        case .handshakeTimeout(let host):
            return "TLS: the handshake with \(host) timed out"
        case .internalFailure(let reason):
            return "TLS: \(reason)"
        case .connectionLost(let host, let reason):
            return "TLS: connection to \(host) lost: \(reason)"
        }
    }
}
