import COpenSSL

/// Reads OpenSSL's per-thread error queue and verification result and turns them into one
/// `TLSError` that names the check that failed.
enum OpenSSLErrors {
    /// One entry of the error queue: the library's reason code and its text.
    struct Entry: Sendable, Equatable {
        var reason: Int32
        var text: String
    }

    /// Removes and returns every entry of the calling thread's error queue, oldest first.
    static func drain(_ ssl: OpenSSLLibrary) -> [Entry] {
        var entries: [Entry] = []
        for _ in 0..<64 {
            let code = ssl.errGetError()
            if code == 0 { break }
            let reason = ERR_GET_REASON(code)
            let text =
                ssl.errReasonErrorString(code).map { String(cString: $0) } ?? "error \(code)"
            entries.append(Entry(reason: reason, text: text))
        }
        return entries
    }

    /// The text of the last queued error, for file and set-up failures.
    static func lastReason(_ ssl: OpenSSLLibrary, default fallback: String) -> String {
        drain(ssl).last?.text ?? fallback
    }

    /// Maps a failed handshake or session operation to a `TLSError`.
    /// - Parameters:
    ///   - verifyResult: `SSL_get_verify_result` after the failure.
    ///   - entries: the drained error queue.
    ///   - host: the host that was dialled.
    static func failure(
        _ ssl: OpenSSLLibrary, verifyResult: Int, entries: [Entry], host: String
    ) -> TLSError {
        if verifyResult != Int(X509_V_OK) {
            return verificationFailure(ssl, code: Int32(verifyResult), host: host)
        }
        for entry in entries.reversed() {
            if let mapped = alertFailure(reason: entry.reason, host: host) { return mapped }
        }
        let reason = entries.last?.text ?? "the connection was closed during the handshake"
        return .handshakeRefused(host: host, reason: reason)
    }

    /// Maps an X.509 verification error code (`X509_V_ERR_*`) to a `TLSError`.
    static func verificationFailure(_ ssl: OpenSSLLibrary, code: Int32, host: String)
        -> TLSError
    {
        let detail =
            ssl.x509VerifyCertErrorString(Int(code)).map { String(cString: $0) }
            ?? "verification error \(code)"
        switch code {
        case X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH:
            return .hostnameMismatch(host: host)
        case X509_V_ERR_CERT_HAS_EXPIRED:
            return .certificateExpired(host: host)
        case X509_V_ERR_CERT_NOT_YET_VALID:
            return .certificateNotYetValid(host: host)
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY,
            X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN,
            X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
            return .unknownAuthority(host: host, detail: detail)
        default:
            return .certificateRejected(host: host, reason: detail)
        }
    }

    private static func alertFailure(reason: Int32, host: String) -> TLSError? {
        switch reason {
        case SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED:
            return .handshakeRefused(host: host, reason: "the server requires a client certificate")
        case SSL_R_SSLV3_ALERT_BAD_CERTIFICATE, SSL_R_TLSV1_ALERT_UNKNOWN_CA,
            SSL_R_SSLV3_ALERT_CERTIFICATE_UNKNOWN:
            return .handshakeRefused(
                host: host, reason: "the server did not accept the client certificate")
        case SSL_R_SSLV3_ALERT_CERTIFICATE_EXPIRED:
            return .handshakeRefused(host: host, reason: "the client certificate has expired")
        case SSL_R_WRONG_VERSION_NUMBER, SSL_R_PACKET_LENGTH_TOO_LONG:
            return .notTLS(
                host: host,
                hint: "it spoke plain text; TLS-first needs handshake_first on the server")
        default:
            return nil
        }
    }
}
