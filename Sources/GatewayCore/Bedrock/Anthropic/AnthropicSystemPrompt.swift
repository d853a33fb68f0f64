/// The system prompt: a string, or text blocks (needed to attach `cache_control`).
///
/// ```swift
/// let system = AnthropicSystemPrompt.blocks([AnthropicTextBlock(text: rules, cacheControl: .ephemeral)])
/// ```
public enum AnthropicSystemPrompt: Codable, Hashable, Sendable {
    case text(String)
    case blocks([AnthropicTextBlock])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
            return
        }
        let blocks = try container.decode([AnthropicContentBlock].self)
        self = .blocks(
            try blocks.map { block in
                guard case .text(let text) = block else {
                    throw DecodingError.dataCorruptedError(
                        in: container, debugDescription: "System prompt blocks must be text blocks.")
                }
                return text
            })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .blocks(let blocks): try container.encode(blocks.map(AnthropicContentBlock.text))
        }
    }
}
