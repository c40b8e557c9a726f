import JetStream

/// Writes JSON values the way Go's `encoding/json` indents them, so that a context file
/// natsctl rewrites is byte for byte what the `nats` CLI would write.
extension JSONValue {

    /// Writes the value as Go's `json.MarshalIndent(v, "", "  ")` would, with object keys sorted.
    func write(to output: inout String, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .unsignedInteger(let value): output += String(value)
        case .number(let value): output += value.isFinite ? "\(value)" : "null"
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            guard !values.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, value) in values.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                value.write(to: &output, indent: indent + 1)
                output += index == values.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            Self.writeObject(members.sorted { $0.key < $1.key }, to: &output, indent: indent)
        }
    }

    /// Writes object members in the given order.
    static func writeObject(
        _ members: [(key: String, value: JSONValue)], to output: inout String,
        indent: Int
    ) {
        guard !members.isEmpty else {
            output += "{}"
            return
        }
        output += "{\n"
        for (index, member) in members.enumerated() {
            output += String(repeating: "  ", count: indent + 1)
            writeString(member.key, to: &output)
            output += ": "
            member.value.write(to: &output, indent: indent + 1)
            output += index == members.count - 1 ? "\n" : ",\n"
        }
        output += String(repeating: "  ", count: indent) + "}"
    }

    /// Writes a JSON string literal, escaping as Go does (including `<`, `>` and `&`).
    static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                output += Self.unicodeEscape(scalar.value)
            case _ where scalar.value < 0x20:
                output += Self.unicodeEscape(scalar.value)
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
