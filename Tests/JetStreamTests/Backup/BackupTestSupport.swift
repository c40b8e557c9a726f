import Foundation

@testable import JetStream

/// A directory under the system temporary directory, removed when released.
final class ScratchDirectory: @unchecked Sendable {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("backup-test-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    /// The names in the directory (not recursive), sorted.
    func listing(_ subdirectory: String? = nil) -> [String] {
        let target = subdirectory.map { path + "/" + $0 } ?? path
        return ((try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []).sorted()
    }
}

/// Runs a command-line tool and returns its status and standard output.
func runCommand(_ arguments: [String], in directory: String? = nil) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Deterministic pseudo-random bytes.
func pseudoRandomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
    var state = seed &+ 0x9E37_79B9_7F4A_7C15
    var bytes = [UInt8]()
    bytes.reserveCapacity(count + 8)
    while bytes.count < count {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        withUnsafeBytes(of: state ^ (state >> 29)) { bytes.append(contentsOf: $0) }
    }
    return Array(bytes.prefix(count))
}

/// Reads a whole file.
func fileBytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// Writes a whole file.
func putFile(_ path: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// The error a throwing call produced, as a `BackupError`, or nil.
func backupError(_ body: () throws -> Void) -> BackupError? {
    do {
        try body()
        return nil
    } catch let error as BackupError {
        return error
    } catch {
        return .io("unexpected error \(error)")
    }
}

/// The error an async throwing call produced, as a `BackupError`, or nil.
func asyncBackupError(_ body: () async throws -> Void) async -> BackupError? {
    do {
        try await body()
        return nil
    } catch let error as BackupError {
        return error
    } catch {
        return .io("unexpected error \(error)")
    }
}

extension BackupError {
    /// The reason of a `.damagedBackup`, or nil.
    var damageReason: String? {
        if case .damagedBackup(_, let reason) = self { return reason }
        return nil
    }
}

/// Reads all of a pipe's read end on a background thread (a writer to a pipe blocks once its
/// buffer is full).
final class PipeCollector: @unchecked Sendable {
    let readEnd: Int32
    let writeEnd: Int32
    private let done = DispatchSemaphore(value: 0)
    private var collected: [UInt8] = []

    init() throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw BackupError.io("pipe failed") }
        readEnd = ends[0]
        writeEnd = ends[1]
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = buffer.withUnsafeMutableBytes {
                    read(readEnd, $0.baseAddress, $0.count)
                }
                if count <= 0 { break }
                collected += buffer[0..<count]
            }
            close(readEnd)
            done.signal()
        }
    }

    /// Closes the write end and returns everything read.
    func finish() -> [UInt8] {
        close(writeEnd)
        done.wait()
        return collected
    }
}

/// Feeds bytes into a pipe on a background thread; the read end stands in for standard input.
final class PipeFeeder: @unchecked Sendable {
    let readEnd: Int32

    init(_ bytes: [UInt8]) throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw BackupError.io("pipe failed") }
        readEnd = ends[0]
        let writeEnd = ends[1]
        Thread.detachNewThread {
            var offset = 0
            while offset < bytes.count {
                let count = bytes.withUnsafeBytes {
                    write(writeEnd, $0.baseAddress! + offset, min(65_536, bytes.count - offset))
                }
                if count <= 0 { break }
                offset += count
            }
            close(writeEnd)
        }
    }

    deinit { close(readEnd) }
}

/// `payload` framed as an S2 stream: the stream identifier, then uncompressed chunks of up to
/// 64 KiB (checksums left zero; nothing here decompresses them).
func s2Framed(_ payload: [UInt8]) -> [UInt8] {
    var framed: [UInt8] = [0xFF, 6, 0, 0] + Array("S2sTwO".utf8)
    var offset = 0
    while offset < payload.count {
        let end = min(payload.count, offset + 65_536)
        let length = end - offset + 4
        framed += [1, UInt8(length & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length >> 16)]
        framed += [0, 0, 0, 0] + payload[offset..<end]
        offset = end
    }
    return framed
}
