/// Translates a Converse response into an OpenAI chat completion (`POST /v1/chat/completions`
/// without `stream`).
///
/// - Text blocks, and the text of citation blocks, are concatenated into `content`.
/// - `toolUse` blocks become `tool_calls` (`id` = `toolUseId`, `arguments` = the input as
///   compact JSON with sorted keys). Tools Bedrock runs itself (`type: "server_tool_use"`) are
///   not the client's to run and are left out.
/// - Readable reasoning becomes `reasoning_content`. Redacted reasoning is encrypted and has no
///   text, and reasoning signatures have no place in the OpenAI format: neither is surfaced.
/// - See ``finishReason(for:hasToolCalls:)`` and ``usage(from:)`` for the other two mappings.
///   `system_fingerprint` stays `nil`: Bedrock has nothing like it.
///
/// ```swift
/// let identity = ChatResponseIdentity(id: "chatcmpl-1", created: 1_741_569_952, model: "claude-sonnet")
/// let completion = ConverseToChat.completion(from: response, identity: identity)
/// ```
public enum ConverseToChat {
    /// The chat completion for a Converse response.
    public static func completion(
        from response: ConverseResponse, identity: ChatResponseIdentity, toolCallStyle: ChatToolCallStyle = .toolCalls
    ) -> ChatCompletion {
        var text = ""
        var reasoning = ""
        var toolCalls: [ChatToolCall] = []
        for block in response.output.message?.content ?? [] {
            switch block {
            case .text(let piece):
                text += piece
            case .citationsContent(let cited):
                text += citedText(cited)
            case .reasoningContent(.reasoningText(let thought)):
                reasoning += thought.text
            case .toolUse(let call) where call.type != serverToolUse:
                let arguments = ToolArgumentsJSON.arguments(for: call.input)
                toolCalls.append(ChatToolCall(id: call.toolUseId, function: FunctionCall(name: call.name, arguments: arguments)))
            default:
                // Redacted reasoning, server-side tool calls and results, and anything else
                // Bedrock may add have no visible counterpart in a chat message.
                continue
            }
        }
        let choice = AssistantMessageAssembly.choice(
            text: text, reasoning: reasoning, toolCalls: toolCalls,
            finishReason: finishReason(for: response.stopReason, hasToolCalls: !toolCalls.isEmpty), style: toolCallStyle)
        return ChatCompletion(
            id: identity.id, created: identity.created, model: identity.model, choices: [choice],
            usage: usage(from: response.usage))
    }

    /// OpenAI's `finish_reason` for a Converse stop reason.
    ///
    /// | Converse | OpenAI |
    /// |---|---|
    /// | `end_turn`, `stop_sequence` | `stop` (`end_turn` with tool calls: `tool_calls`, as some models end that way) |
    /// | `tool_use` | `tool_calls` (`stop` if no client tool was called) |
    /// | `max_tokens`, `model_context_window_exceeded` | `length` |
    /// | `content_filtered`, `guardrail_intervened` | `content_filter` |
    /// | `malformed_model_output`, `malformed_tool_use`, unknown | `stop` |
    ///
    /// The malformed reasons have no OpenAI counterpart; the answer did end, and whatever the
    /// model produced is returned, so `stop` is the least surprising choice for clients.
    public static func finishReason(for stopReason: ConverseStopReason, hasToolCalls: Bool) -> FinishReason {
        switch stopReason {
        case .endTurn, .toolUse: hasToolCalls ? .toolCalls : .stop
        case .stopSequence: .stop
        case .maxTokens, .modelContextWindowExceeded: .length
        case .contentFiltered, .guardrailIntervened: .contentFilter
        case .malformedModelOutput, .malformedToolUse, .unknown: .stop
        }
    }

    /// OpenAI's `usage` for Converse token counts.
    ///
    /// With prompt caching Bedrock's `inputTokens` counts only the uncached input, and cache
    /// reads and writes come separately (Bedrock user guide, prompt caching: total input =
    /// `inputTokens` + `cacheReadInputTokens` + `cacheWriteInputTokens`). OpenAI's
    /// `prompt_tokens` counts the whole prompt, cached part included, so:
    ///
    /// - `prompt_tokens` = input + cache read + cache write;
    /// - `completion_tokens` = output;
    /// - `total_tokens` = prompt + completion (computed, not Bedrock's `totalTokens`, so the
    ///   three numbers always add up);
    /// - `prompt_tokens_details.cached_tokens` = cache read, when Bedrock reports caching;
    /// - `completion_tokens_details` is omitted: Bedrock counts reasoning inside `outputTokens`
    ///   and never separately, and no number is made up.
    public static func usage(from usage: ConverseTokenUsage) -> CompletionUsage {
        let cacheRead = max(usage.cacheReadInputTokens ?? 0, 0)
        let cacheWrite = max(usage.cacheWriteInputTokens ?? 0, 0)
        let prompt = saturatingSum(max(usage.inputTokens, 0), cacheRead, cacheWrite)
        let completion = max(usage.outputTokens, 0)
        let reportsCaching = usage.cacheReadInputTokens != nil || usage.cacheWriteInputTokens != nil
        return CompletionUsage(
            promptTokens: prompt, completionTokens: completion, totalTokens: saturatingSum(prompt, completion),
            promptTokensDetails: reportsCaching ? .init(cachedTokens: cacheRead) : nil)
    }

    /// `ToolUseBlock.type` of tools that Bedrock runs itself.
    static let serverToolUse = "server_tool_use"

    /// The generated text of a `CitationsContentBlock`: its `content[].text`, in order.
    static func citedText(_ block: JSONValue) -> String {
        (block["content"]?.arrayValue ?? []).compactMap { $0["text"]?.stringValue }.joined()
    }

    /// Token counts come from the wire; a nonsense value must not trap on overflow.
    private static func saturatingSum(_ values: Int...) -> Int {
        values.reduce(0) { total, value in
            let (sum, overflow) = total.addingReportingOverflow(value)
            return overflow ? Int.max : sum
        }
    }
}
