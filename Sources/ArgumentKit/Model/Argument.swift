/// A positional argument of a command, such as the stream name in `stream add ORDERS`.
public struct Argument: Sendable, Hashable {
    /// The name used in usage lines (`<name>`) and to read the value from an ``Invocation``.
    public var name: String
    /// Whether the argument may be left out. Optional arguments follow the required ones.
    public var optional: Bool
    /// Whether the argument takes every remaining word; only the last argument may be variadic.
    public var variadic: Bool
    /// The kind of value, checked while binding and offered by completion scripts.
    public var value: ValueType
    /// One line of help.
    public var help: String

    /// Declares a positional argument.
    public init(
        _ name: String, optional: Bool = false, variadic: Bool = false,
        value: ValueType = .string, help: String
    ) {
        self.name = name
        self.optional = optional
        self.variadic = variadic
        self.value = value
        self.help = help
    }

    /// The argument as written in usage lines: `<name>`, `[<name>]`, `<name>...`, `[<name>...]`.
    var usage: String {
        let word = "<\(name)>" + (variadic ? "..." : "")
        return optional ? "[\(word)]" : word
    }
}
