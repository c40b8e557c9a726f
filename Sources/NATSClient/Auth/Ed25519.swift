import COpenSSL

/// Ed25519 through OpenSSL's EVP interface: raw 32-byte seeds and public keys, 64-byte
/// signatures.
enum Ed25519 {
    /// The public key of a 32-byte private seed.
    /// - Throws: `NKeyError.cryptoFailure` when OpenSSL rejects the seed.
    static func publicKey(seed: [UInt8]) throws(NKeyError) -> [UInt8] {
        let key = try privateKey(seed)
        defer { EVP_PKEY_free(key) }
        var output = [UInt8](repeating: 0, count: 32)
        var length = output.count
        guard EVP_PKEY_get_raw_public_key(key, &output, &length) == 1, length == 32 else {
            throw .cryptoFailure("cannot derive the Ed25519 public key")
        }
        return output
    }

    /// Signs `message` with the private key of a 32-byte seed.
    /// - Throws: `NKeyError.cryptoFailure` when OpenSSL cannot sign.
    static func sign(_ message: [UInt8], seed: [UInt8]) throws(NKeyError) -> [UInt8] {
        let key = try privateKey(seed)
        defer { EVP_PKEY_free(key) }
        guard let digest = EVP_MD_CTX_new() else { throw .cryptoFailure("out of memory") }
        defer { EVP_MD_CTX_free(digest) }
        var signature = [UInt8](repeating: 0, count: 64)
        var length = signature.count
        guard EVP_DigestSignInit(digest, nil, nil, nil, key) == 1,
            EVP_DigestSign(digest, &signature, &length, message, message.count) == 1,
            length == 64
        else {
            ERR_clear_error()
            throw .cryptoFailure("Ed25519 signing failed")
        }
        return signature
    }

    /// Whether `signature` is a valid Ed25519 signature of `message` by `publicKey`.
    static func verify(signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
        guard publicKey.count == 32, signature.count == 64,
            let key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nil, publicKey, 32)
        else {
            ERR_clear_error()
            return false
        }
        defer { EVP_PKEY_free(key) }
        guard let digest = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(digest) }
        let valid =
            EVP_DigestVerifyInit(digest, nil, nil, nil, key) == 1
            && EVP_DigestVerify(digest, signature, 64, message, message.count) == 1
        ERR_clear_error()
        return valid
    }

    /// Fills `count` bytes from OpenSSL's random generator.
    /// - Throws: `NKeyError.cryptoFailure` when the generator fails.
    static func randomBytes(_ count: Int) throws(NKeyError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        guard RAND_bytes(&bytes, Int32(count)) == 1 else {
            throw .cryptoFailure("no random bytes available")
        }
        return bytes
    }

    private static func privateKey(_ seed: [UInt8]) throws(NKeyError) -> OpaquePointer {
        guard seed.count == 32,
            let key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nil, seed, 32)
        else {
            ERR_clear_error()
            throw .cryptoFailure("the seed is not a valid Ed25519 private key")
        }
        return key
    }
}
