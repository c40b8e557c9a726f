/// A named option of a command: a boolean flag (`--json`, `--[no-]ack`) or an option that takes a
/// value (`--server URL`, `-s URL`, `--timeout=5s`).
///
/// Build options with ``option(_:short:value:repeatable:default:env:help:valueName:aliases:hidden:)``
/// and ``flag(_:short:negatable:default:env:help:aliases:hidden:)``.
public struct Option: Sendable, Hashable {
    /// What an option takes.
    public enum Kind: Sendable, Hashable {
        /// A boolean flag; `negatable` flags also accept `--no-<name>`.
        case flag(negatable: Bool)
        /// An option followed by a value of the given type.
        case value(ValueType)
    }

    /// The long name without dashes: `server` for `--server`. Values are read by this name.
    public var name: String
    /// The single-letter short name without the dash: `s` for `-s`.
    public var short: Character?
    /// A flag or a value-taking option.
    public var kind: Kind
    /// Whether the option may be given several times, collecting every value in order.
    public var repeatable: Bool
    /// The default, written as it would be on the command line (`"5s"`, `"limits"`, `"true"`).
    public var defaultValue: String?
    /// An environment variable read when the option is not on the command line.
    public var environment: String?
    /// One line of help.
    public var help: String
    /// The placeholder for the value in help (`URL`); defaults to the value type's placeholder.
    public var valueName: String?
    /// More long names accepted for the option (not shown in help).
    public var aliases: [String]
    /// Whether the option is left out of help, completions and man pages.
    public var hidden: Bool
    /// Whether the option is accepted by this command's subcommands too (see ``inherited()``).
    public var inherited: Bool

    /// Declares an option that takes a value.
    public static func option(
        _ name: String, short: Character? = nil, value: ValueType = .string,
        repeatable: Bool = false, default defaultValue: String? = nil, env: String? = nil,
        help: String, valueName: String? = nil, aliases: [String] = [], hidden: Bool = false
    ) -> Option {
        Option(
            name: name, short: short, kind: .value(value), repeatable: repeatable,
            defaultValue: defaultValue, environment: env, help: help, valueName: valueName,
            aliases: aliases, hidden: hidden, inherited: false)
    }

    /// Declares a boolean flag. A `negatable` flag also accepts `--no-<name>` to set it to false.
    ///
    /// An environment variable set to `0`, `false`, `no` or `off` (any case) turns the flag off;
    /// any other non-empty value turns it on.
    public static func flag(
        _ name: String, short: Character? = nil, negatable: Bool = false,
        default defaultValue: Bool? = nil, env: String? = nil, help: String,
        aliases: [String] = [], hidden: Bool = false
    ) -> Option {
        Option(
            name: name, short: short, kind: .flag(negatable: negatable), repeatable: false,
            defaultValue: defaultValue.map { $0 ? "true" : "false" }, environment: env, help: help,
            valueName: nil, aliases: aliases, hidden: hidden, inherited: false)
    }

    /// The same option, accepted by the command that declares it and by every command below it,
    /// anywhere on the command line. Declare global options once on the root this way.
    public func inherited(_ isInherited: Bool = true) -> Option {
        var copy = self
        copy.inherited = isInherited
        return copy
    }

    /// Whether this option is a boolean flag.
    public var isFlag: Bool {
        if case .flag = kind { return true }
        return false
    }

    /// Whether this is a flag that also accepts `--no-<name>`.
    public var isNegatable: Bool {
        if case .flag(negatable: true) = kind { return true }
        return false
    }

    /// The value type of a value-taking option; `nil` for flags.
    public var valueType: ValueType? {
        if case .value(let type) = kind { return type }
        return nil
    }

    /// Every long name the option answers to, without dashes, including `no-<name>` forms.
    var longNames: [String] {
        var names = [name] + aliases
        if isNegatable { names += ([name] + aliases).map { "no-" + $0 } }
        return names
    }

    /// The placeholder for the value in help and usage lines.
    var valuePlaceholder: String {
        valueName ?? valueType?.placeholder ?? name.uppercased()
    }
}
