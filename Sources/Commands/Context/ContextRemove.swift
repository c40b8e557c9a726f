import ArgumentKit

/// `natsctl context rm NAME`: deletes a context file after confirmation.
enum ContextRemove {
    static let command = Command(
        name: "rm",
        aliases: ["remove"],
        abstract: "Remove a context",
        discussion: """
            Asks for confirmation on a terminal; elsewhere --force is required. The selected \
            context is only removed with --force, which also clears the selection.
            """,
        arguments: [Argument("name", help: "The context to remove")],
        options: [.flag("force", short: "f", help: "Remove without asking")],
        examples: ["natsctl context rm staging -f"],
        run: CommandContext.action { context in
            let name = context.invocation.argument("name") ?? ""
            try ContextGroup.validateName(name)
            let store = try ContextGroup.store(context)
            guard store.contains(name) else { throw UsageError("unknown context \"\(name)\"") }
            let force = context.invocation.isOn("force")
            let isSelected = store.selected() == name
            if isSelected && !force {
                throw UsageError(
                    "context \"\(name)\" is the selected context: select another one, run "
                        + "'natsctl context unselect', or pass -f to remove it anyway")
            }
            if !force {
                guard context.canPrompt else {
                    throw UsageError(
                        "not removing context \"\(name)\" without confirmation: pass -f to "
                            + "remove it")
                }
                guard context.terminal.confirm("Really delete context \"\(name)\"?") else {
                    return
                }
            }
            try ContextGroup.perform { () throws(ContextError) in
                if isSelected { try store.select(nil) }
                try store.remove(name)
            }
        })
}
