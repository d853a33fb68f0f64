/// Splits text into stream deltas of at most `size` characters (whole grapheme clusters, so a
/// delta never ends inside an emoji or a combining sequence).
enum TextChunker {
    static func chunks(_ text: String, size: Int) -> [String] {
        guard !text.isEmpty else { return [] }
        let size = max(1, size)
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if current.count == size {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
