import Foundation

/// An NKEY as the JWT fixture needs it: its public key, its seed text and a way to sign.
/// Test targets make one from the client's `NKeySeed` (see their `TestNKey+NKeySeed.swift`),
/// which keeps this target free of a dependency on the client.
public struct TestNKey: Sendable {
    /// The public key (`O…`, `A…`, `U…`).
    public let publicKey: String
    /// The seed text (`SO…`, `SA…`, `SU…`).
    public let seed: String
    /// Signs bytes with the Ed25519 key.
    public let sign: @Sendable ([UInt8]) throws -> [UInt8]

    /// Creates a key from its parts.
    public init(
        publicKey: String, seed: String, sign: @escaping @Sendable ([UInt8]) throws -> [UInt8]
    ) {
        self.publicKey = publicKey
        self.seed = seed
        self.sign = sign
    }
}

/// Operator, account and user JWTs for a server in operator mode (`operator:` +
/// `resolver: MEMORY` + `resolver_preload`), and `.creds` files in the layout `nsc` writes.
public struct TestJWT: Sendable {
    /// The operator key that signs the account.
    public let operatorKey: TestNKey
    /// The account key that signs users.
    public let accountKey: TestNKey
    /// The operator JWT the server trusts.
    public let operatorJWT: String
    /// The account JWT preloaded into the server.
    public let accountJWT: String

    /// Signs an operator JWT and an account JWT with unlimited limits.
    /// - Throws: what signing or JSON encoding throws.
    public init(operator operatorKey: TestNKey, account accountKey: TestNKey) throws {
        self.operatorKey = operatorKey
        self.accountKey = accountKey
        operatorJWT = try Self.sign(
            claims: [
                "sub": operatorKey.publicKey, "name": "test-operator",
                "nats": ["type": "operator", "version": 2],
            ], with: operatorKey)
        accountJWT = try Self.sign(
            claims: [
                "sub": accountKey.publicKey, "name": "test-account",
                "nats": [
                    "limits": [
                        "subs": -1, "data": -1, "payload": -1, "imports": -1, "exports": -1,
                        "wildcards": true, "conn": -1, "leaf": -1,
                    ],
                    "type": "account", "version": 2,
                ],
            ], with: operatorKey)
    }

    /// The server configuration that trusts the operator and knows the account.
    public var serverConfig: String {
        """
        operator: \(operatorJWT)
        resolver: MEMORY
        resolver_preload: {
          \(accountKey.publicKey): \(accountJWT)
        }
        """
    }

    /// A user JWT for the user key `userPublicKey`, signed by `issuer` (the account unless a
    /// test wants otherwise).
    /// - Throws: what signing throws.
    public func userJWT(forPublicKey userPublicKey: String, issuer: TestNKey? = nil) throws
        -> String
    {
        try Self.sign(
            claims: [
                "sub": userPublicKey, "name": "test-user",
                "nats": [
                    "pub": [String: String](), "sub": [String: String](), "subs": -1, "data": -1,
                    "payload": -1, "type": "user", "version": 2,
                ],
            ], with: issuer ?? accountKey)
    }

    /// The text of a `.creds` file, in the layout `nsc` writes.
    public static func credsFile(jwt: String, seed: String) -> String {
        """
        -----BEGIN NATS USER JWT-----
        \(jwt)
        ------END NATS USER JWT------

        ************************* IMPORTANT *************************
        NKEY Seed printed below can be used to sign and prove identity.
        NKEYs are sensitive and should be treated as secrets.

        -----BEGIN USER NKEY SEED-----
        \(seed)
        ------END USER NKEY SEED------

        *************************************************************

        """
    }

    /// `base64url(header).base64url(claims).base64url(signature)`, with `iss`, `iat` and
    /// `jti` filled in.
    /// - Throws: what signing or JSON encoding throws.
    public static func sign(claims: [String: Any], with key: TestNKey) throws -> String {
        var claims = claims
        claims["iss"] = key.publicKey
        claims["iat"] = Int(Date().timeIntervalSince1970)
        claims["jti"] = UUID().uuidString.replacingOccurrences(of: "-", with: "")
        let header = try JSONSerialization.data(
            withJSONObject: ["typ": "JWT", "alg": "ed25519-nkey"], options: [.sortedKeys])
        let body = try JSONSerialization.data(withJSONObject: claims, options: [.sortedKeys])
        let signingInput = base64URL(header) + "." + base64URL(body)
        let signature = try key.sign(Array(signingInput.utf8))
        return signingInput + "." + base64URL(Data(signature))
    }

    private static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
