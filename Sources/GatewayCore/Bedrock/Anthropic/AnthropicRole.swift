/// Who wrote an Anthropic message.
///
/// ```swift
/// let message = AnthropicMessage(role: .assistant, content: .text("Hello!"))
/// ```
public enum AnthropicRole: String, Codable, Hashable, Sendable {
    case user
    case assistant
}
