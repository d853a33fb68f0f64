import Foundation
import GatewayCore

/// Renders a `Reply` as a Converse response or as the ordered ConverseStream events:
/// `messageStart`, per block (`contentBlockStart` for tool use) `contentBlockDelta`… and
/// `contentBlockStop`, then `messageStop` and `metadata`.
struct ConverseReplyEncoder: Sendable {
    var deltaSize: Int

    func response(_ reply: Reply) -> ConverseResponse {
        let content: [ConverseContentBlock] = reply.blocks.map { block in
            switch block {
            case .reasoning(let text, let signature):
                .reasoningContent(.reasoningText(ConverseReasoningText(text: text, signature: signature)))
            case .redactedReasoning(let data): .reasoningContent(.redactedContent(data))
            case .text(let text): .text(text)
            case .toolUse(let id, let name, let input): .toolUse(ConverseToolUseBlock(toolUseId: id, name: name, input: input))
            }
        }
        return ConverseResponse(
            output: .message(ConverseMessage(role: .assistant, content: content)), stopReason: reply.stopReason,
            usage: usage(reply), metrics: ConverseMetrics(latencyMs: reply.latencyMs))
    }

    func usage(_ reply: Reply) -> ConverseTokenUsage {
        ConverseTokenUsage(
            inputTokens: reply.usage.inputTokens, outputTokens: reply.usage.outputTokens,
            totalTokens: reply.usage.totalTokens, cacheReadInputTokens: reply.usage.cacheReadInputTokens,
            cacheWriteInputTokens: reply.usage.cacheWriteInputTokens)
    }

    /// The stream events; with `failure`, an exception replaces everything after the
    /// `failure.afterDeltas`-th content delta.
    func streamItems(_ reply: Reply, failure: StreamFailure?, error: SimulatedError?) throws -> [StreamItem] {
        var events: [ConverseStreamEvent] = [.messageStart(ConverseMessageStartEvent(role: .assistant))]
        for (index, block) in reply.blocks.enumerated() {
            func delta(_ delta: ConverseContentBlockDelta) {
                events.append(.contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: index, delta: delta)))
            }
            switch block {
            case .reasoning(let text, let signature):
                for chunk in TextChunker.chunks(text, size: deltaSize) { delta(.reasoningContent(.text(chunk))) }
                if let signature { delta(.reasoningContent(.signature(signature))) }
            case .redactedReasoning(let data):
                delta(.reasoningContent(.redactedContent(data)))
            case .text(let text):
                for chunk in TextChunker.chunks(text, size: deltaSize) { delta(.text(chunk)) }
            case .toolUse(let id, let name, let input):
                events.append(
                    .contentBlockStart(
                        ConverseContentBlockStartEvent(
                            contentBlockIndex: index, start: .toolUse(ConverseToolUseBlockStart(toolUseId: id, name: name)))))
                for chunk in TextChunker.chunks(InputTally.canonicalJSON(input), size: deltaSize) {
                    delta(.toolUse(ConverseToolUseBlockDelta(input: chunk)))
                }
            }
            events.append(.contentBlockStop(ConverseContentBlockStopEvent(contentBlockIndex: index)))
        }
        events.append(.messageStop(ConverseMessageStopEvent(stopReason: reply.stopReason)))
        events.append(.metadata(ConverseStreamMetadataEvent(usage: usage(reply), metrics: ConverseMetrics(latencyMs: reply.latencyMs))))

        let encoder = BedrockJSONEncoder(sortedKeys: true)
        var items: [StreamItem] = []
        var deltas = 0
        for event in events {
            if let failure, let error, deltas >= failure.afterDeltas, Self.isFailurePoint(event) {
                items.append(.exception(error))
                return items
            }
            items.append(.event(type: event.eventType, payload: try event.payload(encoder: encoder)))
            if case .contentBlockDelta = event { deltas += 1 }
        }
        return items
    }

    /// The stream breaks before a delta, or before `messageStop` when the reply had fewer deltas.
    private static func isFailurePoint(_ event: ConverseStreamEvent) -> Bool {
        switch event {
        case .contentBlockDelta, .contentBlockStart, .messageStop: true
        default: false
        }
    }
}
