#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why reading or writing an archive failed. Every case carries enough context to tell the user
/// what is wrong with which file or member.
public enum ArchiveError: Error, Equatable, CustomStringConvertible {
    /// The data ends before the format says it should (a partial download or an interrupted copy).
    case truncated(String)
    /// The data is damaged: a checksum does not match or a structure is invalid.
    case corrupted(String)
    /// The data is not in a format this library reads.
    case unsupported(String)
    /// A system call failed; `operation` names it and what it acted on.
    case system(operation: String, errno: Int32)
    /// The caller used the API out of order (a programming error, not bad data).
    case misuse(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .truncated(let what): return "truncated archive: \(what)"
        case .corrupted(let what): return "corrupted archive: \(what)"
        case .unsupported(let what): return "unsupported archive: \(what)"
        case .system(let operation, let code): return "\(operation): \(systemMessage(code))"
        case .misuse(let what): return "archive API misuse: \(what)"
        }
    }
}

/// The C library's text for an `errno` value.
func systemMessage(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "errno \(code)" }
    return String(cString: text)
}
