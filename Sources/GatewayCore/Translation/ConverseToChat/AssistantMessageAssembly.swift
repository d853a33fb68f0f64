/// The rules shared by the non-streamed translation and the chunk accumulator for turning
/// collected text, reasoning and tool calls into an assistant message and its finish reason, so
/// both give the same answer for the same output.
enum AssistantMessageAssembly {
    /// - `content` is the text; with no text it is `null` when tools were called (as OpenAI
    ///   writes tool-calling answers) and `""` otherwise, so a plain answer always has a string.
    /// - `reasoning_content` is omitted when there is no readable reasoning.
    /// - With ``ChatToolCallStyle/legacyFunctionCall``, the first call becomes `function_call` and
    ///   `tool_calls` becomes `function_call` as finish reason.
    static func choice(
        index: Int = 0, text: String, reasoning: String, refusal: String? = nil, toolCalls: [ChatToolCall],
        finishReason: FinishReason, style: ChatToolCallStyle
    ) -> ChatCompletionChoice {
        let content: String? = text.isEmpty ? (toolCalls.isEmpty ? "" : nil) : text
        var message = ChatCompletionMessage(
            content: content, reasoningContent: reasoning.isEmpty ? nil : reasoning, refusal: refusal)
        var reason = finishReason
        switch style {
        case .toolCalls:
            message.toolCalls = toolCalls.isEmpty ? nil : toolCalls
        case .legacyFunctionCall:
            message.functionCall = toolCalls.first?.function
            if reason == .toolCalls { reason = .functionCall }
        }
        return ChatCompletionChoice(index: index, message: message, finishReason: reason)
    }
}
