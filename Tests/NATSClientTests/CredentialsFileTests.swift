import Foundation
import Testing

@testable import NATSClient

@Suite("Credentials and NKEY seed files")
struct CredentialsFileTests {
    static let jwt =
        "eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ.eyJzdWIiOiJVIn0.c2lnbmF0dXJl"

    static func creds(jwt: String = jwt, seed: String = NKeyTests.knownSeed) -> String {
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

    static func temporaryFile(_ text: String, mode: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("natsctl-creds-\(UUID().uuidString)").path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    @Test func parsesJWTAndSeed() throws {
        for text in [Self.creds(), Self.creds().replacingOccurrences(of: "\n", with: "\r\n")] {
            let file = try CredentialsFile.parseCreds(text, path: "x.creds")
            #expect(file.jwt == Self.jwt)
            #expect(try file.seed.publicKey().encoded == NKeyTests.knownPublic)
        }
    }

    @Test func missingBlocksAreNamed() {
        #expect(throws: CredentialsError.missingJWT(path: "a.creds")) {
            try CredentialsFile.parseCreds("just text\n", path: "a.creds")
        }
        let jwtOnly = """
            -----BEGIN NATS USER JWT-----
            \(Self.jwt)
            ------END NATS USER JWT------

            """
        #expect(throws: CredentialsError.missingSeed(path: "a.creds")) {
            try CredentialsFile.parseCreds(jwtOnly, path: "a.creds")
        }
    }

    @Test func badSeedInCredsSaysWhyWithoutShowingIt() throws {
        var damaged = Array(NKeyTests.knownSeed)
        damaged[30] = damaged[30] == "Q" ? "R" : "Q"
        let text = Self.creds(seed: String(damaged))
        #expect(throws: CredentialsError.badSeed(path: "b.creds", .badChecksum(what: "NKEY seed")))
        {
            try CredentialsFile.parseCreds(text, path: "b.creds")
        }
        do {
            _ = try CredentialsFile.parseCreds(text, path: "b.creds")
        } catch {
            #expect(
                error.description == "credentials file b.creds: "
                    + "the NKEY seed has a bad checksum (damaged or truncated)")
        }
        let account = try NKeySeed.generate(.account).encodedSeed()
        #expect(
            throws: CredentialsError.badSeed(
                path: "c.creds", .wrongType(expected: .user, found: .account))
        ) {
            try CredentialsFile.parseCreds(Self.creds(seed: account), path: "c.creds")
        }
    }

    @Test func nkeyFileWithABareSeedOrABlock() throws {
        let bare = try CredentialsFile.parseNKey("\n  \(NKeyTests.knownSeed)  \n", path: "u.nk")
        #expect(bare.jwt == nil)
        #expect(try bare.seed.publicKey().encoded == NKeyTests.knownPublic)
        let decorated = try CredentialsFile.parseNKey(Self.creds(), path: "u.nk")
        #expect(try decorated.seed.publicKey().encoded == NKeyTests.knownPublic)
        #expect(throws: CredentialsError.missingSeed(path: "e.nk")) {
            try CredentialsFile.parseNKey(NKeyTests.knownPublic, path: "e.nk")
        }
    }

    @Test func loadingWarnsWhenOthersCanRead() throws {
        let open = try Self.temporaryFile(Self.creds(), mode: 0o644)
        let closed = try Self.temporaryFile(Self.creds(), mode: 0o600)
        defer {
            try? FileManager.default.removeItem(atPath: open)
            try? FileManager.default.removeItem(atPath: closed)
        }
        let loose = try CredentialsFile.loadCreds(path: open)
        #expect(loose.warnings.count == 1)
        #expect(loose.warnings.first?.contains("mode 644") == true)
        #expect(loose.warnings.first?.contains(NKeyTests.knownSeed) == false)
        #expect(try CredentialsFile.loadCreds(path: closed).warnings.isEmpty)
        let seedFile = try Self.temporaryFile(NKeyTests.knownSeed + "\n", mode: 0o640)
        defer { try? FileManager.default.removeItem(atPath: seedFile) }
        #expect(try CredentialsFile.loadNKey(path: seedFile).warnings.count == 1)
    }

    @Test func unreadableFileIsNamed() {
        #expect(
            throws: CredentialsError.unreadable(
                path: "/nonexistent/x.creds", reason: "No such file or directory")
        ) {
            try CredentialsFile.loadCreds(path: "/nonexistent/x.creds")
        }
    }
}
