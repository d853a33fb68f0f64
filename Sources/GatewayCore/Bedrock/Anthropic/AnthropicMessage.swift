/// One turn of an Anthropic conversation.
///
/// ```swift
/// let simple = AnthropicMessage(role: .user, content: .text("Hi"))
/// let rich = AnthropicMessage(role: .user, content: .blocks([.text(AnthropicTextBlock(text: "Hi"))]))
/// ```
public struct AnthropicMessage: Codable, Hashable, Sendable {
    public var role: AnthropicRole
    public var content: AnthropicMessageContent

    public init(role: AnthropicRole, content: AnthropicMessageContent) {
        self.role = role
        self.content = content
    }
}
