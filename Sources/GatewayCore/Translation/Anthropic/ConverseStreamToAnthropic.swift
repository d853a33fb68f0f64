import Foundation

/// Turns the events of a ConverseStream response into the events of an Anthropic Messages
/// stream (`POST /v1/messages` with `stream: true`), one Bedrock event at a time — the streaming
/// counterpart of ``ConverseToAnthropic``.
///
/// The events follow Anthropic's documented order:
/// 1. `message_start` with the message shell (`id`, `model`, empty `content`, `usage` zero: Converse
///    reports usage only at the end) — on `messageStart`, or before the first block if it is missing;
/// 2. per content block: `content_block_start`, its deltas, `content_block_stop`. Anthropic
///    indices count 0, 1, … in the order blocks open, one block open at a time; a Converse block
///    index is only used to tell blocks apart. Converse opens text and reasoning blocks
///    implicitly with their first delta, so `content_block_start` comes right before it:
///    - text → `{"type":"text","text":""}`, then `text_delta`s;
///    - reasoning text → `{"type":"thinking","thinking":"","signature":""}`, then
///      `thinking_delta`s and the `signature_delta` (a signature without text opens the block too);
///    - redacted reasoning → a whole `redacted_thinking` block (`data` base64), started and stopped;
///    - a tool use (`contentBlockStart.toolUse`) → `{"type":"tool_use","id","name","input":{}}`, then
///      each non-empty input fragment as an `input_json_delta` `partial_json`.
///    Empty text pieces, citations and server-side tool blocks send nothing.
/// 3. after `messageStop` *and* `metadata` (Bedrock sends usage after the stop), `message_delta`
///    with `stop_reason` (``ConverseToAnthropic/stopReason(_:)``), `stop_sequence: null` and the
///    usage (`output_tokens`, and the input and cache counts, which Anthropic's `message_delta`
///    may carry cumulatively), then `message_stop`.
///
/// Exception events throw a ``StreamTranslationError`` for the gateway to send as an Anthropic
/// `error` event; so do tool input for a block that never started a tool call, and (from
/// ``finish()``) a stream that ends before `messageStop`. Once the stream failed or ended,
/// further events give nothing.
///
/// ```swift
/// var translator = ConverseStreamToAnthropic(id: "msg_gw_1", model: request.model)
/// for try await event in events { for out in try translator.consume(event) { send(out) } }
/// for out in try translator.finish() { send(out) }
/// ```
public struct ConverseStreamToAnthropic: Sendable {
    public let id: String
    public let model: String
    /// The usage Bedrock reported, once `metadata` has come.
    public private(set) var usage: AnthropicUsage?
    /// The stop reason, once `messageStop` has come.
    public private(set) var stopReason: AnthropicStopReason?

    private enum Phase: Sendable {
        case streaming, stopped, finished, failed
    }

    private enum BlockKind: Sendable {
        case text, thinking, toolUse
    }

    private struct OpenBlock: Sendable {
        var converseIndex: Int
        var index: Int
        var kind: BlockKind
    }

    private var phase = Phase.streaming
    private var started = false
    private var open: OpenBlock?
    private var nextIndex = 0
    /// Converse indices of tool-use blocks that were opened (and possibly closed already).
    private var toolBlocks: Set<Int> = []
    private var serverToolBlocks: Set<Int> = []

    public init(id: String, model: String) {
        self.id = id
        self.model = model
    }

    /// The Anthropic events for one Converse event, possibly none.
    ///
    /// - Throws: ``StreamTranslationError`` for a Bedrock exception event or tool input without
    ///   a started tool call; the translator is then done.
    public mutating func consume(_ event: ConverseStreamEvent) throws(StreamTranslationError) -> [AnthropicStreamEvent] {
        if let error = StreamTranslationError.bedrockException(event) {
            guard phase == .streaming || phase == .stopped else { return [] }
            phase = .failed
            throw error
        }
        switch event {
        case .messageStart:
            guard phase == .streaming else { return [] }
            return start()
        case .contentBlockStart(let start):
            guard phase == .streaming, case .toolUse(let tool) = start.start else { return [] }
            if tool.type == ConverseToChat.serverToolUse {
                serverToolBlocks.insert(start.contentBlockIndex)
                return []
            }
            // A repeated start for the same block would open a second tool call; keep the first.
            guard !toolBlocks.contains(start.contentBlockIndex) else { return [] }
            toolBlocks.insert(start.contentBlockIndex)
            let block = AnthropicContentBlock.toolUse(AnthropicToolUseBlock(id: tool.toolUseId, name: tool.name, input: [:]))
            return self.start() + openBlock(converseIndex: start.contentBlockIndex, kind: .toolUse, block: block)
        case .contentBlockDelta(let delta):
            guard phase == .streaming else { return [] }
            return try events(for: delta)
        case .contentBlockStop(let stop):
            guard phase == .streaming, open?.converseIndex == stop.contentBlockIndex else { return [] }
            return closeOpenBlock()
        case .messageStop(let stop):
            guard phase == .streaming else { return [] }
            stopReason = ConverseToAnthropic.stopReason(stop.stopReason)
            phase = .stopped
            let opening = start() + closeOpenBlock()
            return usage == nil ? opening : opening + ending()
        case .metadata(let metadata):
            guard phase == .streaming || phase == .stopped else { return [] }
            usage = AnthropicUsage(
                inputTokens: metadata.usage.inputTokens, outputTokens: metadata.usage.outputTokens,
                cacheCreationInputTokens: metadata.usage.cacheWriteInputTokens,
                cacheReadInputTokens: metadata.usage.cacheReadInputTokens)
            return phase == .stopped ? ending() : []
        default:
            return []
        }
    }

    /// Ends the stream.
    ///
    /// After `messageStop` without `metadata`, this sends the closing `message_delta` (usage
    /// unknown, so zero output tokens) and `message_stop`. A stream that ends *before*
    /// `messageStop` was cut off: rather than pass a partial answer off as complete, this throws
    /// ``StreamTranslationError/truncated``. Calling it again, or after an error, gives nothing.
    public mutating func finish() throws(StreamTranslationError) -> [AnthropicStreamEvent] {
        switch phase {
        case .streaming:
            phase = .failed
            throw .truncated
        case .stopped:
            return ending()
        case .finished, .failed:
            return []
        }
    }

    private mutating func events(for event: ConverseContentBlockDeltaEvent) throws(StreamTranslationError) -> [AnthropicStreamEvent] {
        let converseIndex = event.contentBlockIndex
        switch event.delta {
        case .text(let text):
            guard !text.isEmpty else { return [] }
            return ensureOpen(converseIndex: converseIndex, kind: .text) + [delta(.textDelta(text))]
        case .reasoningContent(.text(let text)):
            guard !text.isEmpty else { return [] }
            return ensureOpen(converseIndex: converseIndex, kind: .thinking) + [delta(.thinkingDelta(text))]
        case .reasoningContent(.signature(let signature)):
            guard !signature.isEmpty else { return [] }
            return ensureOpen(converseIndex: converseIndex, kind: .thinking) + [delta(.signatureDelta(signature))]
        case .reasoningContent(.redactedContent(let data)):
            let block = AnthropicContentBlock.redactedThinking(AnthropicRedactedThinkingBlock(data: data.base64EncodedString()))
            return start() + openBlock(converseIndex: converseIndex, kind: .thinking, block: block) + closeOpenBlock()
        case .toolUse(let fragment):
            if serverToolBlocks.contains(converseIndex) { return [] }
            guard toolBlocks.contains(converseIndex) else {
                phase = .failed
                throw .toolInputWithoutStart(contentBlockIndex: converseIndex)
            }
            // Input for a tool block that was already stopped has no block left to go to.
            guard !fragment.input.isEmpty, let open, open.converseIndex == converseIndex, open.kind == .toolUse else { return [] }
            return [delta(.inputJSONDelta(fragment.input))]
        case .reasoningContent(.unknown), .citation, .unknown:
            return []
        }
    }

    /// `message_start`, once.
    private mutating func start() -> [AnthropicStreamEvent] {
        guard !started else { return [] }
        started = true
        let shell = AnthropicMessagesResponse(
            id: id, content: [], model: model, stopReason: nil, usage: AnthropicUsage(inputTokens: 0, outputTokens: 0))
        return [.messageStart(shell)]
    }

    /// Nothing if the open block is `converseIndex`'s and of `kind`; otherwise closes the open
    /// block and starts an empty text or thinking block for `converseIndex`.
    private mutating func ensureOpen(converseIndex: Int, kind: BlockKind) -> [AnthropicStreamEvent] {
        if let open, open.converseIndex == converseIndex, open.kind == kind { return [] }
        let block: AnthropicContentBlock =
            kind == .thinking
            ? .thinking(AnthropicThinkingBlock(thinking: "", signature: "")) : .text(AnthropicTextBlock(text: ""))
        return start() + openBlock(converseIndex: converseIndex, kind: kind, block: block)
    }

    private mutating func openBlock(converseIndex: Int, kind: BlockKind, block: AnthropicContentBlock) -> [AnthropicStreamEvent] {
        let closing = closeOpenBlock()
        let index = nextIndex
        nextIndex += 1
        open = OpenBlock(converseIndex: converseIndex, index: index, kind: kind)
        return closing + [.contentBlockStart(index: index, contentBlock: block)]
    }

    private mutating func closeOpenBlock() -> [AnthropicStreamEvent] {
        guard let block = open else { return [] }
        open = nil
        return [.contentBlockStop(index: block.index)]
    }

    /// A delta for the open block (callers make sure one is open).
    private func delta(_ delta: AnthropicContentBlockDelta) -> AnthropicStreamEvent {
        .contentBlockDelta(index: open?.index ?? 0, delta: delta)
    }

    /// `message_delta` and `message_stop`.
    private mutating func ending() -> [AnthropicStreamEvent] {
        phase = .finished
        let counts = AnthropicMessageDeltaUsage(
            outputTokens: usage?.outputTokens ?? 0, inputTokens: usage?.inputTokens,
            cacheCreationInputTokens: usage?.cacheCreationInputTokens, cacheReadInputTokens: usage?.cacheReadInputTokens)
        return [
            .messageDelta(AnthropicMessageDelta(stopReason: stopReason ?? .endTurn), usage: counts),
            .messageStop(invocationMetrics: nil),
        ]
    }
}
