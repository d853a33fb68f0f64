/// How a model's tool calls are written in a chat answer.
///
/// Clients that sent the legacy `functions` parameter expect the legacy `function_call` member
/// and `finish_reason: "function_call"`; everyone else gets `tool_calls`. The legacy form holds a
/// single call, so only the first tool call is kept there.
///
/// ```swift
/// let style: ChatToolCallStyle = request.functions != nil ? .legacyFunctionCall : .toolCalls
/// let completion = try ConverseToChat.completion(from: response, identity: identity, toolCallStyle: style)
/// ```
public enum ChatToolCallStyle: Sendable, Hashable {
    /// `message.tool_calls` and `finish_reason: "tool_calls"`.
    case toolCalls
    /// `message.function_call` (first call only) and `finish_reason: "function_call"`.
    case legacyFunctionCall
}
