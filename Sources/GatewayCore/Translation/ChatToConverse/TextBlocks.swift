/// Text handling Bedrock imposes on every text block: blank text (empty or whitespace only) is
/// rejected, so it is dropped before it reaches a block.
///
/// ```swift
/// TextBlocks.nonBlank(["Hi", "  ", ""])   // ["Hi"]
/// ```
enum TextBlocks {
    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }

    static func nonBlank(_ texts: [String]) -> [String] {
        texts.filter { !isBlank($0) }
    }

    /// The text of each non-blank text (or refusal) part, or of a plain string.
    static func texts(of content: ChatMessageContent?) -> [String] {
        switch content {
        case nil: return []
        case .text(let text)?: return nonBlank([text])
        case .parts(let parts)?:
            return nonBlank(parts.compactMap { part in
                switch part {
                case .text(let text), .refusal(let text): text
                default: nil
                }
            })
        }
    }
}
