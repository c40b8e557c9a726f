/// A value after parsing, typed by the option's ``ValueType``.
enum BoundValue: Sendable, Hashable {
    case flag(Bool)
    case string(String)
    case integer(Int64)
    case duration(Duration)
    case bytes(Int64)
}

/// Where an option's value came from.
public enum ValueSource: Sendable, Hashable {
    /// Given on the command line.
    case commandLine
    /// Read from the option's environment variable.
    case environment
    /// The option's declared default.
    case defaultValue
}

/// The values bound to one option, in command-line order, and where they came from.
struct Binding: Sendable, Hashable {
    var values: [BoundValue]
    var source: ValueSource
}

extension Duration {
    /// The value ArgumentKit binds for an unlimited duration (`-1` or any negative duration on
    /// the command line): one nanosecond below zero.
    public static let unlimited = Duration.nanoseconds(-1)
}
