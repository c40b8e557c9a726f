import Foundation
import NATSClient
import TestSupport
import Testing

@testable import JetStream

@Suite struct BackupSmokeTests {
    @Test func smallStreamRoundTripsThroughATarGz() async throws {
        let source = try NATSServerProcess()
        defer { withExtendedLifetime(source) {} }
        let fixture = try await StreamFixture.connect(source)
        try await fixture.createStream("SMOKE")
        try await fixture.publish(
            "SMOKE", (0..<100).map { ("smoke.\($0 % 3)", nil, Data("message \($0)".utf8)) })
        let scratch = try ScratchDirectory()
        let target = BackupLocation(backupTarget: scratch.file("smoke.tgz"))
        let result = try await BackupManager(connection: fixture.connection).backup(
            stream: "SMOKE", to: target)
        #expect(result.snapshot.chunks >= 1)
        #expect(result.snapshot.messages == 100)

        let fresh = try NATSServerProcess()
        defer { withExtendedLifetime(fresh) {} }
        let other = try await StreamFixture.connect(fresh)
        let restored = try await BackupManager(connection: other.connection).restore(
            from: BackupLocation(restoreSource: scratch.file("smoke.tgz")))
        #expect(restored.verified)
        let messages = try await other.readAll("SMOKE", expected: 100)
        #expect(messages == (try await fixture.readAll("SMOKE", expected: 100)))
        #expect(messages.count == 100)
    }
}
