import Archive
import Foundation

/// A directory under the system temporary directory, removed when released.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("archive-test-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }
}

/// The result of running a command-line tool.
struct ToolResult {
    let status: Int32
    let output: String
    let errorOutput: String
}

/// Runs `/usr/bin/env <arguments>` in `directory` and collects its output.
func runTool(_ arguments: [String], in directory: String? = nil) throws -> ToolResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ToolResult(
        status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
        errorOutput: String(decoding: errData, as: UTF8.self))
}

/// Deterministic pseudo-random bytes (SplitMix64), incompressible.
func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    var bytes = [UInt8]()
    bytes.reserveCapacity(count + 8)
    while bytes.count < count {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        withUnsafeBytes(of: z) { bytes.append(contentsOf: $0) }
    }
    return Array(bytes.prefix(count))
}

/// Compressible text-like bytes: words from a small vocabulary with numbers mixed in.
func textBytes(_ count: Int, seed: UInt64) -> [UInt8] {
    let words = ["stream", "ORDERS", "consumer", "ack", "floor", "subject", "payload", "nats"]
    let noise = randomBytes(count / 4 + 16, seed: seed)
    var bytes = [UInt8]()
    var index = 0
    while bytes.count < count {
        let pick = Int(noise[index % noise.count])
        bytes.append(contentsOf: words[pick % words.count].utf8)
        bytes.append(contentsOf: String(pick).utf8)
        bytes.append(pick % 5 == 0 ? 10 : 32)
        index += 1
    }
    return Array(bytes.prefix(count))
}

func readFile(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

func writeFile(_ path: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// Everything a source yields, read through a buffer of `chunk` bytes.
func drain(_ source: any ByteSource, chunk: Int = 4096) throws -> [UInt8] {
    var result = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: chunk)
    while true {
        let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
        if count == 0 { return result }
        result.append(contentsOf: buffer[0..<count])
    }
}

/// The archive error a throwing call produced, or nil.
func archiveError(_ body: () throws -> Void) -> ArchiveError? {
    do {
        try body()
        return nil
    } catch let error as ArchiveError {
        return error
    } catch {
        return .misuse("unexpected \(error)")
    }
}

extension ArchiveError {
    var isTruncated: Bool {
        if case .truncated = self { return true }
        return false
    }
    var isCorrupted: Bool {
        if case .corrupted = self { return true }
        return false
    }
}

/// A source that hands out its bytes a few at a time, to exercise buffer-boundary handling.
final class TrickleSource: ByteSource {
    private let bytes: [UInt8]
    private let maxChunk: Int
    private var position = 0

    init(_ bytes: [UInt8], maxChunk: Int) {
        self.bytes = bytes
        self.maxChunk = maxChunk
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let step = 1 + (position * 7 + 3) % maxChunk
        let count = min(buffer.count, bytes.count - position, step)
        guard count > 0 else { return 0 }
        for index in 0..<count { buffer[index] = bytes[position + index] }
        position += count
        return count
    }
}
