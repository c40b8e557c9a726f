import ArgumentKit

/// `natsctl context`: the `nats` CLI's contexts, stored under `$XDG_CONFIG_HOME/nats` (or
/// `~/.config/nats`) in files the `nats` CLI reads back.
enum ContextGroup {
    static let command = Command(
        name: "context",
        aliases: ["ctx"],
        abstract: "Manage nats CLI contexts (stored connection settings)",
        discussion: """
            A context is a named set of connection settings: server URLs, credentials, TLS \
            files, JetStream domain and prefixes. natsctl reads and writes the nats CLI's own \
            files, so both tools share them: one file per context, \
            $XDG_CONFIG_HOME/nats/context/NAME.json (else under ~/.config), written with mode \
            0600, and the selected name in nats/context.txt. The selected context applies to \
            every command; flags and environment variables override it, and --context NAME \
            picks another one for a single command.
            """,
        subcommands: [
            ContextList.command, ContextInfo.command, ContextAdd.command, ContextEdit.command,
            ContextCopy.command, ContextSelect.command, ContextUnselect.command,
            ContextRemove.command,
        ],
        examples: [
            "natsctl context add prod --server tls://nats.example.com --creds ~/prod.creds --select",
            "natsctl context ls",
            "natsctl --context staging rtt",
        ])

    /// The context store of this environment.
    /// - Throws: a ``CommandFailure`` when no configuration directory is known.
    static func store(_ context: CommandContext) throws -> ContextStore {
        do {
            return try ContextStore(environment: context.invocation.environment)
        } catch {
            throw reported(error)
        }
    }

    /// A context error as the error the user sees: bad names and unknown contexts are usage
    /// errors (exit 2), file system failures runtime failures (exit 1).
    static func reported(_ error: ContextError) -> any Error {
        error.isUsageError ? UsageError(error.description) : CommandFailure(error.description)
    }

    /// Runs a store operation, turning its error into the one the user sees.
    /// - Throws: a ``UsageError`` or ``CommandFailure`` (see ``reported(_:)``).
    @discardableResult
    static func perform<T>(_ body: () throws(ContextError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw reported(error)
        }
    }

    /// Checks a context name given on the command line.
    /// - Throws: a ``UsageError`` naming the rule it breaks.
    static func validateName(_ name: String) throws {
        try perform { () throws(ContextError) in try ContextName.validate(name) }
    }

    /// Applies the connection flags and `--description`, checks the credentials, saves, selects
    /// it when `select`, and shows the result.
    /// - Throws: a ``UsageError`` for conflicting credentials or, with `requireChange`, when
    ///   nothing was given; a ``CommandFailure`` when the file cannot be written.
    static func applyFlagsAndSave(
        _ stored: inout NATSContext, context: CommandContext, store: ContextStore,
        select: Bool = false, requireChange: Bool = false
    ) throws {
        let invocation = context.invocation
        ContextAdd.apply(GlobalOptions.connectionFlags(invocation), to: &stored)
        if let description = invocation.string("description"), !description.isEmpty {
            stored.contextDescription = description
        }
        if requireChange && !storedOptions.contains(where: { invocation.isSet($0) }) {
            throw UsageError(
                "nothing to change: give connection flags (--server, --creds, ...) or --description"
            )
        }
        try ContextAdd.validateCredentials(stored)
        try ContextGroup.perform { () throws(ContextError) in try store.save(stored) }
        if select {
            try ContextGroup.perform { () throws(ContextError) in
                _ = try store.select(stored.name)
            }
        }
        try ContextInfo.show(stored.name, store: store, context: context)
    }

    /// The options whose values a context stores.
    static let storedOptions = [
        "server", "user", "password", "token", "creds", "nkey", "tlscert", "tlskey", "tlsca",
        "tlsfirst", "inbox-prefix", "js-domain", "js-api-prefix", "description",
    ]
}
