/// Turns the events of a ConverseStream response into OpenAI `chat.completion.chunk`s, one
/// event at a time (`POST /v1/chat/completions` with `stream: true`).
///
/// The chunks follow OpenAI's order:
/// 1. an opening chunk `{"role": "assistant", "content": ""}` — on `messageStart`, or before the
///    first output if `messageStart` is missing;
/// 2. `content` pieces for text, `reasoning_content` pieces for readable reasoning (signatures
///    and redacted reasoning are not shown: they have no text and no OpenAI field);
/// 3. tool calls numbered 0, 1, … in order of appearance — never by `contentBlockIndex`, which
///    counts text and reasoning blocks too. A call's first piece carries `index`, `id`,
///    `type: "function"`, `function.name` and `arguments: ""`; later pieces only `index` and an
///    `arguments` fragment. Clients concatenate the fragments and parse JSON, so a call that got
///    no input at all is given the fragment `"{}"` when its block (or the message) stops;
/// 4. on `messageStop`, the finish chunk: `delta: {}` and the finish reason
///    (``ConverseToChat/finishReason(for:hasToolCalls:)``);
/// 5. with `includeUsage` (`stream_options.include_usage`), after the finish chunk, a usage chunk
///    with `choices: []` (``ConverseToChat/usage(from:)``) once `metadata` has come — it is held
///    if it comes before `messageStop`.
///
/// Exception events throw a ``StreamTranslationError`` for the gateway to send in-band; unknown
/// events, citations and server-side tool calls are ignored. After an error, or once ``finish()``
/// has run, further events give no chunks.
///
/// ```swift
/// var translator = ConverseStreamTranslator(identity: identity, includeUsage: true)
/// for try await event in events { for chunk in try translator.consume(event) { try send(ChatChunkSSE.event(chunk)) } }
/// for chunk in try translator.finish() { try send(ChatChunkSSE.event(chunk)) }
/// ```
public struct ConverseStreamTranslator: Sendable {
    public let identity: ChatResponseIdentity
    public let includeUsage: Bool
    /// The usage Bedrock reported, once `metadata` has come (also without `includeUsage`, for logs).
    public private(set) var usage: CompletionUsage?
    /// The finish reason sent, once `messageStop` has come.
    public private(set) var finishReason: FinishReason?

    private enum Phase: Sendable {
        case streaming, stopped, finished, failed
    }

    private struct ToolCallProgress: Sendable {
        var index: Int
        var receivedInput = false
        var closed = false
    }

    private var phase = Phase.streaming
    private var opened = false
    private var toolCalls: [Int: ToolCallProgress] = [:]
    private var serverToolBlocks: Set<Int> = []
    private var usageSent = false

    public init(identity: ChatResponseIdentity, includeUsage: Bool) {
        self.identity = identity
        self.includeUsage = includeUsage
    }

    /// The chunks for one event, possibly none.
    ///
    /// - Throws: ``StreamTranslationError`` for a Bedrock exception event, or for tool input on
    ///   a content block that never started a tool call. The translator is then done.
    public mutating func consume(_ event: ConverseStreamEvent) throws(StreamTranslationError) -> [ChatCompletionChunk] {
        if let error = StreamTranslationError.bedrockException(event) {
            guard phase == .streaming || phase == .stopped else { return [] }
            phase = .failed
            throw error
        }
        switch event {
        case .messageStart:
            guard phase == .streaming else { return [] }
            return opening()
        case .contentBlockStart(let start):
            guard phase == .streaming, case .toolUse(let tool) = start.start else { return [] }
            if tool.type == ConverseToChat.serverToolUse {
                serverToolBlocks.insert(start.contentBlockIndex)
                return []
            }
            // A repeated start for the same block would renumber the call; keep the first.
            guard toolCalls[start.contentBlockIndex] == nil else { return [] }
            let index = toolCalls.count
            toolCalls[start.contentBlockIndex] = ToolCallProgress(index: index)
            let call = ChatToolCallDelta(
                index: index, id: tool.toolUseId, type: "function", function: .init(name: tool.name, arguments: ""))
            return opening() + [chunk(ChatCompletionDelta(toolCalls: [call]))]
        case .contentBlockDelta(let delta):
            guard phase == .streaming else { return [] }
            return try chunks(for: delta)
        case .contentBlockStop(let stop):
            guard phase == .streaming else { return [] }
            return close(block: stop.contentBlockIndex)
        case .messageStop(let stop):
            guard phase == .streaming else { return [] }
            var chunks = opening()
            for block in toolCalls.keys.sorted() { chunks += close(block: block) }
            let reason = ConverseToChat.finishReason(for: stop.stopReason, hasToolCalls: !toolCalls.isEmpty)
            finishReason = reason
            chunks.append(chunk(ChatCompletionDelta(), finishReason: reason))
            phase = .stopped
            return chunks + pendingUsage()
        case .metadata(let metadata):
            guard phase == .streaming || phase == .stopped else { return [] }
            usage = ConverseToChat.usage(from: metadata.usage)
            return phase == .stopped ? pendingUsage() : []
        default:
            return []
        }
    }

    /// Ends the stream.
    ///
    /// After `messageStop` this gives no chunks (a usage chunk is only sent when Bedrock
    /// reported usage). A stream that ends *before* `messageStop` was cut off: rather than
    /// invent a finish reason that would pass a partial answer off as complete, this throws
    /// ``StreamTranslationError/truncated`` for the gateway to send as an error event. Calling it
    /// again, or after an error, gives no chunks.
    public mutating func finish() throws(StreamTranslationError) -> [ChatCompletionChunk] {
        let wasStreaming = phase == .streaming
        if phase != .failed { phase = .finished }
        if wasStreaming { throw .truncated }
        return []
    }

    private mutating func chunks(for event: ConverseContentBlockDeltaEvent) throws(StreamTranslationError) -> [ChatCompletionChunk] {
        switch event.delta {
        case .text(let text):
            guard !text.isEmpty else { return [] }
            return opening() + [chunk(ChatCompletionDelta(content: text))]
        case .reasoningContent(.text(let text)):
            guard !text.isEmpty else { return [] }
            return opening() + [chunk(ChatCompletionDelta(reasoningContent: text))]
        case .toolUse(let fragment):
            if serverToolBlocks.contains(event.contentBlockIndex) { return [] }
            guard var call = toolCalls[event.contentBlockIndex] else {
                phase = .failed
                throw .toolInputWithoutStart(contentBlockIndex: event.contentBlockIndex)
            }
            guard !fragment.input.isEmpty, !call.closed else { return [] }
            call.receivedInput = true
            toolCalls[event.contentBlockIndex] = call
            let piece = ChatToolCallDelta(index: call.index, function: .init(arguments: fragment.input))
            return [chunk(ChatCompletionDelta(toolCalls: [piece]))]
        default:
            // Reasoning signatures and redacted reasoning, citations, and newer deltas.
            return []
        }
    }

    private mutating func opening() -> [ChatCompletionChunk] {
        guard !opened else { return [] }
        opened = true
        return [chunk(ChatCompletionDelta(role: .assistant, content: ""))]
    }

    /// Closes a tool-call block; one that received no input gets `{}` so it parses.
    private mutating func close(block: Int) -> [ChatCompletionChunk] {
        guard var call = toolCalls[block], !call.closed else { return [] }
        call.closed = true
        toolCalls[block] = call
        guard !call.receivedInput else { return [] }
        return [chunk(ChatCompletionDelta(toolCalls: [ChatToolCallDelta(index: call.index, function: .init(arguments: "{}"))]))]
    }

    private mutating func pendingUsage() -> [ChatCompletionChunk] {
        guard includeUsage, !usageSent, let usage else { return [] }
        usageSent = true
        return [ChatCompletionChunk(id: identity.id, created: identity.created, model: identity.model, choices: [], usage: usage)]
    }

    private func chunk(_ delta: ChatCompletionDelta, finishReason: FinishReason? = nil) -> ChatCompletionChunk {
        ChatCompletionChunk(
            id: identity.id, created: identity.created, model: identity.model,
            choices: [ChatCompletionChunkChoice(index: 0, delta: delta, finishReason: finishReason)])
    }
}
