import Foundation
import NATSClient
import TestSupport
import Testing

/// TLS, mutual TLS, NKEY and creds users through the binary's global flags and contexts.
@Suite struct SecureCommandLineTests {
    static func tlsServer(
        _ pki: TestPKI, names: [String] = ["IP:127.0.0.1", "DNS:localhost"], extra: String = ""
    ) throws -> NATSServerProcess {
        let pair = try pki.serverCertificate(names: names)
        return try NATSServerProcess(
            jetstream: false,
            config: """
                tls {
                  cert_file: "\(pair.certificate)"
                  key_file: "\(pair.key)"
                  ca_file: "\(pki.caFile)"
                  \(extra)
                }
                """)
    }

    @Test func tlsServerReachedWithTheCAAndRefusedWithAnother() throws {
        let pki = try TestPKI()
        let other = try TestPKI(name: "unrelated CA")
        let server = try Self.tlsServer(pki)
        let home = try CommandLineHome()
        let tlsURL = "tls://127.0.0.1:\(server.port)"

        let trusted = try home.run(["rtt", "1", "-s", tlsURL, "--tlsca", pki.caFile])
        #expect(trusted.exitCode == 0, "\(trusted.stderr)")
        #expect(trusted.stdout.hasPrefix(tlsURL + ":\n"))
        let upgraded = try home.run(
            ["rtt", "1", "-s", server.url], environment: ["NATS_CA": pki.caFile])
        #expect(upgraded.exitCode == 0, "\(upgraded.stderr)")

        let refused = try home.run(["rtt", "1", "-s", tlsURL, "--tlsca", other.caFile])
        #expect(refused.exitCode == 1)
        #expect(
            refused.stderr.hasPrefix(
                "natsctl: error: could not connect to \(tlsURL): TLS: the certificate of "
                    + "127.0.0.1 is signed by an unknown authority"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
        #expect(refused.stdout.contains("\(tlsURL): failed"))
    }

    @Test func wrongHostnameRefusedInOneLine() throws {
        let pki = try TestPKI()
        let server = try Self.tlsServer(pki, names: ["DNS:nats.example.test"])
        let home = try CommandLineHome()
        let result = try home.run(["rtt", "1", "-s", server.url, "--tlsca", pki.caFile])
        #expect(result.exitCode == 1)
        #expect(
            result.stderr
                == "natsctl: error: could not connect to \(server.url): TLS: the server "
                + "certificate does not match the host name 127.0.0.1\n")
    }

    @Test func storedContextCarriesTheTLSSettings() throws {
        let pki = try TestPKI()
        let server = try Self.tlsServer(pki)
        let home = try CommandLineHome()
        let added = try home.run([
            "context", "add", "secure", "-s", "tls://127.0.0.1:\(server.port)", "--tlsca",
            pki.caFile, "--select",
        ])
        #expect(added.exitCode == 0, "\(added.stderr)")
        #expect(added.stdout.contains("CA: \(pki.caFile) (OK)"))
        let result = try home.run(["rtt", "1"])
        #expect(result.exitCode == 0, "\(result.stderr)")
    }

    @Test func mutualTLSNeedsTheClientCertificate() throws {
        let pki = try TestPKI()
        let server = try Self.tlsServer(pki, extra: "verify: true")
        let client = try pki.clientCertificate()
        let home = try CommandLineHome()
        let base = ["rtt", "1", "-s", server.url, "--tlsca", pki.caFile]
        let anonymous = try home.run(base)
        #expect(anonymous.exitCode == 1)
        #expect(anonymous.stderr.hasPrefix("natsctl: error: "))
        let withCertificate = try home.run(
            base + ["--tlscert", client.certificate, "--tlskey", client.key])
        #expect(withCertificate.exitCode == 0, "\(withCertificate.stderr)")
    }

    @Test func nkeyUserAdmittedAndWrongSeedRefused() throws {
        let user = try NKeySeed.generate(.user)
        let server = try NATSServerProcess(
            jetstream: false,
            config: "authorization { users = [ { nkey: \(try user.publicKey().encoded) } ] }")
        let home = try CommandLineHome()
        let seedFile = try home.write("user.nk", user.encodedSeed() + "\n")
        let admitted = try home.run(["rtt", "1", "-s", server.url, "--nkey", seedFile])
        #expect(admitted.exitCode == 0, "\(admitted.stderr)")

        let otherFile = try home.write("other.nk", try NKeySeed.generate(.user).encodedSeed())
        let refused = try home.run(["rtt", "1", "-s", server.url, "--nkey", otherFile])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("authorization violation"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
    }

    @Test func credsUserAdmittedThroughFlagAndContext() throws {
        let jwts = try TestJWT(
            operator: TestNKey(.generate(.operator)), account: TestNKey(.generate(.account)))
        let server = try NATSServerProcess(jetstream: false, config: jwts.serverConfig)
        let user = try NKeySeed.generate(.user)
        let home = try CommandLineHome()
        let jwt = try jwts.userJWT(forPublicKey: try user.publicKey().encoded)
        let credsFile = try home.write(
            "user.creds", TestJWT.credsFile(jwt: jwt, seed: user.encodedSeed()))
        let byFlag = try home.run(["rtt", "1", "-s", server.url, "--creds", credsFile])
        #expect(byFlag.exitCode == 0, "\(byFlag.stderr)")
        #expect(byFlag.stderr.isEmpty)
        let shared = try home.write(
            "shared.creds", TestJWT.credsFile(jwt: jwt, seed: user.encodedSeed()), mode: 0o644)
        let warned = try home.run(["rtt", "1", "-s", server.url, "--creds", shared])
        #expect(warned.exitCode == 0, "\(warned.stderr)")
        #expect(
            warned.stderr
                == "natsctl: warning: credentials file \(shared) is readable by group or others "
                + "(mode 644); restrict it with chmod 600\n")

        _ = try home.run(["context", "add", "op", "-s", server.url, "--creds", credsFile])
        let byContext = try home.run(["rtt", "1", "--context", "op"])
        #expect(byContext.exitCode == 0, "\(byContext.stderr)")
        let anonymous = try home.run(["rtt", "1", "-s", server.url])
        #expect(anonymous.exitCode == 1)
    }
}
