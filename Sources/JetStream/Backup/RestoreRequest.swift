/// Builds the restore request from `backup.json` and the restore options, and checks the
/// restored state against the backup's.
enum RestoreRequest {
    /// `{config, state}` with the overrides applied.
    /// - Throws: `BackupError.renameNotAllowed`, `.memoryStorage`, `.damagedBackup` for a
    ///   replacement config that is not a JSON object.
    static func build(from document: OrderedJSON, options: RestoreOptions) throws -> OrderedJSON {
        guard var config = document["config"], let state = document["state"],
            let name = config["name"]?.stringValue
        else { throw BackupError.io("backup.json lacks config.name or state") }
        if let replacement = options.replacementConfig {
            var parsed: OrderedJSON
            do { parsed = try OrderedJSON(parsing: replacement) } catch {
                throw BackupError.io("the replacement config is not valid JSON: \(error)")
            }
            if let inner = parsed["config"], inner.isObject { parsed = inner }
            guard parsed.isObject else {
                throw BackupError.io("the replacement config is not a JSON object")
            }
            let newName = parsed["name"]?.stringValue ?? ""
            if newName.isEmpty {
                parsed["name"] = .string(name)
            } else if newName != name {
                throw BackupError.renameNotAllowed(backup: name, config: newName)
            }
            config = parsed
        }
        if config["storage"]?.stringValue == "memory" {
            throw BackupError.memoryStorage(stream: name)
        }
        if let replicas = options.replicas { config["num_replicas"] = .integer(replicas) }
        if options.cluster != nil || options.tags != nil {
            var placement = config["placement"] ?? .object([])
            if !placement.isObject { placement = .object([]) }
            if let cluster = options.cluster { placement["cluster"] = .string(cluster) }
            if let tags = options.tags { placement["tags"] = .array(tags.map { .string($0) }) }
            config["placement"] = placement
        }
        return .object([.init(key: "config", value: config), .init(key: "state", value: state)])
    }

    /// Throws when messages, bytes, first or last sequence differ.
    /// - Throws: `BackupError.stateMismatch` listing each difference.
    static func compare(expected: OrderedJSON?, actual: OrderedJSON?, stream: String) throws {
        var differences: [String] = []
        for field in ["messages", "bytes", "first_seq", "last_seq"] {
            let want = expected?[field]?.unsignedValue ?? 0
            let have = actual?[field]?.unsignedValue ?? 0
            if want != have { differences.append("\(field): backup \(want), restored \(have)") }
        }
        if !differences.isEmpty {
            throw BackupError.stateMismatch(stream: stream, differences: differences)
        }
    }
}
