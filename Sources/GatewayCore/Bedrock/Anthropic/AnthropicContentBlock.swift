/// One content block, tagged by `type` (`text`, `image`, `document`, `tool_use`, `tool_result`,
/// `thinking`, `redacted_thinking`).
///
/// Other types (server tools, search results, types Anthropic adds) decode as
/// `.unknown(type, object)` and re-encode unchanged.
///
/// ```swift
/// let blocks: [AnthropicContentBlock] = [.text(AnthropicTextBlock(text: "Look:")), .image(AnthropicImageBlock(source: .base64(mediaType: "image/png", data: png)))]
/// if case .toolUse(let call) = block { print(call.name) }
/// ```
public enum AnthropicContentBlock: Codable, Hashable, Sendable {
    case text(AnthropicTextBlock)
    case image(AnthropicImageBlock)
    case document(AnthropicDocumentBlock)
    case toolUse(AnthropicToolUseBlock)
    case toolResult(AnthropicToolResultBlock)
    case thinking(AnthropicThinkingBlock)
    case redactedThinking(AnthropicRedactedThinkingBlock)
    /// An unmodeled block: its `type` and the whole object (including `type`).
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let type = try decoder.container(keyedBy: WireKey.self).typeTag()
        switch type {
        case "text": self = .text(try AnthropicTextBlock(from: decoder))
        case "image": self = .image(try AnthropicImageBlock(from: decoder))
        case "document": self = .document(try AnthropicDocumentBlock(from: decoder))
        case "tool_use": self = .toolUse(try AnthropicToolUseBlock(from: decoder))
        case "tool_result": self = .toolResult(try AnthropicToolResultBlock(from: decoder))
        case "thinking": self = .thinking(try AnthropicThinkingBlock(from: decoder))
        case "redacted_thinking": self = .redactedThinking(try AnthropicRedactedThinkingBlock(from: decoder))
        default: self = .unknown(type, try JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let block): try TypeTaggedCoding.encode(block, type: "text", to: encoder)
        case .image(let block): try TypeTaggedCoding.encode(block, type: "image", to: encoder)
        case .document(let block): try TypeTaggedCoding.encode(block, type: "document", to: encoder)
        case .toolUse(let block): try TypeTaggedCoding.encode(block, type: "tool_use", to: encoder)
        case .toolResult(let block): try TypeTaggedCoding.encode(block, type: "tool_result", to: encoder)
        case .thinking(let block): try TypeTaggedCoding.encode(block, type: "thinking", to: encoder)
        case .redactedThinking(let block): try TypeTaggedCoding.encode(block, type: "redacted_thinking", to: encoder)
        case .unknown(_, let object): try object.encode(to: encoder)
        }
    }
}
