import Foundation
import TestSupport
import Testing

/// `natsctl context copy` and `context edit` through the built binary on a temporary
/// XDG_CONFIG_HOME.
@Suite struct ContextCopyEditTests {
    @Test func copyTakesTheSourceValuesAndTheFlagsOverrideThem() throws {
        let home = try CommandLineHome()
        let prod = try home.run([
            "context", "add", "prod", "--server", "tls://nats.example.com:4222", "--user", "bob",
            "--password", "hunter2", "--js-domain", "hub", "--description", "Production",
        ])
        #expect(prod.exitCode == 0, "\(prod.stderr)")
        let copy = try home.run([
            "context", "copy", "prod", "staging", "--server", "tls://staging.example.com:4222",
            "--select",
        ])
        #expect(copy.exitCode == 0, "\(copy.stderr)")
        #expect(!copy.stdout.contains("hunter2"))
        let staging = try home.contextJSON("staging")
        #expect(staging["url"] as? String == "tls://staging.example.com:4222")
        #expect(staging["user"] as? String == "bob")
        #expect(staging["password"] as? String == "hunter2")
        #expect(staging["jetstream_domain"] as? String == "hub")
        #expect(staging["description"] as? String == "Production")
        #expect(home.text(home.nats + "/context.txt") == "staging")
        #expect(try home.mode(home.contextFile("staging")) == 0o600)
        #expect(try home.contextJSON("prod")["url"] as? String == "tls://nats.example.com:4222")

        let exists = try home.run(["context", "cp", "prod", "staging"])
        #expect(exists.exitCode == 2)
        #expect(exists.stderr.contains("context edit staging"))
        let missing = try home.run(["context", "copy", "nope", "other"])
        #expect(missing.exitCode == 2, "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: home.contextFile("other")))
    }

    @Test func editChangesOnlyTheGivenValuesAndRefusesNothingToChange() throws {
        let home = try CommandLineHome()
        #expect(
            try home.run([
                "context", "add", "dev", "--server", "nats://127.0.0.1:4222", "--token", "s3cret",
            ]).exitCode == 0)
        let edited = try home.run([
            "context", "edit", "dev", "--server", "nats://127.0.0.1:5222", "--description",
            "Laptop",
        ])
        #expect(edited.exitCode == 0, "\(edited.stderr)")
        #expect(!edited.stdout.contains("s3cret"))
        let dev = try home.contextJSON("dev")
        #expect(dev["url"] as? String == "nats://127.0.0.1:5222")
        #expect(dev["token"] as? String == "s3cret")
        #expect(dev["description"] as? String == "Laptop")
        let again = try home.run(["context", "edit", "dev", "--server", "nats://127.0.0.1:5222"])
        #expect(again.exitCode == 0, "the same value again is not an error")

        let nothing = try home.run(["context", "edit", "dev"])
        #expect(nothing.exitCode == 2)
        #expect(nothing.stderr.contains("nothing to change"))
        #expect(
            try home.run([
                "context", "add", "ops", "--server", "nats://127.0.0.1:4222", "--user", "alice",
                "--password", "pw",
            ]).exitCode == 0)
        let conflicting = try home.run(["context", "edit", "ops", "--creds", "/tmp/x.creds"])
        #expect(conflicting.exitCode == 2)
        #expect(conflicting.stderr.contains("more than one kind of credentials"))
        #expect(try home.contextJSON("ops")["creds"] as? String == "")
        let missing = try home.run(["context", "edit", "nope", "--server", "nats://x"])
        #expect(missing.exitCode == 2)
        #expect(!FileManager.default.fileExists(atPath: home.contextFile("nope")))
    }
}
