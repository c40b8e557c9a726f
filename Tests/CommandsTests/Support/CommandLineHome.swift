import Foundation
import TestSupport

/// A temporary `XDG_CONFIG_HOME` (and `HOME`) for running the natsctl binary, so that no run
/// sees the contexts of the machine it runs on, plus a place for test files.
final class CommandLineHome {
    let home: TemporaryConfigHome

    init() throws {
        home = try TemporaryConfigHome()
    }

    var path: String { home.path }
    /// `$XDG_CONFIG_HOME/nats`, where the nats CLI keeps its contexts.
    var nats: String { path + "/nats" }
    /// The directory of the context files.
    var contextDirectory: String { nats + "/context" }
    /// The file of the context `name`.
    func contextFile(_ name: String) -> String { contextDirectory + "/" + name + ".json" }

    /// The environment every run gets, merged with `extra`.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        ["XDG_CONFIG_HOME": path, "HOME": path].merging(extra) { $1 }
    }

    /// Runs natsctl with this home.
    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws
        -> NatsctlProcess.Result
    {
        try NatsctlProcess.run(arguments, environment: environment(extra), timeout: 60)
    }

    /// Writes a file under the home with the given mode and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String, mode: Int = 0o600) throws -> String {
        let file = path + "/" + name
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file)
        return file
    }

    /// A stored context file parsed as JSON.
    func contextJSON(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: contextFile(name)))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    func mode(_ path: String) throws -> Int { try home.mode(path) }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    func text(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }
}
