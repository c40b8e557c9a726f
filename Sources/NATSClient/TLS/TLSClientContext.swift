import COpenSSL

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An OpenSSL client context built from `TLSOptions`: trusted authorities, the client
/// certificate and key, TLS 1.2 as the lowest version, and peer verification on.
/// One context serves every session (and reconnect) of a connection.
final class TLSClientContext: @unchecked Sendable {
    /// The `SSL_CTX *`; immutable after `init`, so sessions may share it across threads.
    let handle: OpaquePointer
    /// The options this context was built from.
    let options: TLSOptions

    /// Builds the context and loads every file the options name.
    /// - Throws: `TLSError.unusableFile` when a file is missing or not PEM,
    ///   `TLSError.clientCertificate` when only one of certificate and key is given or they
    ///   do not match, `TLSError.internalFailure` when OpenSSL cannot create a context.
    init(options: TLSOptions) throws(TLSError) {
        ERR_clear_error()
        guard let method = TLS_client_method(), let context = SSL_CTX_new(method) else {
            throw .internalFailure(
                reason: OpenSSLErrors.lastReason(default: "cannot create an OpenSSL context"))
        }
        handle = context
        self.options = options
        _ = natsctl_ctx_set_min_tls12(context)
        natsctl_ctx_set_partial_moving_writes(context)
        SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nil)
        // A passphrase-protected key must fail, never prompt on the terminal.
        SSL_CTX_set_default_passwd_cb(context) { _, _, _, _ in 0 }
        try loadAuthorities()
        try loadClientCertificate()
    }

    deinit { SSL_CTX_free(handle) }

    private func loadAuthorities() throws(TLSError) {
        guard let caFile = options.caFile else {
            SSL_CTX_set_default_verify_paths(handle)
            return
        }
        try Self.checkReadable(caFile, role: "CA file")
        if SSL_CTX_load_verify_locations(handle, caFile, nil) != 1 {
            throw .unusableFile(
                role: "CA file", path: caFile,
                reason: OpenSSLErrors.lastReason(default: "no PEM certificates in it"))
        }
    }

    private func loadClientCertificate() throws(TLSError) {
        switch (options.certificateFile, options.keyFile) {
        case (nil, nil):
            return
        case (.some, nil):
            throw .clientCertificate(reason: "a certificate was given without its key")
        case (nil, .some):
            throw .clientCertificate(reason: "a key was given without its certificate")
        case (.some(let certificate), .some(let key)):
            try Self.checkReadable(certificate, role: "client certificate")
            try Self.checkReadable(key, role: "client key")
            if SSL_CTX_use_certificate_chain_file(handle, certificate) != 1 {
                throw .unusableFile(
                    role: "client certificate", path: certificate,
                    reason: OpenSSLErrors.lastReason(default: "not a PEM certificate"))
            }
            if SSL_CTX_use_PrivateKey_file(handle, key, SSL_FILETYPE_PEM) != 1 {
                throw .unusableFile(
                    role: "client key", path: key,
                    reason: OpenSSLErrors.lastReason(
                        default: "not an unencrypted PEM private key"))
            }
            if SSL_CTX_check_private_key(handle) != 1 {
                _ = OpenSSLErrors.drain()
                throw .clientCertificate(reason: "the key \(key) does not match \(certificate)")
            }
        }
    }

    private static func checkReadable(_ path: String, role: String) throws(TLSError) {
        if access(path, R_OK) != 0 {
            throw .unusableFile(role: role, path: path, reason: String(cString: strerror(errno)))
        }
    }
}
