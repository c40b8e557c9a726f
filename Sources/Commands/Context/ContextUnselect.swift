import ArgumentKit

/// `natsctl context unselect`: no context is the default any more.
enum ContextUnselect {
    static let command = Command(
        name: "unselect",
        abstract: "Clear the selection so that no context is the default",
        examples: ["natsctl context unselect"],
        run: CommandContext.action { context in
            let store = try ContextGroup.store(context)
            guard let selected = store.selected() else {
                context.terminal.line("No context currently selected")
                return
            }
            try ContextGroup.perform { () throws(ContextError) in try store.select(nil) }
            context.terminal.line("Unselected the \"\(selected)\" context")
        })
}
