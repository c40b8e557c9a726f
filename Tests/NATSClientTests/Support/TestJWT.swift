import Foundation

@testable import NATSClient

/// Operator, account and user JWTs signed with our own Ed25519 code, for a server in operator
/// mode (`operator:` + `resolver: MEMORY` + `resolver_preload`).
struct TestJWT {
    let operatorSeed: NKeySeed
    let accountSeed: NKeySeed
    let operatorJWT: String
    let accountJWT: String

    init() throws {
        operatorSeed = try NKeySeed.generate(.operator)
        accountSeed = try NKeySeed.generate(.account)
        let operatorKey = try operatorSeed.publicKey().encoded
        operatorJWT = try Self.sign(
            claims: [
                "sub": operatorKey, "name": "test-operator",
                "nats": ["type": "operator", "version": 2],
            ], with: operatorSeed)
        accountJWT = try Self.sign(
            claims: [
                "sub": try accountSeed.publicKey().encoded, "name": "test-account",
                "nats": [
                    "limits": [
                        "subs": -1, "data": -1, "payload": -1, "imports": -1, "exports": -1,
                        "wildcards": true, "conn": -1, "leaf": -1,
                    ],
                    "type": "account", "version": 2,
                ],
            ], with: operatorSeed)
    }

    /// The server configuration that trusts the operator and knows the account.
    var serverConfig: String {
        get throws {
            """
            operator: \(operatorJWT)
            resolver: MEMORY
            resolver_preload: {
              \(try accountSeed.publicKey().encoded): \(accountJWT)
            }
            """
        }
    }

    /// A user JWT for `user`, signed by `issuer` (the account, unless a test wants otherwise).
    func userJWT(for user: NKeySeed, issuer: NKeySeed? = nil) throws -> String {
        try Self.sign(
            claims: [
                "sub": try user.publicKey().encoded, "name": "test-user",
                "nats": [
                    "pub": [String: String](), "sub": [String: String](), "subs": -1, "data": -1,
                    "payload": -1, "type": "user", "version": 2,
                ],
            ], with: issuer ?? accountSeed)
    }

    /// The text of a `.creds` file, in the layout `nsc` writes.
    static func credsFile(jwt: String, seed: NKeySeed) -> String {
        """
        -----BEGIN NATS USER JWT-----
        \(jwt)
        ------END NATS USER JWT------

        ************************* IMPORTANT *************************
        NKEY Seed printed below can be used to sign and prove identity.
        NKEYs are sensitive and should be treated as secrets.

        -----BEGIN USER NKEY SEED-----
        \(seed.encodedSeed())
        ------END USER NKEY SEED------

        *************************************************************

        """
    }

    /// `base64url(header).base64url(claims).base64url(signature)`, with `iss`, `iat` and
    /// `jti` filled in.
    static func sign(claims: [String: Any], with seed: NKeySeed) throws -> String {
        var claims = claims
        claims["iss"] = try seed.publicKey().encoded
        claims["iat"] = Int(Date().timeIntervalSince1970)
        claims["jti"] = Base32.encode((0..<20).map { _ in UInt8.random(in: 0...255) })
        let header = try JSONSerialization.data(
            withJSONObject: ["typ": "JWT", "alg": "ed25519-nkey"], options: [.sortedKeys])
        let body = try JSONSerialization.data(withJSONObject: claims, options: [.sortedKeys])
        let signingInput = Base64URL.encode(Array(header)) + "." + Base64URL.encode(Array(body))
        let signature = try seed.sign(Array(signingInput.utf8))
        return signingInput + "." + Base64URL.encode(signature)
    }
}
