import Foundation
import TestSupport
import Testing

/// `natsctl context …` through the built binary on a temporary XDG_CONFIG_HOME.
@Suite struct ContextCommandTests {
    /// Every field `nats context save` writes (jsm.go natscontext settings, `name` omitted).
    static let natsFields: Set<String> = [
        "description", "url", "socks_proxy", "token", "user", "password", "creds", "nkey",
        "cert", "key", "ca", "nsc", "jetstream_domain", "jetstream_api_prefix",
        "jetstream_event_prefix", "inbox_prefix", "user_jwt", "user_seed", "color_scheme",
        "tls_first", "windows_cert_store", "windows_cert_match_by", "windows_cert_match",
        "windows_ca_certs_match",
    ]

    @Test func addListInfoSelectAndRemove() throws {
        let home = try CommandLineHome()
        let empty = try home.run(["context", "ls"])
        #expect(empty.exitCode == 0)
        #expect(empty.stdout == "No known contexts\n")

        let dev = try home.run([
            "context", "add", "dev", "-s", "nats://127.0.0.1:4222", "--description", "Local dev",
        ])
        #expect(dev.exitCode == 0, "\(dev.stderr)")
        #expect(dev.stdout.contains("NATS Configuration Context \"dev\""))
        #expect(dev.stdout.contains("Description: Local dev"))
        let prod = try home.run([
            "context", "create", "prod", "--server", "tls://nats.example.com:4222", "--user", "bob",
            "--password", "hunter2", "--tlsca", "ca.pem", "--js-domain", "hub", "--inbox-prefix",
            "_INBOX_prod", "--tlsfirst", "--select",
        ])
        #expect(prod.exitCode == 0, "\(prod.stderr)")
        #expect(prod.stdout.contains("Password: ********"))
        #expect(!prod.stdout.contains("hunter2"))

        let directory = home.contextDirectory
        #expect(try home.mode(home.nats) == 0o700)
        #expect(try home.mode(directory) == 0o700)
        #expect(try home.mode(directory + "/dev.json") == 0o600)
        #expect(try home.mode(directory + "/prod.json") == 0o600)
        #expect(home.text(home.nats + "/context.txt") == "prod")

        let json = try home.contextJSON("prod")
        #expect(Set(json.keys) == Self.natsFields)
        #expect(json["url"] as? String == "tls://nats.example.com:4222")
        #expect(json["user"] as? String == "bob")
        #expect(json["password"] as? String == "hunter2")
        #expect(json["ca"] as? String == FileManager.default.currentDirectoryPath + "/ca.pem")
        #expect(json["jetstream_domain"] as? String == "hub")
        #expect(json["inbox_prefix"] as? String == "_INBOX_prod")
        #expect(json["tls_first"] as? Bool == true)
        #expect(json["windows_ca_certs_match"] is NSNull)
        #expect(Set(try home.contextJSON("dev").keys) == Self.natsFields)

        let table = try home.run(["context", "list"])
        #expect(table.exitCode == 0)
        #expect(table.stdout.contains("Known Contexts"))
        #expect(table.stdout.contains("│ prod* │"))
        #expect(table.stdout.contains("│ dev   │ Local dev   │"))
        #expect(try home.run(["context", "ls", "--names"]).lines == ["dev", "prod"])

        let info = try home.run(["context", "info"])
        #expect(info.exitCode == 0)
        #expect(info.stdout.contains("NATS Configuration Context \"prod\""))
        #expect(info.stdout.contains("Username: bob"))
        #expect(info.stdout.contains("JS Domain: hub"))
        #expect(info.stdout.contains("TLS First: true"))
        #expect(!info.stdout.contains("hunter2"))

        #expect(try home.run(["context", "select"]).stdout == "prod\n")
        let selected = try home.run(["context", "switch", "dev"])
        #expect(selected.exitCode == 0)
        #expect(selected.stdout.contains("NATS Configuration Context \"dev\""))
        #expect(home.text(home.nats + "/context.txt") == "dev")
        #expect(home.text(home.nats + "/previous-context.txt") == "prod")

        let unconfirmed = try home.run(["context", "rm", "prod"])
        #expect(unconfirmed.exitCode == 2)
        #expect(unconfirmed.stderr.contains("pass -f"))
        #expect(home.exists(directory + "/prod.json"))
        let selectedRemoval = try home.run(["context", "rm", "dev"])
        #expect(selectedRemoval.exitCode == 2)
        #expect(selectedRemoval.stderr.contains("is the selected context"))
        #expect(try home.run(["context", "rm", "dev", "-f"]).exitCode == 0)
        #expect(!home.exists(directory + "/dev.json"))
        #expect(!home.exists(home.nats + "/context.txt"))
        #expect(try home.run(["context", "remove", "prod", "--force"]).exitCode == 0)
        #expect(try home.run(["context", "ls"]).stdout == "No known contexts\n")
    }

    @Test func listAsJSONMasksSecretsAndNamesEachContext() throws {
        let home = try CommandLineHome()
        _ = try home.run(["context", "add", "a", "--token", "tok-3141", "-s", "nats://h:1"])
        _ = try home.run(["context", "add", "b", "--user", "u", "--password", "pw-2718"])
        let result = try home.run(["context", "ls", "--json"])
        #expect(result.exitCode == 0)
        let list = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["name"] as? String } == ["a", "b"])
        #expect(list[0]["token"] as? String == "[REDACTED]")
        #expect(list[0]["url"] as? String == "nats://h:1")
        #expect(list[1]["password"] as? String == "[REDACTED]")
        #expect(!result.stdout.contains("tok-3141") && !result.stdout.contains("pw-2718"))
        let info = try home.run(["context", "info", "b", "--json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == Self.natsFields.union(["name"]))
        #expect(object["user"] as? String == "u")
        #expect(object["password"] as? String == "[REDACTED]")
    }

    @Test func addUpdatesAnExistingContextAndCanStartFromAnother() throws {
        let home = try CommandLineHome()
        _ = try home.run([
            "context", "add", "a", "-s", "nats://one:4222", "--description", "first",
            "--token", "t-1",
        ])
        let update = try home.run(["context", "save", "a", "--js-domain", "leaf"])
        #expect(update.exitCode == 0)
        let updated = try home.contextJSON("a")
        #expect(updated["url"] as? String == "nats://one:4222")
        #expect(updated["description"] as? String == "first")
        #expect(updated["token"] as? String == "t-1")
        #expect(updated["jetstream_domain"] as? String == "leaf")

        let copy = try home.run(["context", "add", "b", "--context", "a", "--description", "copy"])
        #expect(copy.exitCode == 0, "\(copy.stderr)")
        let copied = try home.contextJSON("b")
        #expect(copied["url"] as? String == "nats://one:4222")
        #expect(copied["description"] as? String == "copy")
        #expect(copied["jetstream_domain"] as? String == "leaf")

        let userAsToken = try home.run(["context", "add", "c", "--user", "just-a-token"])
        #expect(userAsToken.exitCode == 0)
        #expect(try home.contextJSON("c")["token"] as? String == "just-a-token")
        #expect(try home.contextJSON("c")["user"] as? String == "")
    }

    @Test func badInputIsAUsageErrorAndWritesNothing() throws {
        let home = try CommandLineHome()
        let badName = try home.run(["context", "add", "a/b"])
        #expect(badName.exitCode == 2)
        #expect(badName.stderr.contains("invalid context name \"a/b\""))
        let twoKinds = try home.run([
            "context", "add", "x", "--user", "u", "--password", "p", "--creds", "/tmp/u.creds",
        ])
        #expect(twoKinds.exitCode == 2)
        #expect(twoKinds.stderr.contains("more than one kind of credentials"))
        #expect(!home.exists(home.contextFile("x")))
        for command in [["info", "nope"], ["select", "nope"], ["rm", "nope", "-f"]] {
            let result = try home.run(["context"] + command)
            #expect(result.exitCode == 2, "context \(command)")
            #expect(result.stderr.contains("unknown context \"nope\""), "context \(command)")
        }
        let noSelection = try home.run(["context", "info"])
        #expect(noSelection.exitCode == 2)
        #expect(noSelection.stderr.contains("no context is selected"))
        #expect(try home.run(["context", "select"]).exitCode == 1)
        #expect(try home.run(["context", "unselect"]).stdout == "No context currently selected\n")
    }

    @Test func filesWrittenByTheNatsCLIAreShownWithSecretsMasked() throws {
        let home = try CommandLineHome()
        let seed = "SUAIBDPBAUTWCWBKIO6XHQNINK5FWJW4OHLXC3HQ2KFE4PEJUA44CNHTC4"
        let embedded = Data("-----BEGIN USER NKEY SEED-----\n\(seed)\n".utf8).base64EncodedString()
        let caFile = try home.write("ca.pem", "not really a certificate")
        try home.home.writeContext(
            "legacy",
            """
            {
              "description": "written by nats",
              "url": "nats://alice:url-pass-99@a.example:4222,nats://b.example:4222",
              "token": "literal-token-77",
              "password": "env://LEGACY_PASSWORD",
              "creds": "data:;base64,\(embedded)",
              "user_seed": "\(seed)",
              "ca": "\(caFile)",
              "key": "/nonexistent/client.key",
              "cert": "/nonexistent/client.pem",
              "tls_first": false,
              "some_future_field": "kept"
            }
            """)
        let info = try home.run(["context", "info", "legacy"])
        #expect(info.exitCode == 0, "\(info.stderr)")
        let text = info.stdout
        #expect(text.contains("Server URLs: nats://alice:***@a.example:4222,nats://b.example:4222"))
        #expect(text.contains("Token: ********"))
        #expect(text.contains("Password: env://LEGACY_PASSWORD (runtime environment)"))
        #expect(text.contains("Credentials: embedded data"))
        #expect(text.contains("User Seed: ********"))
        #expect(text.contains("CA: \(caFile) (OK)"))
        #expect(text.contains("Key: /nonexistent/client.key (ERROR)"))
        let json = try home.run(["context", "info", "legacy", "--json"])
        for secret in ["url-pass-99", "literal-token-77", seed, embedded] {
            #expect(!text.contains(secret))
            #expect(!json.stdout.contains(secret))
        }
        #expect(json.stdout.contains("\"password\": \"env://LEGACY_PASSWORD\""))
        #expect(json.stdout.contains("\"creds\": \"[REDACTED]\""))
        #expect(!json.stdout.contains("some_future_field"))
    }

    @Test func infoWarnsAboutEnvironmentOverrides() throws {
        let home = try CommandLineHome()
        _ = try home.run(["context", "add", "a", "--select"])
        let result = try home.run(
            ["context", "info"], environment: ["NATS_URL": "nats://elsewhere:4222"])
        #expect(result.exitCode == 0)
        #expect(result.stderr.contains("shell environment overrides in place using NATS_URL"))
    }
}
