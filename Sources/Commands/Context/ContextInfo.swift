import ArgumentKit

/// `natsctl context info [NAME]`: one context's settings, secrets masked.
enum ContextInfo {
    static let command = Command(
        name: "info",
        aliases: ["show", "view", "v"],
        abstract: "Show a context (the selected one unless NAME is given)",
        discussion: """
            Shows every setting of the context. Passwords, tokens, JWTs and seeds are never \
            printed: literal values are masked, references such as env://NAME are shown as \
            written. Each file is checked and marked OK or ERROR. A warning on standard error \
            lists the NATS_* variables that override the context in this shell.
            """,
        arguments: [Argument("name", optional: true, help: "The context to show")],
        options: [
            .flag("json", short: "j", help: "Print the context as JSON (secrets masked)")
        ],
        examples: ["natsctl context info", "natsctl context info prod --json"],
        run: CommandContext.action { context in
            let store = try ContextGroup.store(context)
            guard let name = context.invocation.argument("name") ?? store.selected() else {
                throw UsageError(
                    "no context is selected: give a NAME or select one with "
                        + "'natsctl context select NAME'")
            }
            try show(
                name, asJSON: context.invocation.isOn("json"), store: store, context: context)
        })

    /// Prints the context `name` as the view or, with `--json`, as JSON, then warns about
    /// environment variables that override it.
    /// - Throws: a ``UsageError`` for a bad or unknown name, a ``CommandFailure`` when the
    ///   file cannot be read.
    static func show(
        _ name: String, asJSON: Bool = false, store: ContextStore, context: CommandContext
    ) throws {
        let stored = try ContextGroup.perform { () throws(ContextError) in try store.load(name) }
        let environment = context.invocation.environment
        if asJSON {
            context.terminal.out(
                ContextRedaction.redacted(stored).encodedJSON(includingName: true) + "\n")
        } else {
            let view = ContextView(
                context: stored, path: store.path(of: name),
                references: CredentialReference(environment: environment))
            context.terminal.out(view.render())
        }
        let overrides = ConnectionResolver.environmentVariables.map(\.name).filter {
            $0 != "NATS_CONTEXT" && !(environment[$0] ?? "").isEmpty
        }
        if !overrides.isEmpty {
            context.terminal.errLine(
                "natsctl: warning: shell environment overrides in place using "
                    + overrides.joined(separator: ", "))
        }
    }
}
