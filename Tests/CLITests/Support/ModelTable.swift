import Foundation

/// `gatewayctl models`'s table read back by column position: each cell starts where its header
/// starts, which is what "aligned" means to a reader.
struct ModelTable {
    let headers: [String]
    let rows: [[String: String]]

    /// - Throws: when a cell does not start at its header's column.
    init(parsing text: String) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard let header = lines.first else { throw TestFailure("empty table") }
        var starts: [(name: String, offset: Int)] = []
        var offset = 0
        for word in header.split(separator: " ", omittingEmptySubsequences: false) {
            if !word.isEmpty { starts.append((String(word), offset)) }
            offset += word.count + 1
        }
        headers = starts.map(\.name)
        var rows: [[String: String]] = []
        for line in lines.dropFirst() {
            let characters = Array(line)
            var row: [String: String] = [:]
            for (index, column) in starts.enumerated() {
                guard column.offset < characters.count || index == starts.count - 1 else {
                    throw TestFailure("row too short for column \(column.name): \(line)")
                }
                if column.offset > 0, column.offset < characters.count, characters[column.offset - 1] != " " {
                    throw TestFailure("column \(column.name) is not aligned in: \(line)")
                }
                let end = index + 1 < starts.count ? min(starts[index + 1].offset, characters.count) : characters.count
                let cell = column.offset < characters.count ? String(characters[column.offset..<end]) : ""
                row[column.name] = cell.trimmingCharacters(in: .whitespaces)
            }
            rows.append(row)
        }
        self.rows = rows
    }

    func row(id: String) -> [String: String]? {
        rows.first { $0["ID"] == id }
    }
}
