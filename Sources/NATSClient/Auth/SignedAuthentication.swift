/// The decentralized-auth fields of CONNECT: the user JWT, the public NKEY, and the
/// signature of the server's nonce.
struct SignedAuthentication: Sendable, Equatable {
    /// `jwt`: the user JWT, when a creds file or a JWT is configured.
    var jwt: String?
    /// `nkey`: the user's public key, for NKEY authentication without a JWT.
    var nkey: String?
    /// `sig`: the Ed25519 signature of the nonce, base64 URL-safe without padding.
    var signature: String?
}

extension ConnectionOptions {
    /// Reads the configured creds file, NKEY file or inline JWT and seed, and signs `nonce`.
    /// Files are read on every call, so a reconnect picks up rotated credentials.
    /// - Returns: `nil` when none is configured.
    /// - Throws: `CredentialsError` when a file is unreadable or its seed is bad.
    func signedAuthentication(nonce: String?) throws(CredentialsError) -> SignedAuthentication? {
        let jwt: String?
        let seed: NKeySeed?
        if let credentialsFile {
            let file = try CredentialsFile.loadCreds(path: credentialsFile)
            (jwt, seed) = (file.jwt, file.seed)
        } else if let nkeyFile {
            (jwt, seed) = (nil, try CredentialsFile.loadNKey(path: nkeyFile).seed)
        } else if userJWT != nil || userSeed != nil {
            jwt = userJWT
            seed = try userSeed.map { text throws(CredentialsError) in
                try CredentialsFile.parseNKey(text, path: "(the given user seed)").seed
            }
        } else {
            return nil
        }
        var result = SignedAuthentication(jwt: jwt)
        guard let seed else { return result }
        do {
            if jwt == nil { result.nkey = try seed.publicKey().encoded }
            if let nonce {
                result.signature = Base64URL.encode(try seed.sign(Array(nonce.utf8)))
            }
        } catch {
            throw .badSeed(path: credentialsFile ?? nkeyFile ?? "(the given user seed)", error)
        }
        return result
    }

    /// Warnings about the configured credential files (for example a creds file others can
    /// read), for the caller to show; the library never prints them. Unreadable or bad files
    /// are not reported here: connecting reports them as errors.
    public func credentialFileWarnings() -> [String] {
        if let credentialsFile {
            return (try? CredentialsFile.loadCreds(path: credentialsFile))?.warnings ?? []
        }
        if let nkeyFile {
            return (try? CredentialsFile.loadNKey(path: nkeyFile))?.warnings ?? []
        }
        return []
    }
}
