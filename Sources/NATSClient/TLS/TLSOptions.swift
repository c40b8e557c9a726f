/// How a connection uses TLS: which authority to trust, which certificate to present, and when
/// the handshake starts.
///
/// TLS is used when any server URL has the `tls://` scheme, when the server's INFO says
/// `tls_required`, when `handshakeFirst` is set, or when any file below is given.
public struct TLSOptions: Sendable, Equatable {
    /// A PEM file with the certificate authorities that may sign the server's certificate;
    /// `nil` trusts the system's default authorities.
    public var caFile: String?
    /// A PEM file with this client's certificate chain, for mutual TLS (needs `keyFile`).
    public var certificateFile: String?
    /// A PEM file with the private key of `certificateFile` (not passphrase-protected).
    public var keyFile: String?
    /// Start TLS right after the TCP connect, before the server's INFO (server option
    /// `handshake_first`); otherwise TLS starts after INFO.
    public var handshakeFirst: Bool
    /// Check that the server certificate names the host of the URL (on by default).
    public var verifyHostname: Bool

    /// Creates TLS options; with no arguments, TLS is verified against the system authorities.
    public init(
        caFile: String? = nil, certificateFile: String? = nil, keyFile: String? = nil,
        handshakeFirst: Bool = false, verifyHostname: Bool = true
    ) {
        self.caFile = caFile
        self.certificateFile = certificateFile
        self.keyFile = keyFile
        self.handshakeFirst = handshakeFirst
        self.verifyHostname = verifyHostname
    }

    /// Whether these options by themselves ask for TLS (a file given or `handshakeFirst` set).
    public var requestsTLS: Bool {
        handshakeFirst || caFile != nil || certificateFile != nil || keyFile != nil
    }
}
