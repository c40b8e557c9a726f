/// Where ArgumentKit writes help, version and error text. ArgumentKit never touches the terminal
/// itself; the caller (the Commands layer) supplies the two writers.
public struct OutputSink: Sendable {
    /// Writes text, already ending in a newline, to standard output.
    public var standardOutput: @Sendable (String) -> Void
    /// Writes text, already ending in a newline, to standard error.
    public var standardError: @Sendable (String) -> Void

    /// Creates a sink from two writers.
    public init(
        standardOutput: @escaping @Sendable (String) -> Void,
        standardError: @escaping @Sendable (String) -> Void
    ) {
        self.standardOutput = standardOutput
        self.standardError = standardError
    }
}
