/// Replays a finished Converse answer as the ConverseStream events Bedrock would have sent for
/// it, so a non-streaming call can feed the streaming translation unchanged.
///
/// The gateway uses it for models that support tool use but not while streaming: it calls
/// Converse and streams the replayed events to the client.
///
/// ```swift
/// let events = ConverseStreamEvents.replaying(response)
/// var translator = ConverseStreamTranslator(identity: identity, includeUsage: true)
/// for event in events { chunks += try translator.consume(event) }
/// ```
enum ConverseStreamEvents {
    /// `messageStart`, then per content block (in order, indexed by position): text (and
    /// cited text) as one text delta; `toolUse` as a start `{toolUseId, name}`, one delta with
    /// the input as JSON text and a stop; readable reasoning as one reasoning delta (plus its
    /// signature). Then `messageStop` and `metadata` (usage, metrics). Blocks without a stream
    /// counterpart (redacted reasoning, tool results, images, …) are left out.
    static func replaying(_ response: ConverseResponse) -> [ConverseStreamEvent] {
        var events: [ConverseStreamEvent] = [.messageStart(ConverseMessageStartEvent(role: .assistant))]
        for (index, block) in (response.output.message?.content ?? []).enumerated() {
            switch block {
            case .text(let text):
                events.append(delta(index, .text(text)))
            case .citationsContent(let cited):
                events.append(delta(index, .text(ConverseToChat.citedText(cited))))
            case .toolUse(let call):
                events.append(
                    .contentBlockStart(
                        ConverseContentBlockStartEvent(
                            contentBlockIndex: index,
                            start: .toolUse(ConverseToolUseBlockStart(toolUseId: call.toolUseId, name: call.name, type: call.type)))))
                events.append(delta(index, .toolUse(ConverseToolUseBlockDelta(input: ToolArgumentsJSON.arguments(for: call.input)))))
            case .reasoningContent(.reasoningText(let thought)):
                events.append(delta(index, .reasoningContent(.text(thought.text))))
                if let signature = thought.signature {
                    events.append(delta(index, .reasoningContent(.signature(signature))))
                }
            default:
                continue
            }
            events.append(.contentBlockStop(ConverseContentBlockStopEvent(contentBlockIndex: index)))
        }
        events.append(
            .messageStop(
                ConverseMessageStopEvent(
                    stopReason: response.stopReason, additionalModelResponseFields: response.additionalModelResponseFields)))
        events.append(
            .metadata(
                ConverseStreamMetadataEvent(
                    usage: response.usage, metrics: response.metrics, trace: response.trace,
                    performanceConfig: response.performanceConfig, serviceTier: response.serviceTier)))
        return events
    }

    private static func delta(_ index: Int, _ delta: ConverseContentBlockDelta) -> ConverseStreamEvent {
        .contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: index, delta: delta))
    }
}
