import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `nats` CLI's context files under `$XDG_CONFIG_HOME/nats` (or `~/.config/nats`):
/// `context/NAME.json` per context, the selected name in `context.txt` and the one before it
/// in `previous-context.txt`. Files are written 0600 and atomically; directories 0700.
struct ContextStore: Sendable {
    /// The `nats` directory: `<config home>/nats`.
    let root: String

    /// A store under an explicit configuration home (the parent of `nats/`).
    init(configHome: String) {
        root = configHome + "/nats"
    }

    /// The store the `nats` CLI would use with this environment: `XDG_CONFIG_HOME`, else
    /// `HOME/.config`, else the password database's home directory.
    /// - Throws: `ContextError.noConfigDirectory` when none of them is known.
    init(environment: [String: String]) throws(ContextError) {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            self.init(configHome: xdg)
        } else if let home = environment["HOME"], !home.isEmpty {
            self.init(configHome: home + "/.config")
        } else if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            self.init(configHome: String(cString: directory) + "/.config")
        } else {
            throw .noConfigDirectory
        }
    }

    /// The directory holding one JSON file per context.
    var contextDirectory: String { root + "/context" }

    /// The file of the context `name` (the name is not checked).
    func path(of name: String) -> String { contextDirectory + "/" + name + ".json" }

    /// The stored context names, sorted; files that are empty, not `.json` or badly named are
    /// skipped, as the `nats` CLI does.
    func names() -> [String] {
        ContextFiles.fileNames(in: contextDirectory).compactMap { file -> String? in
            guard file.hasSuffix(".json"), file.count > 5 else { return nil }
            let name = String(file.dropLast(5))
            guard (try? ContextName.validate(name)) != nil,
                let size = ContextFiles.size(path(of: name)), size > 0
            else { return nil }
            return name
        }.sorted()
    }

    /// Whether a context named `name` is stored.
    func contains(_ name: String) -> Bool {
        (try? ContextName.validate(name)) != nil && ContextFiles.isFile(path(of: name))
    }

    /// Loads the context `name`.
    /// - Throws: `ContextError.invalidName`, `.notFound`, `.malformed`, or `.io`.
    func load(_ name: String) throws(ContextError) -> NATSContext {
        try ContextName.validate(name)
        let file = path(of: name)
        guard let data = try ContextFiles.contents(of: file) else { throw .notFound(name) }
        return try NATSContext(name: name, json: data, path: file)
    }

    /// Loads a context from any `.json` file (`--context path.json`); its name is the file's
    /// base name without `.json`.
    /// - Throws: `ContextError.notFound`, `.malformed`, or `.io`.
    static func load(file: String) throws(ContextError) -> NATSContext {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        let name = base.hasSuffix(".json") && base.count > 5 ? String(base.dropLast(5)) : base
        guard let data = try ContextFiles.contents(of: file) else { throw .notFound(file) }
        return try NATSContext(name: name, json: data, path: file)
    }

    /// Writes `context` to `context/NAME.json` (0600, atomic), creating directories 0700.
    /// - Throws: `ContextError.invalidName` or `.io`.
    func save(_ context: NATSContext) throws(ContextError) {
        try ContextName.validate(context.name)
        try ContextFiles.makePrivateDirectory(contextDirectory)
        try ContextFiles.writeAtomically(context.encodedJSON(), to: path(of: context.name))
    }

    /// Removes the context `name`. The selected context may only be removed when it is the
    /// only one; the selection is then cleared.
    /// - Throws: `ContextError.invalidName`, `.notFound`, `.activeContext`, or `.io`.
    func remove(_ name: String) throws(ContextError) {
        try ContextName.validate(name)
        guard contains(name) else { throw .notFound(name) }
        let isSelected = selected() == name
        if isSelected && names().count > 1 { throw .activeContext(name) }
        try ContextFiles.remove(path(of: name))
        if isSelected { _ = try select(nil) }
    }

    /// The selected context's name, from `context.txt`.
    func selected() -> String? { readName(root + "/context.txt") }

    /// The previously selected context's name, from `previous-context.txt`.
    func previous() -> String? { readName(root + "/previous-context.txt") }

    /// Selects `name` (which must exist), or clears the selection for `nil`; the old
    /// selection moves to `previous-context.txt`.
    /// - Returns: the previously selected name.
    /// - Throws: `ContextError.invalidName`, `.notFound`, or `.io`.
    @discardableResult
    func select(_ name: String?) throws(ContextError) -> String? {
        if let name {
            try ContextName.validate(name)
            guard contains(name) else { throw .notFound(name) }
        }
        try ContextFiles.makePrivateDirectory(root)
        let old = selected()
        if let old { try ContextFiles.writeAtomically(old, to: root + "/previous-context.txt") }
        if let name {
            try ContextFiles.writeAtomically(name, to: root + "/context.txt")
        } else {
            try ContextFiles.remove(root + "/context.txt")
        }
        return old
    }

    private func readName(_ file: String) -> String? {
        guard let data = try? ContextFiles.contents(of: file) else { return nil }
        var name = Substring(String(decoding: data, as: UTF8.self))
        while let first = name.first, first.isWhitespace { name.removeFirst() }
        while let last = name.last, last.isWhitespace { name.removeLast() }
        return name.isEmpty ? nil : String(name)
    }
}
