/// Word wrapping and two-column layout for help text.
enum TextLayout {
    /// The width help text is wrapped to.
    static let width = 80
    /// The widest left column before the description moves to its own line.
    static let maximumLabelWidth = 30

    /// Wraps `text` to `width` columns, keeping blank-line paragraph breaks and lines that start
    /// with spaces (examples, lists) as they are; every line is prefixed with `indent`.
    static func wrap(_ text: String, width: Int = width, indent: String = "") -> [String] {
        var lines: [String] = []
        for paragraphLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if paragraphLine.isEmpty || paragraphLine.hasPrefix(" ") {
                lines.append(paragraphLine.isEmpty ? "" : indent + paragraphLine)
                continue
            }
            var line = ""
            for word in paragraphLine.split(separator: " ") {
                if !line.isEmpty, indent.count + line.count + 1 + word.count > width {
                    lines.append(indent + line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(indent + line)
        }
        return lines
    }

    /// Lays out `rows` as an indented label column and a wrapped description column.
    static func columns(_ rows: [(label: String, text: String)], indent: Int = 2) -> [String] {
        let fitting = rows.map(\.label.count).filter { $0 <= maximumLabelWidth }
        let labelWidth = (fitting.max() ?? 0) + 2
        let pad = String(repeating: " ", count: indent)
        let textIndent = String(repeating: " ", count: indent + labelWidth)
        var lines: [String] = []
        for row in rows {
            let wrapped = wrap(row.text, indent: textIndent)
            if row.label.count > maximumLabelWidth || wrapped.isEmpty {
                lines.append(pad + row.label)
                lines += wrapped.filter { !$0.trimmingSpaces.isEmpty }
                continue
            }
            let gap = String(repeating: " ", count: labelWidth - row.label.count)
            lines.append(pad + row.label + gap + wrapped[0].dropFirst(textIndent.count))
            lines += wrapped.dropFirst()
        }
        return lines
    }
}
