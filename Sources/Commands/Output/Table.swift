/// A table with a title and aligned columns, drawn with rounded borders as the `nats` CLI does.
public struct Table: Sendable {
    /// The title, centred above the header.
    public var title: String?
    /// The column headers.
    public var headers: [String]
    /// The rows, each with one cell per header.
    public private(set) var rows: [[String]] = []
    /// Columns whose cells are right-aligned (numbers, sizes).
    public var rightAligned: Set<Int>

    /// Creates an empty table.
    public init(title: String? = nil, headers: [String], rightAligned: Set<Int> = []) {
        self.title = title
        self.headers = headers
        self.rightAligned = rightAligned
    }

    /// Adds a row (missing cells are blank, extra cells are dropped).
    public mutating func append(_ row: [String]) {
        var cells = Array(row.prefix(headers.count))
        while cells.count < headers.count { cells.append("") }
        rows.append(cells)
    }

    /// The table as text, ending in a newline.
    public func render() -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        let inner = widths.reduce(0, +) + 3 * max(0, widths.count - 1) + 2
        func line(_ left: String, _ fill: String, _ join: String, _ right: String) -> String {
            left + widths.map { String(repeating: fill, count: $0 + 2) }.joined(separator: join)
                + right + "\n"
        }
        func cells(_ row: [String]) -> String {
            let padded = row.enumerated().map { index, cell in
                let space = String(repeating: " ", count: widths[index] - cell.count)
                return rightAligned.contains(index) ? space + cell : cell + space
            }
            return "│ " + padded.joined(separator: " │ ") + " │\n"
        }
        var text = ""
        if let title {
            let width = max(inner, title.count + 2)
            let left = (width - title.count) / 2
            text += "╭" + String(repeating: "─", count: width) + "╮\n"
            text +=
                "│" + String(repeating: " ", count: left) + title
                + String(repeating: " ", count: width - left - title.count) + "│\n"
            text += line("├", "─", "┬", "┤")
        } else {
            text += line("╭", "─", "┬", "╮")
        }
        text += cells(headers)
        text += line("├", "─", "┼", "┤")
        for row in rows { text += cells(row) }
        text += line("╰", "─", "┴", "╯")
        return text
    }
}
