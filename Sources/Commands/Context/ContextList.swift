import ArgumentKit

/// `natsctl context ls`: the stored contexts, the selected one marked with `*`.
enum ContextList {
    static let command = Command(
        name: "ls",
        aliases: ["list", "l"],
        abstract: "List the known contexts",
        discussion: """
            Prints the table "Known Contexts" with each context's name and description; the \
            selected one carries a "*". A context file that cannot be read is reported on \
            standard error and skipped.
            """,
        options: [
            .flag("json", short: "j", help: "Print the contexts as JSON (secrets masked)"),
            .flag("names", help: "Print only the names, one per line"),
            .flag(
                "completion", help: "Print name:description lines for completion scripts",
                hidden: true),
        ],
        examples: ["natsctl context ls", "natsctl context ls --names"],
        run: CommandContext.action { context in
            let store = try ContextGroup.store(context)
            let selected = store.selected()
            var contexts: [NATSContext] = []
            for name in store.names() {
                do {
                    contexts.append(try store.load(name))
                } catch {
                    context.terminal.errLine(
                        "natsctl: warning: could not load context \(name): \(error)")
                }
            }
            let invocation = context.invocation
            if invocation.isOn("completion") {
                for entry in contexts {
                    let name = entry.name.replacing(":", with: "\\:")
                    let marker = entry.name == selected ? "*" : ""
                    context.terminal.line("\(name)\(marker):\(entry.contextDescription)")
                }
            } else if invocation.isOn("json") {
                context.terminal.out(renderJSON(contexts))
            } else if invocation.isOn("names") {
                for entry in contexts { context.terminal.line(entry.name) }
            } else if contexts.isEmpty {
                context.terminal.line("No known contexts")
            } else {
                var table = Table(title: "Known Contexts", headers: ["Name", "Description"])
                for entry in contexts {
                    let marker = entry.name == selected ? "*" : ""
                    table.append([entry.name + marker, entry.contextDescription])
                }
                context.terminal.out(table.render())
            }
        })

    /// A JSON array of the contexts, each as `context info --json` shows it.
    static func renderJSON(_ contexts: [NATSContext]) -> String {
        guard !contexts.isEmpty else { return "[]\n" }
        let items = contexts.map {
            "  "
                + ContextRedaction.redacted($0).encodedJSON(includingName: true)
                .replacing("\n", with: "\n  ")
        }
        return "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }
}
