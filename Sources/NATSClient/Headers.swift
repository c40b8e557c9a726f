/// The headers of a message (the `NATS/1.0` block): ordered, multi-valued, case-preserving
/// names with case-insensitive lookup, plus the inline status of status messages.
public struct Headers: Sendable, Equatable, Sequence {
    /// One header line.
    public typealias Element = (name: String, value: String)

    struct Field: Sendable, Equatable {
        var name: String
        var value: String
    }

    private(set) var fields: [Field] = []
    /// The inline status code (`NATS/1.0 503` → 503), if any.
    public var status: Int?
    /// The text after the status code (`NATS/1.0 408 Request Timeout` → `Request Timeout`).
    public var statusDescription: String?

    /// Creates an empty header block.
    public init() {}

    /// Creates headers from name/value pairs, in order.
    public init(_ pairs: [(String, String)]) {
        for (name, value) in pairs { append(name, value) }
    }

    /// The number of header lines.
    public var count: Int { fields.count }
    /// Whether there are no header lines (a status may still be set).
    public var isEmpty: Bool { fields.isEmpty }

    /// Adds a line, keeping any earlier values of the same name.
    public mutating func append(_ name: String, _ value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Replaces every value of `name` (compared case-insensitively) with this one.
    public mutating func set(_ name: String, _ value: String) {
        if let first = fields.firstIndex(where: { $0.name.equalsIgnoringASCIICase(name) }) {
            fields[first] = Field(name: name, value: value)
            var index = fields.index(after: first)
            while index < fields.endIndex {
                if fields[index].name.equalsIgnoringASCIICase(name) {
                    fields.remove(at: index)
                } else {
                    index += 1
                }
            }
        } else {
            append(name, value)
        }
    }

    /// Removes every value of `name` (compared case-insensitively).
    public mutating func remove(_ name: String) {
        fields.removeAll { $0.name.equalsIgnoringASCIICase(name) }
    }

    /// Every value of `name` (compared case-insensitively), in order.
    public func values(for name: String) -> [String] {
        fields.filter { $0.name.equalsIgnoringASCIICase(name) }.map(\.value)
    }

    /// The first value of `name` (compared case-insensitively); setting replaces all values,
    /// setting `nil` removes them.
    public subscript(name: String) -> String? {
        get { fields.first { $0.name.equalsIgnoringASCIICase(name) }?.value }
        set {
            if let newValue { set(name, newValue) } else { remove(name) }
        }
    }

    /// Iterates over the lines in order, names as they were written.
    public func makeIterator() -> Iterator { Iterator(fields: fields) }

    /// Iterates over the header lines.
    public struct Iterator: IteratorProtocol {
        fileprivate let fields: [Field]
        fileprivate var index = 0

        /// The next line, or `nil` at the end.
        public mutating func next() -> Element? {
            guard index < fields.count else { return nil }
            defer { index += 1 }
            return (fields[index].name, fields[index].value)
        }
    }

    /// Compares names with their case, values, order and status.
    public static func == (lhs: Headers, rhs: Headers) -> Bool {
        lhs.fields == rhs.fields && lhs.status == rhs.status
            && lhs.statusDescription == rhs.statusDescription
    }
}

extension String {
    func equalsIgnoringASCIICase(_ other: String) -> Bool {
        var lhs = utf8.makeIterator()
        var rhs = other.utf8.makeIterator()
        while true {
            switch (lhs.next(), rhs.next()) {
            case (nil, nil): return true
            case (let a?, let b?):
                if a != b && asciiLower(a) != asciiLower(b) { return false }
            default: return false
            }
        }
    }
}

@inline(__always) func asciiLower(_ byte: UInt8) -> UInt8 {
    byte >= 65 && byte <= 90 ? byte | 0x20 : byte
}
