#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `Label: value` view of one context, as `nats context info` shows it, with every secret
/// masked and each file checked for readability (`OK` or `ERROR`).
struct ContextView {
    /// The context shown.
    let context: NATSContext
    /// Its file.
    let path: String
    /// Resolves `$VAR`, `~` and `file://` in paths.
    let references: CredentialReference

    /// The view as text.
    func render() -> String {
        var view = Sections()
        view.section("NATS Configuration Context \"\(context.name)\"")
        view.optionalField("Description", context.contextDescription)
        view.field(
            "Server URLs",
            context.url.isEmpty ? "nats://127.0.0.1:4222" : ContextRedaction.urls(context.url))
        view.optionalField("SOCKS5 Proxy", ContextRedaction.urls(context.socksProxy))
        view.optionalField("Username", context.user)
        view.optionalField("Password", secret(context.password))
        view.optionalField("Token", secret(context.token))
        view.optionalField("Credentials", credential(context.creds))
        view.optionalField("User JWT", secret(context.userJWT))
        view.optionalField("User Seed", secret(context.userSeed))
        view.optionalField("NKey", credential(context.nkey))
        view.optionalField("Certificate", file(context.cert))
        view.optionalField("Key", file(context.key))
        view.optionalField("CA", file(context.ca))
        if context.tlsFirst { view.field("TLS First", "true") }
        view.optionalField("JS API Prefix", context.jetstreamAPIPrefix)
        view.optionalField("JS Event Prefix", context.jetstreamEventPrefix)
        view.optionalField("JS Domain", context.jetstreamDomain)
        view.optionalField("Inbox Prefix", context.inboxPrefix)
        view.field("Path", path)
        view.optionalField("Color Scheme", context.colorScheme)
        return view.render()
    }

    private func secret(_ value: String) -> String {
        guard !value.isEmpty else { return "" }
        switch CredentialReference.scheme(of: value) {
        case "env": return value + " (runtime environment)"
        case "op": return value + " (1Password)"
        case "nsc": return value + " (nsc)"
        case "file": return file(value)
        case "data": return "embedded data"
        default: return ContextRedaction.viewMask
        }
    }

    private func credential(_ value: String) -> String {
        switch CredentialReference.scheme(of: value) {
        case "data": return "embedded data"
        case "op": return value + " (1Password)"
        case "nsc": return value + " (nsc)"
        case "env": return value + " (runtime environment)"
        default: return file(value)
        }
    }

    private func file(_ value: String) -> String {
        guard !value.isEmpty else { return "" }
        guard let resolved = try? references.path(value, field: "file") else {
            return value + " (ERROR)"
        }
        return value + (access(resolved, R_OK) == 0 ? " (OK)" : " (ERROR)")
    }
}
