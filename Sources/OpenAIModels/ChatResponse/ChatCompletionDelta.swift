/// What a streamed chunk adds to the assistant message. Absent members are omitted.
///
/// The first chunk usually carries `role`; later ones carry pieces of `content`,
/// `reasoning_content`, `refusal` or tool calls.
///
/// ```swift
/// let opening = ChatCompletionDelta(role: .assistant, content: "")
/// let piece = ChatCompletionDelta(content: "Hel")
/// ```
public struct ChatCompletionDelta: Codable, Sendable, Hashable {
    public var role: ChatRole?
    public var content: String?
    /// A piece of the model's reasoning (DeepSeek-style `reasoning_content`).
    public var reasoningContent: String?
    public var toolCalls: [ChatToolCallDelta]?
    public var refusal: String?

    public init(
        role: ChatRole? = nil,
        content: String? = nil,
        reasoningContent: String? = nil,
        toolCalls: [ChatToolCallDelta]? = nil,
        refusal: String? = nil
    ) {
        self.role = role
        self.content = content
        self.reasoningContent = reasoningContent
        self.toolCalls = toolCalls
        self.refusal = refusal
    }

    enum CodingKeys: String, CodingKey {
        case role, content, refusal
        case reasoningContent = "reasoning_content"
        case toolCalls = "tool_calls"
    }
}
