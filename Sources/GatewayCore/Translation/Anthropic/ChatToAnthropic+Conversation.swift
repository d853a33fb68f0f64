import Foundation

extension ChatToAnthropic {
    /// The chat history split into Anthropic's `system` texts and alternating turns.
    struct Conversation: Sendable {
        /// System and developer texts, in order (empty ones skipped: Anthropic rejects empty text).
        var system: [String] = []
        var turns = AnthropicTurnList()
        /// Whether the last assistant message called tools (see `thinkingAllowed`).
        var lastAssistantCalledTools = false

        init(
            _ request: ChatCompletionRequest, profile: ModelProfile, options: TranslationOptions, media: FetchedMedia
        ) throws(TranslationError) {
            let content = ContentTranslator(profile: profile, options: options, media: media)
            // Legacy `function_call`s carry no id; the answering `function` message is paired
            // with the latest unanswered one through an id derived from its position.
            var pendingFunctionCallID: String?
            for (index, message) in request.messages.enumerated() {
                let path = "messages[\(index)]"
                switch message.role {
                case .system, .developer:
                    let text = message.content?.textValue ?? ""
                    if !text.isEmpty { system.append(text) }
                case .user:
                    turns.append(.user, try content.userBlocks(message.content, path: path))
                case .assistant:
                    var blocks = content.assistantBlocks(message)
                    var calledTools = false
                    for (callIndex, call) in (message.toolCalls ?? []).enumerated() {
                        let input = try content.toolInput(
                            call.function, param: "\(path).tool_calls[\(callIndex)].function.arguments")
                        blocks.append(.toolUse(AnthropicToolUseBlock(
                            id: AnthropicToolID.sanitized(call.id), name: call.function.name, input: input)))
                        calledTools = true
                    }
                    if let call = message.functionCall {
                        let id = AnthropicToolID.sanitized("call_function_\(index)")
                        let input = try content.toolInput(call, param: "\(path).function_call.arguments")
                        blocks.append(.toolUse(AnthropicToolUseBlock(id: id, name: call.name, input: input)))
                        pendingFunctionCallID = id
                        calledTools = true
                    }
                    // reasoning_content is not replayed: Anthropic only accepts thinking blocks
                    // with the signature they were issued with.
                    if !blocks.isEmpty { lastAssistantCalledTools = calledTools }
                    turns.append(.assistant, blocks)
                case .tool:
                    let id = AnthropicToolID.sanitized(message.toolCallID ?? "")
                    turns.append(.user, [.toolResult(content.toolResult(id: id, content: message.content))])
                case .function:
                    guard let id = pendingFunctionCallID else {
                        throw TranslationError(
                            param: "\(path).role",
                            message: "A function message must answer an earlier assistant function_call.")
                    }
                    pendingFunctionCallID = nil
                    turns.append(.user, [.toolResult(content.toolResult(id: id, content: message.content))])
                }
            }
        }
    }
}
