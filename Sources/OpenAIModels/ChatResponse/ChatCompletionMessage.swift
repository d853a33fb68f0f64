/// The assistant message of a non-streamed answer.
///
/// Written as OpenAI writes it: `role` is always `"assistant"`, and `content` and `refusal`
/// are explicit `null` when absent (a tool-calling answer has `"content": null`).
///
/// ```swift
/// let message = ChatCompletionMessage(content: nil, toolCalls: [
///     ChatToolCall(id: "call_1", function: .init(name: "get_weather", arguments: "{}"))])
/// ```
public struct ChatCompletionMessage: Codable, Sendable, Hashable {
    public var content: String?
    /// The model's reasoning text (DeepSeek-style `reasoning_content`), when it exposes one.
    public var reasoningContent: String?
    public var toolCalls: [ChatToolCall]?
    public var refusal: String?
    /// Legacy single function call, for requests that used `functions`.
    public var functionCall: FunctionCall?

    /// Always `.assistant`.
    public var role: ChatRole { .assistant }

    public init(
        content: String?,
        reasoningContent: String? = nil,
        toolCalls: [ChatToolCall]? = nil,
        refusal: String? = nil,
        functionCall: FunctionCall? = nil
    ) {
        self.content = content
        self.reasoningContent = reasoningContent
        self.toolCalls = toolCalls
        self.refusal = refusal
        self.functionCall = functionCall
    }

    enum CodingKeys: String, CodingKey {
        case role, content, refusal
        case reasoningContent = "reasoning_content"
        case toolCalls = "tool_calls"
        case functionCall = "function_call"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.content = try container.decodeIfPresent(String.self, forKey: .content)
        self.reasoningContent = try container.decodeIfPresent(String.self, forKey: .reasoningContent)
        self.toolCalls = try container.decodeIfPresent([ChatToolCall].self, forKey: .toolCalls)
        self.refusal = try container.decodeIfPresent(String.self, forKey: .refusal)
        self.functionCall = try container.decodeIfPresent(FunctionCall.self, forKey: .functionCall)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        try container.encode(content, forKey: .content)
        try container.encodeIfPresent(reasoningContent, forKey: .reasoningContent)
        try container.encodeIfPresent(toolCalls, forKey: .toolCalls)
        try container.encode(refusal, forKey: .refusal)
        try container.encodeIfPresent(functionCall, forKey: .functionCall)
    }
}
