/// Turns the text of one value into a ``BoundValue`` according to its ``ValueType``.
enum ValueParser {
    /// Parses `text` for a value of `type`; the error text says why it does not fit, without
    /// naming the option (the binder adds that).
    static func parse(_ text: String, as type: ValueType) throws(ValueFailure) -> BoundValue {
        switch type {
        case .string, .file, .directory:
            return .string(text)
        case .choice(let words):
            guard words.contains(text) else {
                throw ValueFailure(
                    "invalid value '\(text)' (choose from \(words.joined(separator: ", ")))",
                    suggestion: Suggestions.nearest(to: text, among: words))
            }
            return .string(text)
        case .integer(let minimum, let maximum):
            return .integer(try parseInteger(text, minimum: minimum, maximum: maximum))
        case .duration:
            do {
                return .duration(try DurationParser.parse(text))
            } catch {
                throw ValueFailure(error.description)
            }
        case .bytes:
            do {
                return .bytes(try ByteSizeParser.parse(text))
            } catch {
                throw ValueFailure(error.description)
            }
        }
    }

    /// Parses a flag's value written as `--flag=VALUE` or read from the environment.
    static func parseFlag(_ text: String) throws(ValueFailure) -> Bool {
        switch text.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw ValueFailure("invalid value '\(text)' (use true or false)")
        }
    }

    private static func parseInteger(_ text: String, minimum: Int64?, maximum: Int64?)
        throws(ValueFailure) -> Int64
    {
        guard let number = Int64(text.trimmingSpaces) else {
            throw ValueFailure("invalid value '\(text)': expected a whole number")
        }
        if let minimum, number < minimum {
            throw ValueFailure("invalid value '\(text)': \(rangeText(minimum, maximum))")
        }
        if let maximum, number > maximum {
            throw ValueFailure("invalid value '\(text)': \(rangeText(minimum, maximum))")
        }
        return number
    }

    private static func rangeText(_ minimum: Int64?, _ maximum: Int64?) -> String {
        switch (minimum, maximum) {
        case (let low?, let high?): "must be between \(low) and \(high)"
        case (let low?, nil): "must be at least \(low)"
        case (nil, let high?): "must be at most \(high)"
        case (nil, nil): "out of range"
        }
    }
}

/// Why a value does not fit its type, before the binder names the option.
struct ValueFailure: Error {
    var message: String
    var suggestion: String?

    init(_ message: String, suggestion: String? = nil) {
        self.message = message
        self.suggestion = suggestion
    }
}
