#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `nats` CLI's message templates, for subjects, bodies and header values:
/// `{{Count}}` (alias `Cnt`, 1-based message number), `{{TimeStamp}}` (RFC 3339), `{{Unix}}`,
/// `{{UnixNano}}`, `{{Time}}` (`3:04PM`), `{{ID}}` (a unique id), `{{Random min max}}`
/// (an alphanumeric string of min…max characters) and, in `reply`, `{{Request}}`. Each name may
/// also be written with a leading dot (`{{.Count}}`). Text that is not a known template is kept
/// as it is.
struct MessageTemplate: Sendable {
    /// What a template is expanded with.
    struct Values: Sendable {
        var count: Int
        var request: String?
        var now: (seconds: Int64, nanoseconds: Int64)

        init(count: Int, request: String? = nil, now: (seconds: Int64, nanoseconds: Int64)? = nil) {
            self.count = count
            self.request = request
            if let now {
                self.now = now
            } else {
                var spec = timespec()
                clock_gettime(CLOCK_REALTIME, &spec)
                self.now = (Int64(spec.tv_sec), Int64(spec.tv_nsec))
            }
        }
    }

    private enum Piece: Sendable {
        case text(String)
        case action(name: String, arguments: [String], raw: String)
    }

    private let pieces: [Piece]

    /// Whether the text holds any `{{…}}` action, so expanding it may change it.
    let hasActions: Bool

    /// Parses a template.
    init(_ text: String) {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            guard let close = rest[open.upperBound...].firstRange(of: "}}") else { break }
            if open.lowerBound > rest.startIndex {
                pieces.append(.text(String(rest[..<open.lowerBound])))
            }
            let inner = rest[open.upperBound..<close.lowerBound]
            let words = inner.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            var name = words.first ?? ""
            if name.hasPrefix(".") { name.removeFirst() }
            pieces.append(
                .action(
                    name: name, arguments: Array(words.dropFirst()),
                    raw: String(rest[open.lowerBound..<close.upperBound])))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        self.pieces = pieces
        hasActions = pieces.contains {
            if case .action = $0 { return true }
            return false
        }
    }

    /// The text with every known action replaced.
    func render(_ values: Values) -> String {
        var output = ""
        for piece in pieces {
            switch piece {
            case .text(let text): output += text
            case .action(let name, let arguments, let raw):
                output += Self.expand(name, arguments, values) ?? raw
            }
        }
        return output
    }

    private static func expand(_ name: String, _ arguments: [String], _ values: Values)
        -> String?
    {
        switch name {
        case "Count", "Cnt": return String(values.count)
        case "Unix": return String(values.now.seconds)
        case "UnixNano": return String(values.now.seconds * 1_000_000_000 + values.now.nanoseconds)
        case "TimeStamp": return Timestamps.rfc3339(seconds: values.now.seconds, local: true)
        case "Time": return Timestamps.kitchen(seconds: values.now.seconds)
        case "ID": return RandomText.identifier()
        case "Request": return values.request
        case "Random":
            guard arguments.count == 2, let low = Int(arguments[0]), let high = Int(arguments[1]),
                low >= 0, high >= low
            else { return nil }
            return RandomText.alphanumeric(length: Int.random(in: low...high))
        default: return nil
        }
    }
}

/// Random identifiers and strings for templates.
enum RandomText {
    private static let alphabet = Array(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

    /// A 22-character base-62 identifier, unique for all practical purposes.
    static func identifier() -> String {
        alphanumeric(length: 22)
    }

    /// A random string of letters and digits.
    static func alphanumeric(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
