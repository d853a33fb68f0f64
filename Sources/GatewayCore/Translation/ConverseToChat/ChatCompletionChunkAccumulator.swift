/// Folds the chunks of a streamed chat answer back into one ``ChatCompletion``, the way
/// OpenAI's client libraries accumulate a stream: `content`, `reasoning_content` and `refusal`
/// pieces are concatenated, tool-call fragments are joined by their `index`, the finish reason
/// and the usage are taken from the chunks that carry them.
///
/// Useful where a client wants one JSON answer but the gateway streams from Bedrock, and to
/// check a stream from the client's side.
///
/// ```swift
/// var accumulator = ChatCompletionChunkAccumulator()
/// for chunk in chunks { accumulator.add(chunk) }
/// let completion = accumulator.completion()   // nil until every choice has a finish reason
/// ```
public struct ChatCompletionChunkAccumulator: Sendable {
    private struct ToolCallParts: Sendable {
        var id = ""
        var name = ""
        var arguments = ""
    }

    private struct ChoiceParts: Sendable {
        var text = ""
        var reasoning = ""
        var refusal: String?
        var toolCalls: [Int: ToolCallParts] = [:]
        var finishReason: FinishReason?
    }

    private var identity: ChatResponseIdentity?
    private var choices: [Int: ChoiceParts] = [:]
    private var usage: CompletionUsage?
    private var systemFingerprint: String?
    private var serviceTier: String?

    public init() {}

    /// Adds the next chunk of the stream.
    public mutating func add(_ chunk: ChatCompletionChunk) {
        if identity == nil { identity = ChatResponseIdentity(id: chunk.id, created: chunk.created, model: chunk.model) }
        if let usage = chunk.usage { self.usage = usage }
        if let fingerprint = chunk.systemFingerprint { systemFingerprint = fingerprint }
        if let tier = chunk.serviceTier { serviceTier = tier }
        for choice in chunk.choices {
            var parts = choices[choice.index] ?? ChoiceParts()
            let delta = choice.delta
            parts.text += delta.content ?? ""
            parts.reasoning += delta.reasoningContent ?? ""
            if let refusal = delta.refusal { parts.refusal = (parts.refusal ?? "") + refusal }
            for piece in delta.toolCalls ?? [] {
                var call = parts.toolCalls[piece.index] ?? ToolCallParts()
                if let id = piece.id { call.id = id }
                if let name = piece.function?.name { call.name += name }
                call.arguments += piece.function?.arguments ?? ""
                parts.toolCalls[piece.index] = call
            }
            if let reason = choice.finishReason { parts.finishReason = reason }
            choices[choice.index] = parts
        }
    }

    /// The accumulated answer, or `nil` if no chunk has come or a choice has not finished yet.
    /// Messages follow the same rules as ``ConverseToChat`` (`content` is `null` only for a
    /// tool-calling answer without text).
    public func completion(toolCallStyle: ChatToolCallStyle = .toolCalls) -> ChatCompletion? {
        guard let identity else { return nil }
        var finished: [ChatCompletionChoice] = []
        for index in choices.keys.sorted() {
            guard let parts = choices[index], let reason = parts.finishReason else { return nil }
            let toolCalls = parts.toolCalls.keys.sorted().compactMap { key in
                parts.toolCalls[key].map { ChatToolCall(id: $0.id, function: FunctionCall(name: $0.name, arguments: $0.arguments)) }
            }
            finished.append(
                AssistantMessageAssembly.choice(
                    index: index, text: parts.text, reasoning: parts.reasoning, refusal: parts.refusal,
                    toolCalls: toolCalls, finishReason: reason, style: toolCallStyle))
        }
        return ChatCompletion(
            id: identity.id, created: identity.created, model: identity.model, choices: finished, usage: usage,
            systemFingerprint: systemFingerprint, serviceTier: serviceTier)
    }
}
