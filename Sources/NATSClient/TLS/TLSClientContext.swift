import COpenSSL

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An OpenSSL client context built from `TLSOptions`: trusted authorities, the client
/// certificate and key, TLS 1.2 as the lowest version, and peer verification on.
final class TLSClientContext: @unchecked Sendable {
    /// The `SSL_CTX *`; immutable after `init`, so sessions may share it across threads.
    let handle: OpaquePointer
    /// The options this context was built from.
    let options: TLSOptions
    /// The loaded OpenSSL functions.
    let ssl: OpenSSLLibrary

    /// Builds the context and loads every file the options name.
    /// - Throws: `TLSError.unusableFile` when a file is missing or not PEM,
    ///   `TLSError.clientCertificate` when only one of certificate and key is given or they
    ///   do not match, `TLSError.internalFailure` when OpenSSL cannot be loaded or cannot
    ///   create a context.
    init(options: TLSOptions) throws(TLSError) {
        let ssl: OpenSSLLibrary
        do {
            ssl = try OpenSSLLibrary.load()
        } catch {
            throw .internalFailure(reason: error.description)
        }
        ssl.errClearError()
        guard let context = ssl.sslCtxNew(ssl.tlsClientMethod()) else {
            throw .internalFailure(
                reason: OpenSSLErrors.lastReason(ssl, default: "cannot create an OpenSSL context"))
        }
        handle = context
        self.options = options
        self.ssl = ssl
        _ = ssl.sslCtxCtrl(context, SSL_CTRL_SET_MIN_PROTO_VERSION, Int(TLS1_2_VERSION), nil)
        let mode = SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER
        _ = ssl.sslCtxCtrl(context, SSL_CTRL_MODE, Int(mode), nil)
        ssl.sslCtxSetVerify(context, SSL_VERIFY_PEER, nil)
        // A passphrase-protected key must fail, never prompt on the terminal.
        ssl.sslCtxSetDefaultPasswdCallback(context) { _, _, _, _ in 0 }
        try loadAuthorities()
        try loadClientCertificate()
    }

    deinit { ssl.sslCtxFree(handle) }

    private func loadAuthorities() throws(TLSError) {
        guard let caFile = options.caFile else {
            _ = ssl.sslCtxSetDefaultVerifyPaths(handle)
            return
        }
        try Self.checkReadable(caFile, role: "CA file")
        if ssl.sslCtxLoadVerifyLocations(handle, caFile, nil) != 1 {
            throw .unusableFile(
                role: "CA file", path: caFile,
                reason: OpenSSLErrors.lastReason(ssl, default: "no PEM certificates in it"))
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
            if ssl.sslCtxUseCertificateChainFile(handle, certificate) != 1 {
                throw .unusableFile(
                    role: "client certificate", path: certificate,
                    reason: OpenSSLErrors.lastReason(ssl, default: "not a PEM certificate"))
            }
            if ssl.sslCtxUsePrivateKeyFile(handle, key, SSL_FILETYPE_PEM) != 1 {
                throw .unusableFile(
                    role: "client key", path: key,
                    reason: OpenSSLErrors.lastReason(
                        ssl, default: "not an unencrypted PEM private key"))
            }
            if ssl.sslCtxCheckPrivateKey(handle) != 1 {
                _ = OpenSSLErrors.drain(ssl)
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
