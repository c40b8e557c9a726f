/// Layers connection settings as the `nats` CLI does: flags over environment variables over
/// the selected context, with two deliberate differences: credentials given by flag or
/// environment replace all of the context's credentials (rather than losing to a context
/// user/password), and a selected context that is gone only produces a warning.
enum ConnectionResolver {
    /// The environment variable behind each flag that has one.
    static var environmentVariables:
        [(name: String, flag: WritableKeyPath<ConnectionFlags, String?>)]
    {
        [
            ("NATS_URL", \.server), ("NATS_USER", \.user), ("NATS_PASSWORD", \.password),
            ("NATS_TOKEN", \.token), ("NATS_CREDS", \.creds), ("NATS_NKEY", \.nkey),
            ("NATS_JWT", \.userJWT), ("NATS_SEED", \.userSeed), ("NATS_CERT", \.tlsCert),
            ("NATS_KEY", \.tlsKey), ("NATS_CA", \.tlsCA), ("NATS_TIMEOUT", \.timeout),
            ("NATS_CONTEXT", \.context),
        ]
    }

    /// Resolves the settings for one connection.
    /// - Parameters:
    ///   - flags: what the command line gave.
    ///   - environment: the process environment.
    ///   - store: where contexts live; `nil` ignores contexts.
    /// - Throws: `ContextError` when the named context is missing or malformed, or one of its
    ///   credential references cannot be resolved.
    static func resolve(
        flags: ConnectionFlags, environment: [String: String], store: ContextStore?
    ) throws(ContextError) -> ConnectionSettings {
        var given = flags
        for (name, flag) in environmentVariables where given[keyPath: flag] == nil {
            if let value = environment[name], !value.isEmpty { given[keyPath: flag] = value }
        }
        var settings = ConnectionSettings()
        if let store, !flags.noContext {
            let context = try selectContext(given.context, store: store, settings: &settings)
            if let context {
                try apply(
                    context, to: &settings,
                    references: CredentialReference(environment: environment))
            }
        }
        overlay(given, on: &settings)
        return settings
    }

    private static func selectContext(
        _ requested: String?, store: ContextStore, settings: inout ConnectionSettings
    ) throws(ContextError) -> NATSContext? {
        if let requested, !requested.isEmpty {
            if requested.hasSuffix(".json"), ContextFiles.isFile(requested) {
                return try ContextStore.load(file: requested)
            }
            return try store.load(requested)
        }
        guard let selected = store.selected() else { return nil }
        guard store.contains(selected) else {
            settings.warnings.append("The selected context \"\(selected)\" was not found")
            return nil
        }
        return try store.load(selected)
    }

    private static func apply(
        _ context: NATSContext, to settings: inout ConnectionSettings,
        references: CredentialReference
    ) throws(ContextError) {
        if !context.nsc.isEmpty { throw .unsupportedReference(field: "nsc", scheme: "nsc") }
        func literal(_ value: String, _ field: String) throws(ContextError) -> String? {
            value.isEmpty ? nil : try references.literal(value, field: field)
        }
        func path(_ value: String, _ field: String) throws(ContextError) -> String? {
            value.isEmpty ? nil : try references.path(value, field: field)
        }
        settings.contextName = context.name
        if !context.url.isEmpty { settings.servers = context.url }
        settings.user = context.user.isEmpty ? nil : context.user
        settings.password = try literal(context.password, "password")
        settings.token = try literal(context.token, "token")
        settings.creds = try path(context.creds, "creds")
        settings.nkey = try path(context.nkey, "nkey")
        settings.userJWT = try literal(context.userJWT, "user_jwt")
        settings.userSeed = try literal(context.userSeed, "user_seed")
        settings.cert = try path(context.cert, "cert")
        settings.key = try path(context.key, "key")
        settings.ca = try path(context.ca, "ca")
        settings.tlsFirst = context.tlsFirst
        settings.jsDomain = context.jetstreamDomain.isEmpty ? nil : context.jetstreamDomain
        settings.jsAPIPrefix = context.jetstreamAPIPrefix.isEmpty ? nil : context.jetstreamAPIPrefix
        settings.jsEventPrefix =
            context.jetstreamEventPrefix.isEmpty ? nil : context.jetstreamEventPrefix
        settings.inboxPrefix = context.inboxPrefix.isEmpty ? nil : context.inboxPrefix
    }

    private static func overlay(_ given: ConnectionFlags, on settings: inout ConnectionSettings) {
        let credentials = [
            given.user, given.password, given.token, given.creds, given.nkey, given.userJWT,
            given.userSeed,
        ]
        if credentials.contains(where: { $0 != nil }) {
            settings.user = nil
            settings.password = nil
            settings.token = nil
            settings.creds = nil
            settings.nkey = nil
            settings.userJWT = nil
            settings.userSeed = nil
        }
        if let user = given.user, given.password == nil {
            settings.token = user
        } else {
            settings.user = given.user ?? settings.user
            settings.password = given.password ?? settings.password
        }
        settings.token = given.token ?? settings.token
        settings.servers = given.server ?? settings.servers
        settings.creds = given.creds ?? settings.creds
        settings.nkey = given.nkey ?? settings.nkey
        settings.userJWT = given.userJWT ?? settings.userJWT
        settings.userSeed = given.userSeed ?? settings.userSeed
        settings.cert = given.tlsCert ?? settings.cert
        settings.key = given.tlsKey ?? settings.key
        settings.ca = given.tlsCA ?? settings.ca
        settings.tlsFirst = given.tlsFirst || settings.tlsFirst
        settings.timeout = given.timeout ?? settings.timeout
        settings.jsDomain = given.jsDomain ?? settings.jsDomain
        settings.jsAPIPrefix = given.jsAPIPrefix ?? settings.jsAPIPrefix
        settings.jsEventPrefix = given.jsEventPrefix ?? settings.jsEventPrefix
        settings.inboxPrefix = given.inboxPrefix ?? settings.inboxPrefix
        settings.connectionName = given.connectionName ?? settings.connectionName
    }
}
