import FoundationEssentials

/// JSON for `--json`: the server's shape, indented by 2 spaces, keys in a stable order.
public enum JSONOutput {
    /// Encodes a value as indented JSON text ending in a newline.
    /// - Throws: the encoder's error for a value that cannot be encoded.
    public static func render(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
