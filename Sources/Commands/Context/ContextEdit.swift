import ArgumentKit

/// `natsctl context edit NAME`: changes the values of an existing context with the connection
/// flags on the line.
enum ContextEdit {
    static let command = Command(
        name: "edit",
        aliases: ["update"],
        abstract: "Change an existing context's values",
        discussion: """
            The connection flags given (--server, --user, --password, --token, --creds, \
            --nkey, --tlscert, --tlskey, --tlsca, --tlsfirst, --inbox-prefix, --js-domain, \
            --js-api-prefix) and --description replace the context's values; the others are \
            kept. Unlike the nats CLI no editor is opened: without any of them it is a usage \
            error (exit 2). Prints the context afterwards, secrets masked.
            """,
        arguments: [Argument("name", help: "The context to change")],
        options: [
            .option("description", help: "A description shown by 'context ls'", valueName: "TEXT")
        ],
        examples: [
            "natsctl context edit prod --server tls://nats2.example.com:4222",
            "natsctl context edit dev --description 'Laptop server'",
        ],
        run: CommandContext.action { context in
            let invocation = context.invocation
            let name = invocation.argument("name") ?? ""
            try ContextGroup.validateName(name)
            let store = try ContextGroup.store(context)
            var stored = try ContextGroup.perform { () throws(ContextError) in
                try store.load(name)
            }
            try ContextGroup.applyFlagsAndSave(
                &stored, context: context, store: store, requireChange: true)
        })
}
