import Foundation
import NATSClient
import TestSupport
import Testing

/// Passwords, tokens, seeds and JWTs never reach standard output or standard error: not with
/// `--trace`, not in errors, not in context views, whether they come from flags, variables,
/// URLs or contexts.
@Suite struct SecretsNeverPrintedTests {
    /// Runs natsctl and checks that none of `secrets` appears in what it printed.
    @discardableResult
    static func runChecked(
        _ home: CommandLineHome, _ arguments: [String], environment: [String: String] = [:],
        secrets: [String], expectedExit: Int32, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> NatsctlProcess.Result {
        let result = try home.run(arguments, environment: environment)
        #expect(
            result.exitCode == expectedExit, "\(arguments): \(result.stderr)",
            sourceLocation: sourceLocation)
        #expect(!result.stdout.isEmpty || !result.stderr.isEmpty, sourceLocation: sourceLocation)
        for secret in secrets {
            #expect(
                !result.stdout.contains(secret), "stdout of \(arguments) shows a secret",
                sourceLocation: sourceLocation)
            #expect(
                !result.stderr.contains(secret), "stderr of \(arguments) shows a secret",
                sourceLocation: sourceLocation)
        }
        return result
    }

    @Test func passwordFromFlagVariableURLAndContext() throws {
        let password = "pw-Secret-4242"
        let wrong = "pw-Wrong-5353"
        let server = try NATSServerProcess(
            jetstream: false,
            config: "authorization { users = [ { user: alice, password: \"\(password)\" } ] }")
        let home = try CommandLineHome()
        let secrets = [password, wrong]
        let base = ["rtt", "1", "--trace", "-s", server.url, "--user", "alice"]
        let traced = try Self.runChecked(
            home, base + ["--password", password], secrets: secrets, expectedExit: 0)
        #expect(traced.stderr.contains(">>> CONNECT {"))
        #expect(traced.stderr.contains("\"pass\":\"[REDACTED]\""))
        try Self.runChecked(home, base + ["--password", wrong], secrets: secrets, expectedExit: 1)
        try Self.runChecked(
            home, base, environment: ["NATS_PASSWORD": password], secrets: secrets,
            expectedExit: 0)
        let inURL = "nats://alice:\(password)@127.0.0.1:\(server.port)"
        try Self.runChecked(
            home, ["rtt", "1", "--trace", "-s", inURL], secrets: secrets, expectedExit: 0)
        try Self.runChecked(
            home,
            ["context", "add", "pw", "-s", inURL, "--user", "alice", "--password", password],
            secrets: secrets, expectedExit: 0)
        try Self.runChecked(
            home, ["context", "info", "pw", "--json"], secrets: secrets, expectedExit: 0)
        try Self.runChecked(home, ["context", "ls", "--json"], secrets: secrets, expectedExit: 0)
        try Self.runChecked(
            home, ["rtt", "1", "--trace", "--context", "pw"], secrets: secrets, expectedExit: 0)
    }

    @Test func tokenFromFlagVariableAndContext() throws {
        let token = "tok-Secret-9191"
        let wrong = "tok-Wrong-8181"
        let server = try NATSServerProcess(
            jetstream: false, config: "authorization { token: \"\(token)\" }")
        let home = try CommandLineHome()
        let secrets = [token, wrong]
        let base = ["rtt", "1", "--trace", "-s", server.url]
        let traced = try Self.runChecked(
            home, base + ["--token", token], secrets: secrets, expectedExit: 0)
        #expect(traced.stderr.contains("\"auth_token\":\"[REDACTED]\""))
        try Self.runChecked(home, base + ["--token", wrong], secrets: secrets, expectedExit: 1)
        try Self.runChecked(home, base + ["--user", token], secrets: secrets, expectedExit: 0)
        try Self.runChecked(
            home, base, environment: ["NATS_TOKEN": token], secrets: secrets, expectedExit: 0)
        try Self.runChecked(
            home, ["context", "add", "tok", "-s", server.url, "--token", token, "--select"],
            secrets: secrets, expectedExit: 0)
        try Self.runChecked(home, ["context", "info"], secrets: secrets, expectedExit: 0)
        try Self.runChecked(home, ["rtt", "1", "--trace"], secrets: secrets, expectedExit: 0)
    }

    @Test func nkeySeedAndCredsNeverShown() throws {
        let jwts = try TestJWT(
            operator: TestNKey(.generate(.operator)), account: TestNKey(.generate(.account)))
        let user = try NKeySeed.generate(.user)
        let jwt = try jwts.userJWT(forPublicKey: try user.publicKey().encoded)
        let credsServer = try NATSServerProcess(jetstream: false, config: jwts.serverConfig)
        let nkeyServer = try NATSServerProcess(
            jetstream: false,
            config: "authorization { users = [ { nkey: \(try user.publicKey().encoded) } ] }")
        let home = try CommandLineHome()
        let seedFile = try home.write("user.nk", user.encodedSeed())
        let credsFile = try home.write(
            "user.creds", TestJWT.credsFile(jwt: jwt, seed: user.encodedSeed()))
        let impostor = try NKeySeed.generate(.user)
        let impostorFile = try home.write("impostor.nk", impostor.encodedSeed())
        let secrets = [
            user.encodedSeed(), impostor.encodedSeed(), jwt,
            String(jwt.split(separator: ".").last!),
        ]
        try Self.runChecked(
            home, ["rtt", "1", "--trace", "-s", nkeyServer.url, "--nkey", seedFile],
            secrets: secrets, expectedExit: 0)
        try Self.runChecked(
            home, ["rtt", "1", "--trace", "-s", nkeyServer.url, "--nkey", impostorFile],
            secrets: secrets, expectedExit: 1)
        try Self.runChecked(
            home, ["rtt", "1", "--trace", "-s", credsServer.url, "--creds", credsFile],
            secrets: secrets, expectedExit: 0)
        try Self.runChecked(
            home, ["rtt", "1", "--trace", "-s", credsServer.url],
            environment: ["NATS_CREDS": credsFile], secrets: secrets, expectedExit: 0)
        try Self.runChecked(
            home, ["context", "add", "nk", "-s", nkeyServer.url, "--nkey", seedFile],
            secrets: secrets, expectedExit: 0)
        try Self.runChecked(
            home, ["rtt", "1", "--trace", "--context", "nk"], secrets: secrets, expectedExit: 0)
    }

    @Test func seedInAContextFieldIsMasked() throws {
        let user = try NKeySeed.generate(.user)
        let home = try CommandLineHome()
        try home.home.writeContext(
            "inline",
            """
            {"url": "nats://127.0.0.1:1", "user_seed": "\(user.encodedSeed())",
             "user_jwt": "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJVIn0.c2lnbmF0dXJl"}
            """)
        let secrets = [user.encodedSeed(), "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJVIn0.c2lnbmF0dXJl"]
        try Self.runChecked(home, ["context", "info", "inline"], secrets: secrets, expectedExit: 0)
        try Self.runChecked(
            home, ["context", "info", "inline", "--json"], secrets: secrets, expectedExit: 0)
        try Self.runChecked(
            home, ["rtt", "1", "--trace", "--context", "inline"], secrets: secrets,
            expectedExit: 1)
    }
}
