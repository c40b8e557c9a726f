import Foundation
import TestSupport
import Testing

@testable import JetStream

@Suite struct BackupCompatibilityTests {
    private func restoreAndCheck(_ location: BackupLocation, from original: StreamFixture)
        async throws -> RestoreResult
    {
        let server = try NATSServerProcess()
        defer { withExtendedLifetime(server) {} }
        let fixture = try await StreamFixture.connect(server)
        let result = try await BackupManager(connection: fixture.connection).restore(from: location)
        #expect(
            try await fixture.readAll("SMALL", expected: 2000)
                == (try await original.readAll("SMALL", expected: 2000)))
        return result
    }

    @Test func archiveRecompressedWithRealDeflateStillRestores() async throws {
        let source = try NATSServerProcess()
        defer { withExtendedLifetime(source) {} }
        let original = try await StreamFixture.connect(source)
        try await original.buildSmallStream()
        let scratch = try ScratchDirectory()
        _ = try await BackupManager(connection: original.connection).backup(
            stream: "SMALL", to: .tarArchive(path: scratch.file("small.tar")))
        let tarSize = try fileBytes(scratch.file("small.tar")).count
        let (status, output) = try runCommand(["gzip", "-9", scratch.file("small.tar")])
        try #require(status == 0, "\(output)")
        let recompressed = try fileBytes(scratch.file("small.tar.gz"))
        // Stored blocks only add overhead, so any shrinkage means Huffman-coded blocks.
        #expect(recompressed.count < tarSize, "gzip emitted compressed blocks")
        let result = try await restoreAndCheck(
            BackupLocation(restoreSource: scratch.file("small.tar.gz")), from: original)
        #expect(result.verified)
    }

    @Test func directoryRepackedWithTarRestores() async throws {
        let source = try NATSServerProcess()
        defer { withExtendedLifetime(source) {} }
        let original = try await StreamFixture.connect(source)
        try await original.buildSmallStream()
        let scratch = try ScratchDirectory()
        _ = try await BackupManager(connection: original.connection).backup(
            stream: "SMALL", to: .directory(path: scratch.file("small")))
        let (status, output) = try runCommand(
            ["tar", "czf", scratch.file("repacked.tgz"), "small"], in: scratch.path)
        try #require(status == 0, "\(output)")
        let result = try await restoreAndCheck(
            BackupLocation(restoreSource: scratch.file("repacked.tgz")), from: original)
        #expect(result.verified)
    }
}
