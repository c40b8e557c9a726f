import FoundationEssentials

/// Small file helpers for commands.
enum FileWriter {
    /// Writes text to a file atomically, creating its directory.
    /// - Throws: the file system's error.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
