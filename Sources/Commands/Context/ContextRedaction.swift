import NATSClient

/// How context values are shown. Passwords, tokens, JWTs and seeds never are: a literal value
/// is masked, a reference that says where the secret lives (`env://NAME`, `file://PATH`,
/// `op://…`, `nsc://…`) is shown as written, and embedded `data:` content is masked.
enum ContextRedaction {
    /// What replaces a secret in `--json` output (the same marker `--trace` uses).
    static let jsonMask = "[REDACTED]"
    /// What replaces a secret in the human view.
    static let viewMask = "********"

    private static let namingSchemes: Set<String> = ["env", "file", "op", "nsc"]

    /// Whether `value` is a reference to where a secret lives rather than the secret.
    static func isNamingReference(_ value: String) -> Bool {
        CredentialReference.scheme(of: value).map(namingSchemes.contains) ?? false
    }

    /// A literal-or-reference field (password, token, user_jwt, user_seed) made safe to show.
    static func secret(_ value: String, mask: String) -> String {
        value.isEmpty || isNamingReference(value) ? value : mask
    }

    /// A path-or-reference field (creds, nkey) made safe to show: embedded content is masked.
    static func credentialPath(_ value: String, mask: String) -> String {
        CredentialReference.scheme(of: value) == "data" ? mask : value
    }

    /// A comma-separated URL list with any `user:password@` or `token@` masked.
    static func urls(_ list: String) -> String {
        list.split(separator: ",", omittingEmptySubsequences: false).map { part -> String in
            guard part.contains("@") else { return String(part) }
            if let address = try? ServerAddress(url: String(part)) { return address.description }
            let start = part.firstRange(of: "://")?.upperBound ?? part.startIndex
            let at = part.lastIndex(of: "@")!
            return String(part[..<start]) + "***" + String(part[at...])
        }.joined(separator: ",")
    }

    /// The context with every secret replaced by ``jsonMask`` (for `--json`).
    static func redacted(_ context: NATSContext) -> NATSContext {
        var copy = context
        copy.password = secret(context.password, mask: jsonMask)
        copy.token = secret(context.token, mask: jsonMask)
        copy.userJWT = secret(context.userJWT, mask: jsonMask)
        copy.userSeed = secret(context.userSeed, mask: jsonMask)
        copy.creds = credentialPath(context.creds, mask: jsonMask)
        copy.nkey = credentialPath(context.nkey, mask: jsonMask)
        copy.url = urls(context.url)
        copy.socksProxy = urls(context.socksProxy)
        copy.unknownFields = [:]
        return copy
    }
}
