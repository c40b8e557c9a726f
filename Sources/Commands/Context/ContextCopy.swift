import ArgumentKit

/// `natsctl context copy SOURCE TARGET`: a new context from an existing one, with the
/// connection flags on the line replacing its values.
enum ContextCopy {
    static let command = Command(
        name: "copy",
        aliases: ["cp"],
        abstract: "Copy a context under a new name, changing the values given",
        discussion: """
            The connection flags given (--server, --user, --creds, --tlsca, ...) replace the \
            copied values, as in 'context add'. TARGET must not exist yet (remove it first, or \
            use 'context edit'). Prints the new context, secrets masked.
            """,
        arguments: [
            Argument("source", help: "The context to copy"),
            Argument("target", help: "The name of the new context"),
        ],
        options: [
            .option("description", help: "A description shown by 'context ls'", valueName: "TEXT"),
            .flag("select", help: "Select the new context afterwards"),
        ],
        examples: [
            "natsctl context copy prod staging --server tls://staging.example.com:4222",
            "natsctl context cp dev dev-tls --tlsca ~/ca.pem --select",
        ],
        run: CommandContext.action { context in
            let invocation = context.invocation
            let source = invocation.argument("source") ?? ""
            let target = invocation.argument("target") ?? ""
            try ContextGroup.validateName(source)
            try ContextGroup.validateName(target)
            let store = try ContextGroup.store(context)
            if store.contains(target) {
                throw UsageError(
                    "context \"\(target)\" exists: remove it first, or change it with "
                        + "'natsctl context edit \(target)'")
            }
            var copy = try ContextGroup.perform { () throws(ContextError) in
                try store.load(source)
            }
            copy.name = target
            try ContextGroup.applyFlagsAndSave(
                &copy, context: context, store: store, select: invocation.isOn("select"))
        })
}
