import Foundation

/// Translates the InvokeModel response of an Anthropic Claude model (a Messages API `message`)
/// into an OpenAI chat completion.
///
/// - `text` blocks are joined into `content`; `tool_use` blocks become `tool_calls` with the
///   input as JSON text (sorted keys); `thinking` becomes `reasoning_content`; `redacted_thinking`
///   (encrypted) and server-tool blocks are not shown.
/// - `stop_reason` → `finish_reason` (``finishReason(for:)``).
/// - usage: `prompt_tokens` counts all input, cached or not (`input_tokens` +
///   `cache_read_input_tokens` + `cache_creation_input_tokens`, since Anthropic's `input_tokens`
///   only counts what follows the last cache point); `cached_tokens` is the cache read.
///
/// `id` and `created` are the gateway's (`chatcmpl-…`, its clock), passed in; `model` is the
/// name the client asked for.
///
/// ```swift
/// let message = try BedrockJSONDecoder().decode(AnthropicMessagesResponse.self, from: body)
/// let completion = AnthropicToChat.translate(message, id: "chatcmpl-1", created: now, model: request.model)
/// ```
public enum AnthropicToChat {
    public static func translate(_ response: AnthropicMessagesResponse, id: String, created: Int, model: String) -> ChatCompletion {
        var texts: [String] = []
        var reasoning: [String] = []
        var toolCalls: [ChatToolCall] = []
        for block in response.content {
            switch block {
            case .text(let text): texts.append(text.text)
            case .thinking(let thinking): reasoning.append(thinking.thinking)
            case .toolUse(let call):
                toolCalls.append(ChatToolCall(id: call.id, function: FunctionCall(name: call.name, arguments: jsonText(call.input))))
            case .redactedThinking, .image, .document, .toolResult, .unknown: break
            }
        }
        // OpenAI sends `"content": null` for an answer that only calls tools.
        let content: String? = texts.isEmpty && !toolCalls.isEmpty ? nil : texts.joined()
        let message = ChatCompletionMessage(
            content: content,
            reasoningContent: reasoning.isEmpty ? nil : reasoning.joined(),
            toolCalls: toolCalls.isEmpty ? nil : toolCalls)
        return ChatCompletion(
            id: id, created: created, model: model,
            choices: [ChatCompletionChoice(index: 0, message: message, finishReason: finishReason(for: response.stopReason))],
            usage: usage(
                inputTokens: response.usage.inputTokens, outputTokens: response.usage.outputTokens,
                cacheReadInputTokens: response.usage.cacheReadInputTokens,
                cacheCreationInputTokens: response.usage.cacheCreationInputTokens))
    }

    /// `end_turn` / `stop_sequence` → `stop`; `max_tokens` and `model_context_window_exceeded`
    /// → `length`; `tool_use` → `tool_calls`; `refusal` → `content_filter`. `pause_turn` (a
    /// server tool paused a long turn; the client would have to resend to continue) → `stop`, as
    /// OpenAI has no "paused"; unknown or missing reasons → `stop`.
    public static func finishReason(for reason: AnthropicStopReason?) -> FinishReason {
        switch reason {
        case .maxTokens?, .modelContextWindowExceeded?: .length
        case .toolUse?: .toolCalls
        case .refusal?: .contentFilter
        case .endTurn?, .stopSequence?, .pauseTurn?, .unknown?, nil: .stop
        }
    }

    /// OpenAI usage from Anthropic's counts (see the type's documentation).
    static func usage(inputTokens: Int, outputTokens: Int, cacheReadInputTokens: Int?, cacheCreationInputTokens: Int?) -> CompletionUsage {
        let prompt = inputTokens + (cacheReadInputTokens ?? 0) + (cacheCreationInputTokens ?? 0)
        let cached = cacheReadInputTokens.map { CompletionUsage.PromptTokensDetails(cachedTokens: $0) }
        return CompletionUsage(promptTokens: prompt, completionTokens: outputTokens, promptTokensDetails: cached)
    }

    /// Compact JSON text with sorted keys, so the same input always gives the same arguments.
    /// Decoded JSON always re-encodes; `{}` stands in should that ever fail.
    static func jsonText(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
