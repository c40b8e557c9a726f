import Foundation
import NATSClient
import TestSupport
import Testing

@testable import Commands

@Suite("A stored context connects to a real TLS server with an NKEY user")
struct ContextConnectionTests {
    @Test func contextWithCAAndNKeyConnects() async throws {
        let pki = try TestPKI()
        let pair = try pki.serverCertificate()
        let user = try NKeySeed.generate(.user)
        let server = try NATSServerProcess(
            jetstream: false,
            config: """
                authorization { users = [ { nkey: \(try user.publicKey().encoded) } ] }
                tls { cert_file: "\(pair.certificate)", key_file: "\(pair.key)" }
                """)
        let home = try TemporaryConfigHome()
        let seedFile = home.path + "/user.nk"
        try user.encodedSeed().write(toFile: seedFile, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: seedFile)
        var context = NATSContext(name: "secure")
        context.url = "nats://127.0.0.1:1"
        context.ca = "$PKI_CA"
        context.nkey = "file://" + seedFile
        try home.store.save(context)
        try home.store.select("secure")

        var flags = ConnectionFlags()
        flags.server = server.url
        let settings = try ConnectionResolver.resolve(
            flags: flags, environment: ["PKI_CA": pki.caFile], store: home.store)
        #expect(settings.contextName == "secure")
        let options = try settings.connectionOptions()
        #expect(options.credentialFileWarnings().isEmpty)
        let connection = try await Connection.connect(options)
        #expect(connection.serverInfo.tlsRequired)
        try await connection.flush()
        await connection.close()
    }
}
