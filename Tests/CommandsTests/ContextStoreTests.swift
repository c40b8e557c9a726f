import Foundation
import Testing

@testable import Commands

/// A temporary `XDG_CONFIG_HOME`, removed when the value is released.
final class TemporaryConfigHome {
    let path: String
    let store: ContextStore

    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("natsctl-ctx-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        store = try ContextStore(environment: ["XDG_CONFIG_HOME": path, "HOME": "/nonexistent"])
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a context file directly, as the `nats` CLI would have.
    func writeContext(_ name: String, _ json: String) throws {
        try FileManager.default.createDirectory(
            atPath: store.contextDirectory, withIntermediateDirectories: true)
        try json.write(toFile: store.path(of: name), atomically: true, encoding: .utf8)
    }

    func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

@Suite("Context files compatible with the nats CLI")
struct ContextStoreTests {
    /// A context file as `nats context save` writes it (Go's MarshalIndent of every field),
    /// plus one field this version does not know.
    static let natsWritten = """
        {
          "description": "production <eu> & co",
          "url": "nats://a.example:4222,nats://b.example:4222",
          "socks_proxy": "",
          "token": "",
          "user": "",
          "password": "",
          "creds": "~/creds/prod.creds",
          "nkey": "",
          "cert": "/etc/nats/client.pem",
          "key": "/etc/nats/client.key",
          "ca": "/etc/nats/ca.pem",
          "nsc": "",
          "jetstream_domain": "hub",
          "jetstream_api_prefix": "",
          "jetstream_event_prefix": "",
          "inbox_prefix": "_INBOX_prod",
          "user_jwt": "",
          "user_seed": "",
          "color_scheme": "cyan",
          "tls_first": true,
          "windows_cert_store": "",
          "windows_cert_match_by": "",
          "windows_cert_match": "",
          "windows_ca_certs_match": null,
          "future_field": {
            "enabled": true,
            "limit": 12
          }
        }
        """

    @Test func readsEveryFieldTheNatsCLIWrites() throws {
        let home = try TemporaryConfigHome()
        try home.writeContext("prod", Self.natsWritten)
        let context = try home.store.load("prod")
        #expect(context.name == "prod")
        #expect(context.contextDescription == "production <eu> & co")
        #expect(context.url == "nats://a.example:4222,nats://b.example:4222")
        #expect(context.creds == "~/creds/prod.creds")
        #expect(context.cert == "/etc/nats/client.pem")
        #expect(context.key == "/etc/nats/client.key")
        #expect(context.ca == "/etc/nats/ca.pem")
        #expect(context.jetstreamDomain == "hub")
        #expect(context.inboxPrefix == "_INBOX_prod")
        #expect(context.colorScheme == "cyan")
        #expect(context.tlsFirst)
        #expect(context.windowsCACertsMatch == nil)
        #expect(
            context.unknownFields["future_field"]
                == .object(["enabled": .bool(true), "limit": .integer(12)]))
    }

    @Test func rewriteKeepsTheNatsLayoutAndUnknownFields() throws {
        let home = try TemporaryConfigHome()
        try home.writeContext("prod", Self.natsWritten)
        let original = try home.store.load("prod")
        try home.store.save(original)
        let rewritten = try String(contentsOfFile: home.store.path(of: "prod"), encoding: .utf8)
        let expected = Self.natsWritten
            .replacingOccurrences(of: "<eu> & co", with: "\\u003ceu\\u003e \\u0026 co")
        #expect(rewritten == expected)
        #expect(try home.store.load("prod") == original)
    }

    @Test func savedFilesArePrivateAndAtomic() throws {
        let home = try TemporaryConfigHome()
        var context = NATSContext(name: "dev")
        context.url = "nats://127.0.0.1:4222"
        context.password = "s3cret"
        try home.store.save(context)
        #expect(try home.mode(home.store.path(of: "dev")) == 0o600)
        #expect(try home.mode(home.store.contextDirectory) == 0o700)
        #expect(try home.mode(home.store.root) == 0o700)
        let files = try FileManager.default.contentsOfDirectory(atPath: home.store.contextDirectory)
        #expect(files == ["dev.json"])
        #expect(try home.store.load("dev") == context)
        #expect(!String(describing: context).contains("s3cret"))
    }

    @Test(arguments: ["", "..", "a..b", "a/b", "a\\b", "../etc"])
    func badNamesAreRefused(name: String) throws {
        let home = try TemporaryConfigHome()
        #expect(throws: ContextError.self) { try home.store.save(NATSContext(name: name)) }
        #expect(throws: ContextError.self) { try home.store.load(name) }
        #expect(throws: ContextError.self) { try home.store.select(name) }
    }

    @Test func listingSkipsWhatTheNatsCLISkips() throws {
        let home = try TemporaryConfigHome()
        try home.writeContext("b", "{}")
        try home.writeContext("a.dotted", "{\"url\": \"x\"}")
        try home.writeContext("empty", "")
        try "x".write(
            toFile: home.store.contextDirectory + "/notes.txt", atomically: true, encoding: .utf8)
        #expect(home.store.names() == ["a.dotted", "b"])
    }

    @Test func selectionAndPreviousSelection() throws {
        let home = try TemporaryConfigHome()
        try home.store.save(NATSContext(name: "one"))
        try home.store.save(NATSContext(name: "two"))
        #expect(home.store.selected() == nil)
        #expect(try home.store.select("one") == nil)
        #expect(try home.store.select("two") == "one")
        #expect(home.store.selected() == "two")
        #expect(home.store.previous() == "one")
        let selectedText = try String(
            contentsOfFile: home.store.root + "/context.txt", encoding: .utf8)
        #expect(selectedText == "two")
        #expect(try home.mode(home.store.root + "/context.txt") == 0o600)
        #expect(throws: ContextError.notFound("three")) { try home.store.select("three") }
        #expect(try home.store.select(nil) == "two")
        #expect(home.store.selected() == nil)
        #expect(home.store.previous() == "two")
    }

    @Test func removingTheSelectedContext() throws {
        let home = try TemporaryConfigHome()
        try home.store.save(NATSContext(name: "one"))
        try home.store.save(NATSContext(name: "two"))
        try home.store.select("one")
        #expect(throws: ContextError.activeContext("one")) { try home.store.remove("one") }
        try home.store.remove("two")
        try home.store.remove("one")
        #expect(home.store.names().isEmpty)
        #expect(home.store.selected() == nil)
        #expect(throws: ContextError.notFound("one")) { try home.store.remove("one") }
    }

    @Test func malformedFilesAreNamed() throws {
        let home = try TemporaryConfigHome()
        try home.writeContext("list", "[1, 2]")
        try home.writeContext("typed", "{\"tls_first\": \"yes\"}")
        #expect(
            throws: ContextError.malformed(
                path: home.store.path(of: "list"), reason: "not a JSON object")
        ) {
            try home.store.load("list")
        }
        #expect(
            throws: ContextError.malformed(
                path: home.store.path(of: "typed"), reason: "tls_first must be true or false")
        ) {
            try home.store.load("typed")
        }
    }

    @Test func configHomeFallsBackToHome() throws {
        let store = try ContextStore(environment: ["HOME": "/home/someone"])
        #expect(store.root == "/home/someone/.config/nats")
        let xdg = try ContextStore(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "/x"])
        #expect(xdg.contextDirectory == "/x/nats/context")
    }
}
