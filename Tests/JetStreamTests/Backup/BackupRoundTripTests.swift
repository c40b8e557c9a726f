import Foundation
import NATSClient
import Synchronization
import TestSupport
import Testing

@testable import JetStream

/// Collects progress reports from the transfer task.
final class ProgressLog: Sendable {
    private let reports = Mutex<[TransferProgress]>([])

    var handler: ProgressHandler { { report in self.reports.withLock { $0.append(report) } } }
    var all: [TransferProgress] { reports.withLock { $0 } }
}

@Suite struct BackupRoundTripTests {
    enum Form: String, CaseIterable, Sendable {
        case gzipTar = "tar.gz"
        case tar
        case directory
        case pipe
    }

    @Test(arguments: Form.allCases)
    func richStreamRoundTripsIntoAFreshServer(_ form: Form) async throws {
        let source = try NATSServerProcess()
        defer { withExtendedLifetime(source) {} }
        let original = try await StreamFixture.connect(source)
        try await RichStream.build(on: original)
        let originalState = try await original.state(RichStream.name)
        var originalConsumers: [String: [String: String]] = [:]
        for name in RichStream.consumers {
            originalConsumers[name] = RichStream.consumerSummary(
                try await original.consumerInfo(RichStream.name, name))
        }

        let scratch = try ScratchDirectory()
        let backupLog = ProgressLog()
        var backupOptions = BackupOptions()
        backupOptions.toolVersion = "test"
        backupOptions.progress = backupLog.handler
        backupOptions.spoolDirectory = scratch.path
        let manager = BackupManager(connection: original.connection)
        let restoreFrom: BackupLocation
        let result: BackupResult
        var feeder: PipeFeeder?
        switch form {
        case .gzipTar, .tar, .directory:
            let path = scratch.file(form == .directory ? "rich" : "rich.\(form.rawValue)")
            result = try await manager.backup(
                stream: RichStream.name, to: BackupLocation(backupTarget: path),
                options: backupOptions)
            restoreFrom = BackupLocation(restoreSource: path)
            #expect(scratch.listing() == [(path as NSString).lastPathComponent])
            if form != .directory {
                let flags = form == .gzipTar ? "tzf" : "tf"
                let (status, listing) = try runCommand(["tar", flags, path])
                #expect(status == 0, "\(listing)")
                #expect(
                    listing.split(separator: "\n")
                        == ["backup.json", "stream.tar.s2", "natsctl-manifest.json"])
            }
            if form == .gzipTar { #expect(try runCommand(["gzip", "-t", path]).0 == 0) }
        case .pipe:
            let collector = try PipeCollector()
            result = try await manager.backup(
                stream: RichStream.name, to: .fileDescriptor(collector.writeEnd, gzip: false),
                options: backupOptions)
            let archive = collector.finish()
            #expect(scratch.listing().isEmpty, "the spool file is gone")
            feeder = try PipeFeeder(archive)
            restoreFrom = .fileDescriptor(feeder!.readEnd, gzip: false)
        }

        #expect(result.snapshot.messages == UInt64(RichStream.remaining))
        #expect(result.snapshot.uncompressedBytes > result.snapshot.bytes)
        #expect(backupLog.all.last?.uncompressedBytes == result.snapshot.uncompressedBytes)
        let dataSize = try #require(result.manifest.file("stream.tar.s2")?.size)
        #expect(result.snapshot.bytes == dataSize)
        let backupReports = backupLog.all
        #expect(backupReports.count == result.snapshot.chunks)
        #expect(backupReports.last?.bytes == dataSize)
        #expect(backupReports.map(\.chunks) == Array(1...result.snapshot.chunks))

        let target = try NATSServerProcess()
        defer { withExtendedLifetime(target) {} }
        let restoredFixture = try await StreamFixture.connect(target)
        let restoreLog = ProgressLog()
        var restoreOptions = RestoreOptions()
        restoreOptions.progress = restoreLog.handler
        restoreOptions.spoolDirectory = scratch.path
        let restored = try await BackupManager(connection: restoredFixture.connection).restore(
            from: restoreFrom, options: restoreOptions)
        #expect(restored.verified)
        #expect(restored.stream == RichStream.name)
        #expect(restored.bytes == dataSize)
        #expect(restoreLog.all.last?.bytes == dataSize)
        #expect(restoreLog.all.last?.totalBytes == dataSize)

        let restoredState = try await restoredFixture.state(RichStream.name)
        for field in [
            "messages", "bytes", "first_seq", "last_seq", "num_deleted", "consumer_count",
        ] {
            #expect(restoredState[field] == originalState[field], "\(field)")
        }
        for name in RichStream.consumers {
            let summary = RichStream.consumerSummary(
                try await restoredFixture.consumerInfo(RichStream.name, name))
            #expect(summary == originalConsumers[name], "consumer \(name)")
        }
        let messages = try await restoredFixture.readAll(
            RichStream.name, expected: RichStream.remaining)
        #expect(messages.count == RichStream.remaining)
        #expect(messages == RichStream.expected())
        _ = feeder
    }
}
