import ArgumentKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `natsctl context add NAME`: creates a context from the connection flags on the line, or
/// updates the context of that name with them, as `nats context add` does.
enum ContextAdd {
    static let command = Command(
        name: "add",
        aliases: ["save", "create"],
        abstract: "Create or update a context from the connection flags",
        discussion: """
            The connection flags given (and their NATS_* variables) become the context's \
            values: --server, --user, --password, --token, --creds, --nkey, --tlscert, \
            --tlskey, --tlsca, --tlsfirst, --inbox-prefix, --js-domain and --js-api-prefix. \
            --user without --password is stored as a token, as the nats CLI does. When a \
            context NAME exists it is updated: the values given replace its own and the others \
            are kept. A new context starts from --context when one is given. Relative file \
            paths are stored as absolute paths. The file is written with mode 0600. Prints the \
            context afterwards, secrets masked.
            """,
        arguments: [Argument("name", help: "The context to create or update")],
        options: [
            .option("description", help: "A description shown by 'context ls'", valueName: "TEXT"),
            .flag("select", help: "Select the context afterwards"),
        ],
        examples: [
            "natsctl context add dev --server nats://127.0.0.1:4222 --description 'Local server'",
            "natsctl context add prod --server tls://nats.example.com:4222 "
                + "--creds ~/.nkeys/prod.creds --tlsca ~/ca.pem --select",
        ],
        run: CommandContext.action { context in
            let name = context.invocation.argument("name") ?? ""
            try ContextGroup.validateName(name)
            let store = try ContextGroup.store(context)
            let flags = GlobalOptions.connectionFlags(context.invocation)
            var stored = try base(name, flags: flags, store: store)
            try ContextGroup.applyFlagsAndSave(
                &stored, context: context, store: store,
                select: context.invocation.isOn("select"))
        })

    /// What a context starts from: the stored context `name`, else the one `--context` names
    /// (copied under the new name), else nothing.
    private static func base(
        _ name: String, flags: ConnectionFlags, store: ContextStore
    ) throws -> NATSContext {
        try ContextGroup.perform { () throws(ContextError) -> NATSContext in
            if store.contains(name) { return try store.load(name) }
            guard let source = flags.context, !source.isEmpty, !flags.noContext else {
                return NATSContext(name: name)
            }
            var copy =
                source.hasSuffix(".json") && ContextFiles.isFile(source)
                ? try ContextStore.load(file: source) : try store.load(source)
            copy.name = name
            return copy
        }
    }

    /// Overlays the values given on the command line, as the nats CLI does: only values that
    /// were given replace stored ones.
    static func apply(_ flags: ConnectionFlags, to context: inout NATSContext) {
        func set(_ field: WritableKeyPath<NATSContext, String>, _ value: String?) {
            if let value, !value.isEmpty { context[keyPath: field] = value }
        }
        set(\.url, flags.server)
        if let user = flags.user, !user.isEmpty, (flags.password ?? "").isEmpty {
            set(\.token, user)
        } else {
            set(\.user, flags.user)
            set(\.password, flags.password)
        }
        set(\.token, flags.token)
        set(\.creds, absolutePath(flags.creds))
        set(\.nkey, absolutePath(flags.nkey))
        set(\.cert, absolutePath(flags.tlsCert))
        set(\.key, absolutePath(flags.tlsKey))
        set(\.ca, absolutePath(flags.tlsCA))
        if flags.tlsFirst { context.tlsFirst = true }
        set(\.inboxPrefix, flags.inboxPrefix)
        set(\.jetstreamDomain, flags.jsDomain)
        set(\.jetstreamAPIPrefix, flags.jsAPIPrefix)
    }

    /// The nats CLI refuses a context with more than one kind of credentials.
    static func validateCredentials(_ context: NATSContext) throws {
        let kinds = [context.user, context.creds, context.nkey, context.nsc, context.userJWT]
        if kinds.filter({ !$0.isEmpty }).count > 1 {
            throw UsageError(
                "context \"\(context.name)\" would have more than one kind of credentials: "
                    + "choose only one of user/password, creds, nkey or user_jwt")
        }
    }

    /// A plain relative path made absolute against the working directory; references
    /// (`file://…`, `env://…`), `~` and `$VAR` paths are kept as written.
    private static func absolutePath(_ path: String?) -> String? {
        guard let path, !path.isEmpty, CredentialReference.scheme(of: path) == nil,
            !path.hasPrefix("/"), !path.hasPrefix("~"), !path.hasPrefix("$")
        else { return path }
        guard let directory = getcwd(nil, 0) else { return path }
        defer { free(directory) }
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        return String(cString: directory) + "/" + relative
    }
}
