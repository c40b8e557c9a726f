import Foundation
import Testing

/// Checks JSON documents against the JetStream API schemas in `Schemas/` with Python's
/// `jsonschema` package. A missing interpreter or package fails the check (it is never skipped).
enum SchemaValidator {
    struct Document {
        var schema: String
        var json: Data
    }

    static let schemaDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Schemas")

    private static let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            print("python3 has no jsonschema package: run scripts/setup.sh "
                  "or python3 -m pip install jsonschema")
            sys.exit(3)
        failures = 0
        for item in json.load(sys.stdin):
            with open(item["schema"]) as handle:
                schema = json.load(handle)
            validator = jsonschema.Draft7Validator(schema)
            errors = sorted(validator.iter_errors(item["json"]), key=lambda e: list(e.path))
            for error in errors[:5]:
                failures += 1
                path = "/".join(str(p) for p in error.absolute_path)
                print(f"{item['name']}: at '{path}': {error.message[:300]}")
        sys.exit(1 if failures else 0)
        """

    /// Validates every document; returns the problems found (empty when all are valid).
    static func problems(_ documents: [Document]) throws -> [String] {
        var items: [[String: Any]] = []
        for document in documents {
            let path = schemaDirectory.appendingPathComponent(document.schema + ".json").path
            guard FileManager.default.fileExists(atPath: path) else {
                return ["no schema file \(path)"]
            }
            let value = try JSONSerialization.jsonObject(
                with: document.json, options: [.fragmentsAllowed])
            items.append(["schema": path, "name": document.schema, "json": value])
        }
        let input = try JSONSerialization.data(withJSONObject: items)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: output, as: UTF8.self)
        if process.terminationStatus == 0 { return [] }
        let lines = text.split(separator: "\n").map(String.init)
        return lines.isEmpty ? ["validator exited with \(process.terminationStatus)"] : lines
    }

    /// Records a test issue for each problem.
    static func expectValid(
        _ documents: [Document], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(!documents.isEmpty, "no documents to validate", sourceLocation: sourceLocation)
        let problems = try problems(documents)
        #expect(
            problems.isEmpty, "\(problems.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
}
