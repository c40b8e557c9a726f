import ArgumentKit

/// `natsctl context select [NAME]`: makes NAME the context every command uses; without NAME
/// prints the selected one.
enum ContextSelect {
    static let command = Command(
        name: "select",
        aliases: ["switch", "set"],
        abstract: "Select the default context, or print the selected one",
        discussion: """
            Writes NAME to nats/context.txt (the previous selection goes to \
            previous-context.txt) and shows the context. Without NAME, prints the name of the \
            selected context; it fails when none is selected.
            """,
        arguments: [Argument("name", optional: true, help: "The context to select")],
        examples: ["natsctl context select prod", "natsctl context select"],
        run: CommandContext.action { context in
            let store = try ContextGroup.store(context)
            guard let name = context.invocation.argument("name") else {
                guard let selected = store.selected() else {
                    throw CommandFailure(
                        "no context is selected; select one with 'natsctl context select NAME'")
                }
                context.terminal.line(selected)
                return
            }
            try ContextGroup.perform { () throws(ContextError) in try store.select(name) }
            try ContextInfo.show(name, store: store, context: context)
        })
}
