/// Translates a Converse response into an Anthropic Messages response, the way back for an
/// Anthropic-compatible endpoint served by Converse (``AnthropicToConverse``).
///
/// - `text` → `text`; cited text (`citationsContent`) → its text; `toolUse` → `tool_use`;
///   `reasoningText` → `thinking` (an absent signature as `""`); `redactedContent` →
///   `redacted_thinking` with the bytes as base64 `data`. Other blocks (images, documents) are
///   not model output Anthropic clients expect and are skipped.
/// - `stopReason`: `end_turn`, `tool_use`, `max_tokens`, `stop_sequence` and
///   `model_context_window_exceeded` keep their names; `guardrail_intervened` and
///   `content_filtered` → `refusal`; malformed output and unknown reasons → `end_turn`, since
///   Anthropic clients know no others. Converse does not say which stop sequence matched, so
///   `stop_sequence` stays `null`.
/// - usage: `inputTokens`, `outputTokens`, `cacheReadInputTokens` →
///   `cache_read_input_tokens`, `cacheWriteInputTokens` → `cache_creation_input_tokens`.
///
/// Streams are translated by ``ConverseStreamToAnthropic``.
///
/// ```swift
/// let converse = try BedrockJSONDecoder().decode(ConverseResponse.self, from: body)
/// let message = ConverseToAnthropic.translate(converse, id: "msg_gw_1", model: request.model)
/// ```
public enum ConverseToAnthropic {
    public static func translate(_ response: ConverseResponse, id: String, model: String) -> AnthropicMessagesResponse {
        var content: [AnthropicContentBlock] = []
        for block in response.output.message?.content ?? [] {
            switch block {
            case .text(let text):
                content.append(.text(AnthropicTextBlock(text: text)))
            case .citationsContent(let cited):
                let text = (cited["content"]?.arrayValue ?? []).compactMap { $0["text"]?.stringValue }.joined()
                if !text.isEmpty { content.append(.text(AnthropicTextBlock(text: text))) }
            case .toolUse(let call):
                content.append(.toolUse(AnthropicToolUseBlock(id: call.toolUseId, name: call.name, input: call.input)))
            case .reasoningContent(.reasoningText(let reasoning)):
                content.append(.thinking(AnthropicThinkingBlock(thinking: reasoning.text, signature: reasoning.signature ?? "")))
            case .reasoningContent(.redactedContent(let data)):
                content.append(.redactedThinking(AnthropicRedactedThinkingBlock(data: data.base64EncodedString())))
            case .reasoningContent(.unknown), .image, .document, .video, .audio, .toolResult, .guardContent, .cachePoint, .unknown:
                continue
            }
        }
        let usage = AnthropicUsage(
            inputTokens: response.usage.inputTokens, outputTokens: response.usage.outputTokens,
            cacheCreationInputTokens: response.usage.cacheWriteInputTokens,
            cacheReadInputTokens: response.usage.cacheReadInputTokens)
        return AnthropicMessagesResponse(
            id: id, content: content, model: model, stopReason: stopReason(response.stopReason), usage: usage)
    }

    static func stopReason(_ reason: ConverseStopReason) -> AnthropicStopReason {
        switch reason {
        case .endTurn: .endTurn
        case .toolUse: .toolUse
        case .maxTokens: .maxTokens
        case .stopSequence: .stopSequence
        case .modelContextWindowExceeded: .modelContextWindowExceeded
        case .guardrailIntervened, .contentFiltered: .refusal
        case .malformedModelOutput, .malformedToolUse, .unknown: .endTurn
        }
    }
}
