import Foundation
import Testing

@testable import Commands

@Suite("Connection settings: flags over environment over context")
struct ConnectionResolverTests {
    static func makeHome() throws -> TemporaryConfigHome {
        let home = try TemporaryConfigHome()
        var prod = NATSContext(name: "prod")
        prod.url = "nats://prod.example:4222"
        prod.user = "ctxuser"
        prod.password = "ctxpass"
        prod.ca = "~/pki/ca.pem"
        prod.cert = "$PKI/client.pem"
        prod.key = "file://${PKI}/client.key"
        prod.jetstreamDomain = "hub"
        prod.inboxPrefix = "_I"
        prod.tlsFirst = true
        try home.store.save(prod)
        var dev = NATSContext(name: "dev")
        dev.url = "nats://dev.example:4222"
        dev.creds = "/creds/dev.creds"
        try home.store.save(dev)
        try home.store.select("prod")
        return home
    }

    static let environment = ["HOME": "/home/me", "PKI": "/etc/pki"]

    @Test func selectedContextWithPathsExpanded() throws {
        let home = try Self.makeHome()
        let settings = try ConnectionResolver.resolve(
            flags: ConnectionFlags(), environment: Self.environment, store: home.store)
        #expect(settings.contextName == "prod")
        #expect(settings.servers == "nats://prod.example:4222")
        #expect(settings.user == "ctxuser")
        #expect(settings.password == "ctxpass")
        #expect(settings.ca == "/home/me/pki/ca.pem")
        #expect(settings.cert == "/etc/pki/client.pem")
        #expect(settings.key == "/etc/pki/client.key")
        #expect(settings.tlsFirst)
        #expect(settings.jsDomain == "hub")
        #expect(settings.inboxPrefix == "_I")
        #expect(settings.timeout == "5s")
    }

    @Test func environmentOverridesContextAndFlagsOverrideEnvironment() throws {
        let home = try Self.makeHome()
        var environment = Self.environment
        environment["NATS_URL"] = "nats://env.example:4222"
        environment["NATS_TIMEOUT"] = "9s"
        environment["NATS_CA"] = "/env/ca.pem"
        let fromEnvironment = try ConnectionResolver.resolve(
            flags: ConnectionFlags(), environment: environment, store: home.store)
        #expect(fromEnvironment.servers == "nats://env.example:4222")
        #expect(fromEnvironment.timeout == "9s")
        #expect(fromEnvironment.ca == "/env/ca.pem")
        #expect(fromEnvironment.user == "ctxuser")

        var flags = ConnectionFlags()
        flags.server = "nats://flag.example:4222"
        flags.tlsCA = "/flag/ca.pem"
        flags.jsDomain = "leaf"
        let fromFlags = try ConnectionResolver.resolve(
            flags: flags, environment: environment, store: home.store)
        #expect(fromFlags.servers == "nats://flag.example:4222")
        #expect(fromFlags.ca == "/flag/ca.pem")
        #expect(fromFlags.jsDomain == "leaf")
        #expect(fromFlags.timeout == "9s")
    }

    @Test func givenCredentialsReplaceTheContextsCredentials() throws {
        let home = try Self.makeHome()
        var flags = ConnectionFlags()
        flags.creds = "/flag/user.creds"
        let settings = try ConnectionResolver.resolve(
            flags: flags, environment: Self.environment, store: home.store)
        #expect(settings.creds == "/flag/user.creds")
        #expect(settings.user == nil)
        #expect(settings.password == nil)

        let fromEnvironment = try ConnectionResolver.resolve(
            flags: ConnectionFlags(), environment: ["NATS_NKEY": "/env/user.nk"],
            store: home.store)
        #expect(fromEnvironment.nkey == "/env/user.nk")
        #expect(fromEnvironment.user == nil)
    }

    @Test func userWithoutPasswordIsAToken() throws {
        var flags = ConnectionFlags()
        flags.user = "s3cr3t-token"
        let settings = try ConnectionResolver.resolve(
            flags: flags, environment: [:], store: nil)
        #expect(settings.token == "s3cr3t-token")
        #expect(settings.user == nil)
        flags.password = "pw"
        let both = try ConnectionResolver.resolve(flags: flags, environment: [:], store: nil)
        #expect(both.user == "s3cr3t-token")
        #expect(both.password == "pw")
        #expect(both.token == nil)
        var dumped = ""
        dump(both, to: &dumped)
        #expect(!dumped.contains("pw") && !String(describing: both).contains("s3cr3t"))
    }

    @Test func contextChosenByFlagEnvironmentOrFile() throws {
        let home = try Self.makeHome()
        let byEnvironment = try ConnectionResolver.resolve(
            flags: ConnectionFlags(), environment: ["NATS_CONTEXT": "dev"], store: home.store)
        #expect(byEnvironment.contextName == "dev")
        #expect(byEnvironment.creds == "/creds/dev.creds")

        var flags = ConnectionFlags()
        flags.context = "prod"
        let byFlag = try ConnectionResolver.resolve(
            flags: flags, environment: ["NATS_CONTEXT": "dev"], store: home.store)
        #expect(byFlag.contextName == "prod")

        flags.context = home.store.path(of: "dev")
        let byFile = try ConnectionResolver.resolve(
            flags: flags, environment: [:], store: home.store)
        #expect(byFile.contextName == "dev")
        #expect(byFile.servers == "nats://dev.example:4222")

        flags.context = "missing"
        #expect(throws: ContextError.notFound("missing")) {
            try ConnectionResolver.resolve(flags: flags, environment: [:], store: home.store)
        }

        var none = ConnectionFlags()
        none.noContext = true
        let ignored = try ConnectionResolver.resolve(
            flags: none, environment: [:], store: home.store)
        #expect(ignored.contextName == nil)
        #expect(ignored.servers == "nats://127.0.0.1:4222")
    }

    @Test func vanishedSelectionIsAWarning() throws {
        let home = try Self.makeHome()
        try FileManager.default.removeItem(atPath: home.store.path(of: "prod"))
        let settings = try ConnectionResolver.resolve(
            flags: ConnectionFlags(), environment: [:], store: home.store)
        #expect(settings.contextName == nil)
        #expect(settings.warnings == ["The selected context \"prod\" was not found"])
    }

    @Test func credentialReferences() throws {
        let home = try TemporaryConfigHome()
        var context = NATSContext(name: "refs")
        context.password = "env://PROD_PASSWORD"
        context.token = "data:;base64,dG9rZW4tdmFsdWUK"
        context.user = "u"
        try home.store.save(context)
        var flags = ConnectionFlags()
        flags.context = "refs"
        let settings = try ConnectionResolver.resolve(
            flags: flags, environment: ["PROD_PASSWORD": "from-env"], store: home.store)
        #expect(settings.password == "from-env")
        #expect(settings.token == "token-value")
        #expect(throws: ContextError.self) {
            try ConnectionResolver.resolve(flags: flags, environment: [:], store: home.store)
        }
        context.creds = "op://vault/item/creds"
        try home.store.save(context)
        #expect(throws: ContextError.unsupportedReference(field: "creds", scheme: "op")) {
            try ConnectionResolver.resolve(
                flags: flags, environment: ["PROD_PASSWORD": "x"], store: home.store)
        }
        #expect(CredentialReference.scheme(of: "C:\\creds") == nil)
        #expect(CredentialReference.scheme(of: "/a/b:c") == nil)
        #expect(CredentialReference.scheme(of: "file:///x") == "file")
    }
}

@Suite("Connection settings into client options")
struct ConnectionOptionsMappingTests {
    @Test func authenticationOrderAndTLS() throws {
        var settings = ConnectionSettings()
        settings.servers = "tls://a.example:4222,nats://b.example"
        settings.user = "alice"
        settings.password = "pw"
        settings.creds = "/c.creds"
        settings.token = "t"
        settings.cert = "/cert.pem"
        settings.ca = "/ca.pem"
        settings.tlsFirst = true
        settings.inboxPrefix = "_I"
        settings.connectionName = "natsctl"
        let options = try settings.connectionOptions()
        #expect(options.servers.map(\.host) == ["a.example", "b.example"])
        #expect(options.user == "alice")
        #expect(options.password == "pw")
        #expect(options.credentialsFile == nil)
        #expect(options.token == "t")
        #expect(options.tls.certificateFile == nil)
        #expect(options.tls.caFile == "/ca.pem")
        #expect(options.tls.handshakeFirst)
        #expect(options.inboxPrefix == "_I")
        #expect(options.name == "natsctl")

        settings.user = nil
        settings.key = "/key.pem"
        let withCreds = try settings.connectionOptions()
        #expect(withCreds.credentialsFile == "/c.creds")
        #expect(withCreds.tls.certificateFile == "/cert.pem")
        #expect(withCreds.tls.keyFile == "/key.pem")

        settings.creds = nil
        settings.nkey = "/u.nk"
        #expect(try settings.connectionOptions().nkeyFile == "/u.nk")
    }
}
