// The program behind scripts/bench-backup.sh: one phase per run, so that each phase's peak
// memory is measured on its own.
//
//   bench-backup fill    URL STREAM MIB      fill a file stream with MIB mebibytes of messages
//   bench-backup backup  URL STREAM TARGET   back STREAM up to TARGET (tgz, tar or directory)
//   bench-backup restore URL SOURCE          restore the stream held by SOURCE
//   bench-backup delete  URL STREAM          delete STREAM

import FoundationEssentials
import JetStream
import NATSClient
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

func fail(_ message: String) -> Never {
    let bytes = Array("bench-backup: \(message)\n".utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(1)
}

/// This process's peak resident set size in KiB (VmHWM).
func peakRSSKiB() -> Int {
    guard let file = fopen("/proc/self/status", "r") else { return -1 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, file) != nil {
        let bytes = line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("VmHWM:") {
            return Int(text.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? -1
        }
    }
    return -1
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func report(
    _ phase: String, bytes: UInt64, duration: Duration, streamBytes: UInt64? = nil,
    extra: String = ""
) {
    let mib = Double(bytes) / 1_048_576
    let rate = Double(bytes) / 1e6 / seconds(duration)
    var line =
        "\(phase): \(format2(mib)) MiB in \(format2(seconds(duration))) s = \(format2(rate)) MB/s"
    if let streamBytes {
        let streamRate = Double(streamBytes) / 1e6 / seconds(duration)
        line +=
            " (stream data \(format2(Double(streamBytes) / 1_048_576)) MiB = "
            + "\(format2(streamRate)) MB/s)"
    }
    print(line + ", peak RSS \(peakRSSKiB() / 1024) MiB\(extra)")
}

/// The last progress report's elapsed time.
final class LastProgress: Sendable {
    private let value = Mutex<Duration>(.zero)
    func set(_ elapsed: Duration) { value.withLock { $0 = elapsed } }
    func get() -> Duration { value.withLock { $0 } }
}

func format2(_ value: Double) -> String {
    let scaled = (value * 100).rounded() / 100
    return String(scaled)
}

func api(_ connection: Connection, _ suffix: String, _ body: String) async throws -> String {
    let reply = try await connection.request(
        "$JS.API." + suffix, payload: Data(body.utf8), timeout: .seconds(30))
    return String(decoding: reply.payload, as: UTF8.self)
}

/// Pseudo-random bytes, half of each message compressible, so S2 has some work to do.
func payload(_ index: Int, size: Int) -> Data {
    var state = UInt64(index) &* 0x9E37_79B9_7F4A_7C15 | 1
    var bytes = [UInt8](repeating: UInt8(ascii: "n"), count: size)
    for offset in stride(from: 0, to: size / 2, by: 8) {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        withUnsafeBytes(of: state) { word in
            for byte in 0..<min(8, size / 2 - offset) { bytes[offset + byte] = word[byte] }
        }
    }
    return Data(bytes)
}

func fill(_ connection: Connection, stream: String, mebibytes: Int) async throws {
    let created = try await api(
        connection, "STREAM.CREATE.\(stream)",
        #"{"name":"\#(stream)","subjects":["\#(stream.lowercased()).>"],"storage":"file"}"#)
    guard !created.contains(#""error""#) else { fail("cannot create stream: \(created)") }
    let target = UInt64(mebibytes) << 20
    let clock = ContinuousClock()
    let start = clock.now
    var published: UInt64 = 0
    var index = 0
    let sizes = [1024, 4096, 16_384, 65_536, 200, 32_768]
    while published < target {
        let size = sizes[index % sizes.count]
        try connection.publish(
            "\(stream.lowercased()).\(index % 16)", payload: payload(index, size: size))
        published += UInt64(size)
        index += 1
        if index % 2000 == 0 { try await connection.flush(timeout: .seconds(60)) }
    }
    try await connection.flush(timeout: .seconds(60))
    let deadline = clock.now + .seconds(600)
    while clock.now < deadline {
        let info = try await api(connection, "STREAM.INFO.\(stream)", "")
        if info.contains(#""messages":\#(index),"#) { break }
        try await Task.sleep(for: .milliseconds(200))
    }
    report("fill", bytes: published, duration: clock.now - start, extra: ", \(index) messages")
}

let arguments = CommandLine.arguments
guard arguments.count >= 4 else { fail("usage: see the comment at the top of main.swift") }
let connection = try await Connection.connect(try ConnectionOptions(url: arguments[2]))
switch arguments[1] {
case "fill":
    try await fill(connection, stream: arguments[3], mebibytes: Int(arguments[4]) ?? 1024)
case "backup":
    var options = BackupOptions()
    options.toolVersion = "bench"
    if let chunk = getenv("BACKUP_CHUNK_KIB").flatMap({ Int(String(cString: $0)) }) {
        options.snapshot.chunkSize = chunk * 1024
    }
    let clock = ContinuousClock()
    let start = clock.now
    do {
        let result = try await BackupManager(connection: connection).backup(
            stream: arguments[3], to: BackupLocation(backupTarget: arguments[4]), options: options)
        report(
            "backup", bytes: result.snapshot.bytes, duration: clock.now - start,
            streamBytes: result.snapshot.streamBytes, extra: ", \(result.snapshot.chunks) chunks")
    } catch { fail("backup failed: \(error)") }
case "restore":
    let clock = ContinuousClock()
    let start = clock.now
    var options = RestoreOptions()
    if let piece = getenv("RESTORE_PIECE_KIB").flatMap({ Int(String(cString: $0)) }) {
        options.upload.chunkSize = piece * 1024
    }
    if let depth = getenv("RESTORE_DEPTH").flatMap({ Int(String(cString: $0)) }) {
        options.upload.piecesInFlight = depth
    }
    let lastPiece = LastProgress()
    options.progress = { lastPiece.set($0.elapsed) }
    do {
        let result = try await BackupManager(connection: connection).restore(
            from: BackupLocation(restoreSource: arguments[3]), options: options)
        let total = clock.now - start
        report(
            "restore", bytes: result.bytes, duration: total, streamBytes: result.streamBytes,
            extra: " (verify + upload; upload \(format2(seconds(lastPiece.get()))) s, "
                + "server finish \(format2(seconds(result.duration - lastPiece.get()))) s)")
    } catch { fail("restore failed: \(error)") }
case "delete":
    _ = try await api(connection, "STREAM.DELETE.\(arguments[3])", "")
default:
    fail("unknown phase \(arguments[1])")
}
await connection.close()
