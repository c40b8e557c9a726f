/// Why a context could not be found, read, written or resolved. No description contains a
/// password, token or seed.
enum ContextError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The name is empty or contains `..`, `/` or `\`.
    case invalidName(String, reason: String)
    /// No context of that name is stored.
    case notFound(String)
    /// The context file is not a JSON object of the expected shape.
    case malformed(path: String, reason: String)
    /// The selected context cannot be removed while other contexts exist.
    case activeContext(String)
    /// A file or directory could not be read or written.
    case io(path: String, reason: String)
    /// A credential field uses a reference scheme natsctl cannot resolve.
    case unsupportedReference(field: String, scheme: String)
    /// A credential reference (`env://`, `file://`, `data:`) could not be resolved.
    case unresolvedReference(field: String, reason: String)
    /// Neither `XDG_CONFIG_HOME` nor a home directory is known.
    case noConfigDirectory

    /// Whether the error comes from bad user input (a usage error, exit code 2).
    var isUsageError: Bool {
        switch self {
        case .invalidName, .notFound, .malformed, .unsupportedReference, .unresolvedReference:
            return true
        case .activeContext, .io, .noConfigDirectory: return false
        }
    }

    var description: String {
        switch self {
        case .invalidName(let name, let reason):
            return "invalid context name \"\(name)\": \(reason)"
        case .notFound(let name):
            return "unknown context \"\(name)\""
        case .malformed(let path, let reason):
            return "invalid context file \(path): \(reason)"
        case .activeContext(let name):
            return "context \"\(name)\" is the selected context; select another one first"
        case .io(let path, let reason):
            return "\(path): \(reason)"
        case .unsupportedReference(let field, let scheme):
            return "context field \(field) uses the \(scheme):// reference, "
                + "which natsctl cannot resolve; use a file path or the value itself"
        case .unresolvedReference(let field, let reason):
            return "context field \(field): \(reason)"
        case .noConfigDirectory:
            return "cannot find the configuration directory: set XDG_CONFIG_HOME or HOME"
        }
    }
}

/// The rules the `nats` CLI applies to context names.
enum ContextName {
    /// Checks a context name.
    /// - Throws: `ContextError.invalidName` when it is empty or contains `..`, `/` or `\`.
    static func validate(_ name: String) throws(ContextError) {
        if name.isEmpty { throw .invalidName(name, reason: "the name is empty") }
        if name.contains("..") { throw .invalidName(name, reason: "it must not contain \"..\"") }
        if name.contains("/") || name.contains("\\") {
            throw .invalidName(name, reason: "it must not contain \"/\" or \"\\\"")
        }
    }
}
