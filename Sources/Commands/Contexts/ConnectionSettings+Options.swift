import NATSClient

extension ConnectionSettings {
    /// The client options for these settings. Authentication follows the `nats` CLI's order:
    /// user and password, else a creds file, else an NKEY file, else a JWT with its seed; a
    /// token is added whenever one is set. The certificate and key are used only together.
    /// - Throws: `NATSError.invalidURL` when a server URL cannot be parsed.
    func connectionOptions() throws(NATSError) -> ConnectionOptions {
        var options = try ConnectionOptions(url: servers)
        if let user {
            options.user = user
            options.password = password
        } else if let creds {
            options.credentialsFile = creds
        } else if let nkey {
            options.nkeyFile = nkey
        } else if userJWT != nil || userSeed != nil {
            options.userJWT = userJWT
            options.userSeed = userSeed
        }
        options.token = token
        if let cert, let key {
            options.tls.certificateFile = cert
            options.tls.keyFile = key
        }
        options.tls.caFile = ca
        options.tls.handshakeFirst = tlsFirst
        if let inboxPrefix { options.inboxPrefix = inboxPrefix }
        options.name = connectionName
        return options
    }
}
