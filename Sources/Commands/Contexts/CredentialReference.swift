import FoundationEssentials

/// How context fields that may hold a reference (`file://`, `env://`, `data:`, `op://`,
/// `nsc://`) are turned into values, as the `nats` CLI's resolvers do.
struct CredentialReference {
    /// The environment used for `env://NAME`, `$VAR` and `~`.
    let environment: [String: String]

    /// The URI scheme of `value` (at least two characters, as Go's `url.Parse` reports it),
    /// or `nil` for a plain value or path.
    static func scheme(of value: String) -> String? {
        guard let colon = value.firstIndex(of: ":") else { return nil }
        let scheme = value[..<colon]
        guard scheme.count >= 2, let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return scheme.lowercased()
    }

    /// Resolves a literal field (password, token, user_jwt, user_seed): `env://NAME`,
    /// `file://PATH` and `data:` are read; any other value is used as it is.
    /// - Throws: `ContextError.unsupportedReference` for `op://` and `nsc://`,
    ///   `.unresolvedReference` when the variable or file is missing or the data is not base64.
    func literal(_ value: String, field: String) throws(ContextError) -> String {
        switch Self.scheme(of: value) {
        case "env":
            let name = String(value.dropFirst("env://".count))
            guard let resolved = environment[name] else {
                throw .unresolvedReference(
                    field: field, reason: "environment variable \(name) is not set")
            }
            return resolved
        case "file":
            let path = expandedPath(String(value.dropFirst("file://".count)))
            guard let data = try? ContextFiles.contents(of: path) else {
                throw .unresolvedReference(field: field, reason: "cannot read \(path)")
            }
            return String(decoding: data, as: UTF8.self).trimmingTrailingNewlines()
        case "data":
            return try dataURI(value, field: field)
        case "op", "nsc":
            throw .unsupportedReference(field: field, scheme: Self.scheme(of: value)!)
        default:
            return value
        }
    }

    /// Resolves a path field (creds, nkey, cert, key, ca): a plain path or `file://` path,
    /// with `$VAR` and a leading `~` expanded.
    /// - Throws: `ContextError.unsupportedReference` for any other scheme.
    func path(_ value: String, field: String) throws(ContextError) -> String {
        switch Self.scheme(of: value) {
        case nil:
            return expandedPath(value)
        case "file":
            return expandedPath(String(value.dropFirst("file://".count)))
        case .some(let scheme):
            throw .unsupportedReference(field: field, scheme: scheme)
        }
    }

    /// Expands `$VAR` and `${VAR}` (unset ones become empty, as Go's `os.ExpandEnv` does) and
    /// then a leading `~`.
    func expandedPath(_ path: String) -> String {
        var output = ""
        var characters = path[...]
        while let character = characters.popFirst() {
            guard character == "$", let next = characters.first else {
                output.append(character)
                continue
            }
            var name = ""
            if next == "{", let close = characters.firstIndex(of: "}") {
                name = String(characters[characters.index(after: characters.startIndex)..<close])
                characters = characters[characters.index(after: close)...]
            } else {
                name = String(characters.prefix { $0 == "_" || $0.isLetter || $0.isNumber })
                characters = characters.dropFirst(name.count)
                if name.isEmpty {
                    output.append("$")
                    continue
                }
            }
            output += environment[name] ?? ""
        }
        if output == "~" || output.hasPrefix("~/"), let home = environment["HOME"] {
            output = home + output.dropFirst()
        }
        return output
    }

    private func dataURI(_ value: String, field: String) throws(ContextError) -> String {
        guard let comma = value.firstIndex(of: ",") else {
            throw .unresolvedReference(field: field, reason: "data: reference without a comma")
        }
        let header = value[value.index(value.startIndex, offsetBy: 5)..<comma]
        let payload = String(value[value.index(after: comma)...])
        guard header.hasSuffix(";base64") else { return payload }
        guard let decoded = Data(base64Encoded: payload) else {
            throw .unresolvedReference(field: field, reason: "data: reference is not valid base64")
        }
        return String(decoding: decoded, as: UTF8.self).trimmingTrailingNewlines()
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var text = self
        while let last = text.last, last == "\n" || last == "\r" || last == "\r\n" {
            text.removeLast()
        }
        return text
    }
}
