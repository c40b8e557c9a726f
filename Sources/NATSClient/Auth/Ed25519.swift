import COpenSSL

/// Ed25519 through OpenSSL's EVP interface: raw 32-byte seeds and public keys, 64-byte
/// signatures.
enum Ed25519 {
    /// The public key of a 32-byte private seed.
    /// - Throws: `NKeyError.cryptoFailure` when OpenSSL is missing or rejects the seed.
    static func publicKey(seed: [UInt8]) throws(NKeyError) -> [UInt8] {
        let ssl = try library()
        let key = try privateKey(seed, ssl)
        defer { ssl.evpPKeyFree(key) }
        var output = [UInt8](repeating: 0, count: 32)
        var length = output.count
        guard ssl.evpPKeyGetRawPublicKey(key, &output, &length) == 1, length == 32 else {
            throw .cryptoFailure("cannot derive the Ed25519 public key")
        }
        return output
    }

    /// Signs `message` with the private key of a 32-byte seed.
    /// - Throws: `NKeyError.cryptoFailure` when OpenSSL is missing or cannot sign.
    static func sign(_ message: [UInt8], seed: [UInt8]) throws(NKeyError) -> [UInt8] {
        let ssl = try library()
        let key = try privateKey(seed, ssl)
        defer { ssl.evpPKeyFree(key) }
        guard let digest = ssl.evpMDCtxNew() else { throw .cryptoFailure("out of memory") }
        defer { ssl.evpMDCtxFree(digest) }
        var signature = [UInt8](repeating: 0, count: 64)
        var length = signature.count
        guard ssl.evpDigestSignInit(digest, nil, nil, nil, key) == 1,
            ssl.evpDigestSign(digest, &signature, &length, message, message.count) == 1,
            length == 64
        else {
            ssl.errClearError()
            throw .cryptoFailure("Ed25519 signing failed")
        }
        return signature
    }

    /// Whether `signature` is a valid Ed25519 signature of `message` by `publicKey`.
    static func verify(signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
        guard publicKey.count == 32, signature.count == 64, let ssl = try? library(),
            let key = ssl.evpPKeyNewRawPublicKey(EVP_PKEY_ED25519, nil, publicKey, 32)
        else { return false }
        defer { ssl.evpPKeyFree(key) }
        guard let digest = ssl.evpMDCtxNew() else { return false }
        defer { ssl.evpMDCtxFree(digest) }
        let valid =
            ssl.evpDigestVerifyInit(digest, nil, nil, nil, key) == 1
            && ssl.evpDigestVerify(digest, signature, 64, message, message.count) == 1
        ssl.errClearError()
        return valid
    }

    /// Fills `count` bytes from OpenSSL's random generator.
    /// - Throws: `NKeyError.cryptoFailure` when OpenSSL is missing or the generator fails.
    static func randomBytes(_ count: Int) throws(NKeyError) -> [UInt8] {
        let ssl = try library()
        var bytes = [UInt8](repeating: 0, count: count)
        guard ssl.randBytes(&bytes, Int32(count)) == 1 else {
            throw .cryptoFailure("no random bytes available")
        }
        return bytes
    }

    private static func library() throws(NKeyError) -> OpenSSLLibrary {
        do {
            return try OpenSSLLibrary.load()
        } catch {
            throw .cryptoFailure(error.description)
        }
    }

    private static func privateKey(_ seed: [UInt8], _ ssl: OpenSSLLibrary) throws(NKeyError)
        -> OpaquePointer
    {
        guard seed.count == 32,
            let key = ssl.evpPKeyNewRawPrivateKey(EVP_PKEY_ED25519, nil, seed, 32)
        else {
            ssl.errClearError()
            throw .cryptoFailure("the seed is not a valid Ed25519 private key")
        }
        return key
    }
}
