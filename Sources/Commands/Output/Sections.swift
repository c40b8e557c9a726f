/// A detail view of `Label: value` rows under section titles, labels right-aligned, as the
/// `nats` CLI's info views.
public struct Sections: Sendable {
    private enum Row {
        case heading(String)
        case field(String, String)
        case blank
    }

    private var rows: [Row] = []

    /// Creates an empty view.
    public init() {}

    /// Starts a section with a title (after a blank line unless it is the first row).
    public mutating func section(_ title: String) {
        if !rows.isEmpty { rows.append(.blank) }
        rows.append(.heading(title))
        rows.append(.blank)
    }

    /// Adds a title line with no blank line after it (a following ``section(_:)`` adds one).
    public mutating func title(_ text: String) {
        rows.append(.heading(text))
    }

    /// Adds an empty line between groups of rows.
    public mutating func blankLine() {
        rows.append(.blank)
    }

    /// Adds a `Label: value` row.
    public mutating func field(_ label: String, _ value: String) {
        rows.append(.field(label, value))
    }

    /// Adds a row only when `value` is not `nil` or empty.
    public mutating func optionalField(_ label: String, _ value: String?) {
        if let value, !value.isEmpty { field(label, value) }
    }

    /// The view as text, ending in a newline.
    public func render() -> String {
        let width = rows.reduce(0) { width, row in
            if case .field(let label, _) = row { return max(width, label.count) }
            return width
        }
        var text = ""
        for row in rows {
            switch row {
            case .heading(let title): text += title + "\n"
            case .blank: text += "\n"
            case .field(let label, let value):
                text +=
                    String(repeating: " ", count: width - label.count + 2) + label + ": "
                    + value + "\n"
            }
        }
        return text
    }
}
