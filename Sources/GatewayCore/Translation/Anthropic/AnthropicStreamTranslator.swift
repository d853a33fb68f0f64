/// Turns the events of a streamed Anthropic response (InvokeModelWithResponseStream chunks) into
/// OpenAI `chat.completion.chunk`s, one event at a time.
///
/// - `message_start` → the opening chunk (`role: assistant`, `content: ""`); its input counts
///   are remembered for the usage chunk.
/// - `text_delta` → `content`; `thinking_delta` → `reasoning_content`; signatures, redacted
///   thinking, citations and server-tool blocks show nothing.
/// - A `tool_use` block → a tool call numbered 0, 1, … in the order they start (never by block
///   index, since text and thinking blocks take indices too); its first chunk carries `id`,
///   `type`, `name` and `arguments: ""`, then each non-empty `input_json_delta` is an
///   `arguments` fragment.
/// - `message_delta` → the chunk with `finish_reason` (``AnthropicToChat/finishReason(for:)``).
/// - `message_stop` → with `include_usage`, the usage chunk (`choices: []`): input counts from
///   `message_start` (or the cumulative ones `message_delta` may repeat), output from
///   `message_delta`, and where Bedrock appended `amazon-bedrock-invocationMetrics`, its
///   counts win, since they are what Bedrock bills.
/// - `ping` and unknown events are ignored; an `error` event throws ``AnthropicStreamError``.
///
/// Every chunk carries the `id`, `created` and `model` given at creation.
///
/// ```swift
/// var translator = AnthropicStreamTranslator(id: "chatcmpl-1", created: now, model: request.model, includeUsage: true)
/// for event in events { for chunk in try translator.translate(event) { send(chunk) } }
/// ```
public struct AnthropicStreamTranslator: Sendable {
    public let id: String
    public let created: Int
    public let model: String
    public let includeUsage: Bool

    private var roleSent = false
    private var finishSent = false
    /// Tool-call number by content-block index.
    private var toolCallIndex: [Int: Int] = [:]
    private var inputTokens: Int?
    private var outputTokens: Int?
    private var cacheReadInputTokens: Int?
    private var cacheCreationInputTokens: Int?

    public init(id: String, created: Int, model: String, includeUsage: Bool) {
        self.id = id
        self.created = created
        self.model = model
        self.includeUsage = includeUsage
    }

    /// The chunks one event produces (often none).
    public mutating func translate(_ event: AnthropicStreamEvent) throws(AnthropicStreamError) -> [ChatCompletionChunk] {
        switch event {
        case .messageStart(let message):
            inputTokens = message.usage.inputTokens
            cacheReadInputTokens = message.usage.cacheReadInputTokens
            cacheCreationInputTokens = message.usage.cacheCreationInputTokens
            return openingIfNeeded()

        case .contentBlockStart(let index, let block):
            switch block {
            case .text(let text): return delta(ChatCompletionDelta(content: text.text))
            case .thinking(let thinking): return delta(ChatCompletionDelta(reasoningContent: thinking.thinking))
            case .toolUse(let call):
                let number = toolCallIndex.count
                toolCallIndex[index] = number
                // The start event carries `input: {}`; the arguments follow as JSON fragments.
                let arguments = call.input == .object([:]) ? "" : AnthropicToChat.jsonText(call.input)
                return delta(ChatCompletionDelta(toolCalls: [
                    ChatToolCallDelta(
                        index: number, id: call.id, type: "function",
                        function: ChatToolCallDelta.Function(name: call.name, arguments: arguments)),
                ]))
            case .redactedThinking, .image, .document, .toolResult, .unknown:
                return []
            }

        case .contentBlockDelta(let index, let delta):
            switch delta {
            case .textDelta(let text): return self.delta(ChatCompletionDelta(content: text))
            case .thinkingDelta(let thinking): return self.delta(ChatCompletionDelta(reasoningContent: thinking))
            case .inputJSONDelta(let partial):
                guard let number = toolCallIndex[index] else { return [] }
                return self.delta(ChatCompletionDelta(toolCalls: [
                    ChatToolCallDelta(index: number, function: ChatToolCallDelta.Function(arguments: partial)),
                ]))
            case .signatureDelta, .citationsDelta, .unknown:
                return []
            }

        case .messageDelta(let delta, let usage):
            outputTokens = usage.outputTokens
            inputTokens = usage.inputTokens ?? inputTokens
            cacheReadInputTokens = usage.cacheReadInputTokens ?? cacheReadInputTokens
            cacheCreationInputTokens = usage.cacheCreationInputTokens ?? cacheCreationInputTokens
            guard let reason = delta.stopReason else { return [] }
            return finish(AnthropicToChat.finishReason(for: reason))

        case .messageStop(let metrics):
            // A stream that ends without a stop reason still ends the choice.
            var chunks = finish(.stop)
            if let metrics {
                inputTokens = metrics.inputTokenCount
                outputTokens = metrics.outputTokenCount
                cacheReadInputTokens = metrics.cacheReadInputTokenCount ?? cacheReadInputTokens
                cacheCreationInputTokens = metrics.cacheWriteInputTokenCount ?? cacheCreationInputTokens
            }
            if includeUsage, inputTokens != nil || outputTokens != nil {
                let usage = AnthropicToChat.usage(
                    inputTokens: inputTokens ?? 0, outputTokens: outputTokens ?? 0,
                    cacheReadInputTokens: cacheReadInputTokens, cacheCreationInputTokens: cacheCreationInputTokens)
                chunks.append(ChatCompletionChunk(id: id, created: created, model: model, choices: [], usage: usage))
            }
            return chunks

        case .error(let detail):
            throw AnthropicStreamError(detail)

        case .contentBlockStop, .ping, .unknown:
            return []
        }
    }

    private func chunk(_ delta: ChatCompletionDelta, finishReason: FinishReason? = nil) -> ChatCompletionChunk {
        ChatCompletionChunk(
            id: id, created: created, model: model,
            choices: [ChatCompletionChunkChoice(index: 0, delta: delta, finishReason: finishReason)])
    }

    private mutating func openingIfNeeded() -> [ChatCompletionChunk] {
        guard !roleSent else { return [] }
        roleSent = true
        return [chunk(ChatCompletionDelta(role: .assistant, content: ""))]
    }

    /// A content chunk (after the opening one if it was not sent yet); empty pieces send nothing.
    private mutating func delta(_ delta: ChatCompletionDelta) -> [ChatCompletionChunk] {
        guard Self.carriesSomething(delta) else { return [] }
        return openingIfNeeded() + [chunk(delta)]
    }

    /// A tool call's first fragment always counts (it names the call); later fragments, text and
    /// reasoning only when non-empty (Anthropic opens blocks with `""` and often sends an empty
    /// first `partial_json`).
    private static func carriesSomething(_ delta: ChatCompletionDelta) -> Bool {
        if let calls = delta.toolCalls {
            return calls.contains { $0.id != nil || !($0.function?.arguments ?? "").isEmpty }
        }
        return !(delta.content ?? "").isEmpty || !(delta.reasoningContent ?? "").isEmpty
    }

    private mutating func finish(_ reason: FinishReason) -> [ChatCompletionChunk] {
        guard !finishSent else { return [] }
        finishSent = true
        return openingIfNeeded() + [chunk(ChatCompletionDelta(), finishReason: reason)]
    }
}
