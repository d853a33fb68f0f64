/// A table of left-aligned text columns for the terminal: a header row, then one row per item,
/// columns separated by two spaces, no trailing blanks.
///
/// ```swift
/// var table = TextTable(headers: ["ID", "INPUT"])
/// table.append(["amazon.nova-pro-v1:0", "TEXT,IMAGE"])
/// Console.out(table.render())
/// ```
struct TextTable: Sendable {
    let headers: [String]
    private(set) var rows: [[String]] = []

    init(headers: [String]) {
        self.headers = headers
    }

    /// Adds a row; missing cells are blank, extra cells are dropped.
    mutating func append(_ row: [String]) {
        rows.append((0..<headers.count).map { $0 < row.count ? row[$0] : "" })
    }

    func render() -> String {
        let all = [headers] + rows
        let widths = headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                if column == row.count - 1 {
                    line += cell
                } else {
                    line += cell + String(repeating: " ", count: widths[column] - cell.count + 2)
                }
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }
}
