/// Message content: a plain string (shorthand for one text block) or a list of blocks.
///
/// ```swift
/// let short: AnthropicMessageContent = .text("Hi")
/// let long: AnthropicMessageContent = .blocks([.text(AnthropicTextBlock(text: "Hi"))])
/// ```
public enum AnthropicMessageContent: Codable, Hashable, Sendable {
    case text(String)
    case blocks([AnthropicContentBlock])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .blocks(try container.decode([AnthropicContentBlock].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .blocks(let blocks): try container.encode(blocks)
        }
    }
}
