import NATSClient
import TestSupport

extension TestNKey {
    /// The fixture's view of a client seed.
    init(_ seed: NKeySeed) throws {
        self.init(
            publicKey: try seed.publicKey().encoded, seed: seed.encodedSeed(),
            sign: { try seed.sign($0) })
    }
}

extension TestJWT {
    /// A fresh operator and account.
    init() throws {
        try self.init(
            operator: TestNKey(.generate(.operator)), account: TestNKey(.generate(.account)))
    }

    /// A user JWT for `user`, signed by `issuer` (the account unless a test wants otherwise).
    func userJWT(for user: NKeySeed, issuer: NKeySeed? = nil) throws -> String {
        try userJWT(
            forPublicKey: try user.publicKey().encoded, issuer: try issuer.map(TestNKey.init))
    }

    /// The text of a `.creds` file for `jwt` and `seed`.
    static func credsFile(jwt: String, seed: NKeySeed) -> String {
        credsFile(jwt: jwt, seed: seed.encodedSeed())
    }
}
