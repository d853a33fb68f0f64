import Foundation
import GatewayCore

/// Renders a `Reply` as an Anthropic Messages response (InvokeModel) or as the Anthropic
/// stream events that InvokeModelWithResponseStream wraps in `chunk` frames
/// (`{"bytes": base64(event JSON)}`), ending with `message_stop` carrying
/// `amazon-bedrock-invocationMetrics`.
struct AnthropicReplyEncoder: Sendable {
    var modelID: String
    var deltaSize: Int

    func messageID(_ reply: Reply) -> String {
        var random = DeterministicRandom(seed: reply.seed ^ 0xa5a5)
        return "msg_bdrk_01" + random.string(length: 22)
    }

    static func stopReason(_ reason: ConverseStopReason) -> AnthropicStopReason {
        switch reason {
        case .endTurn, .guardrailIntervened: .endTurn
        case .toolUse: .toolUse
        case .maxTokens: .maxTokens
        case .stopSequence: .stopSequence
        case .contentFiltered: .refusal
        case .modelContextWindowExceeded: .modelContextWindowExceeded
        default: .unknown(reason.rawValue)
        }
    }

    func usage(_ reply: Reply) -> AnthropicUsage {
        AnthropicUsage(
            inputTokens: reply.usage.inputTokens, outputTokens: reply.usage.outputTokens,
            cacheCreationInputTokens: reply.usage.cacheWriteInputTokens, cacheReadInputTokens: reply.usage.cacheReadInputTokens)
    }

    func response(_ reply: Reply) -> AnthropicMessagesResponse {
        let content: [AnthropicContentBlock] = reply.blocks.map { block in
            switch block {
            case .reasoning(let text, let signature): .thinking(AnthropicThinkingBlock(thinking: text, signature: signature ?? ""))
            case .redactedReasoning(let data): .redactedThinking(AnthropicRedactedThinkingBlock(data: data.base64EncodedString()))
            case .text(let text): .text(AnthropicTextBlock(text: text))
            case .toolUse(let id, let name, let input): .toolUse(AnthropicToolUseBlock(id: id, name: name, input: input))
            }
        }
        return AnthropicMessagesResponse(
            id: messageID(reply), content: content, model: modelID, stopReason: Self.stopReason(reply.stopReason),
            stopSequence: reply.matchedStopSequence, usage: usage(reply))
    }

    func invocationMetrics(_ reply: Reply) -> BedrockInvocationMetrics {
        BedrockInvocationMetrics(
            inputTokenCount: reply.usage.inputTokens, outputTokenCount: reply.usage.outputTokens,
            invocationLatency: reply.latencyMs, firstByteLatency: min(reply.latencyMs, 100),
            cacheReadInputTokenCount: reply.usage.cacheReadInputTokens,
            cacheWriteInputTokenCount: reply.usage.cacheWriteInputTokens)
    }

    /// The Anthropic stream events for `reply`.
    func streamEvents(_ reply: Reply) -> [AnthropicStreamEvent] {
        var start = response(reply)
        start.content = []
        start.stopReason = nil
        start.stopSequence = nil
        start.usage.outputTokens = 1
        var events: [AnthropicStreamEvent] = [.messageStart(start)]
        for (index, block) in reply.blocks.enumerated() {
            switch block {
            case .reasoning(let text, let signature):
                events.append(.contentBlockStart(index: index, contentBlock: .thinking(AnthropicThinkingBlock(thinking: "", signature: ""))))
                for chunk in TextChunker.chunks(text, size: deltaSize) {
                    events.append(.contentBlockDelta(index: index, delta: .thinkingDelta(chunk)))
                }
                if let signature { events.append(.contentBlockDelta(index: index, delta: .signatureDelta(signature))) }
            case .redactedReasoning(let data):
                events.append(
                    .contentBlockStart(
                        index: index, contentBlock: .redactedThinking(AnthropicRedactedThinkingBlock(data: data.base64EncodedString()))))
            case .text(let text):
                events.append(.contentBlockStart(index: index, contentBlock: .text(AnthropicTextBlock(text: ""))))
                for chunk in TextChunker.chunks(text, size: deltaSize) {
                    events.append(.contentBlockDelta(index: index, delta: .textDelta(chunk)))
                }
            case .toolUse(let id, let name, let input):
                events.append(.contentBlockStart(index: index, contentBlock: .toolUse(AnthropicToolUseBlock(id: id, name: name, input: [:]))))
                for chunk in TextChunker.chunks(InputTally.canonicalJSON(input), size: deltaSize) {
                    events.append(.contentBlockDelta(index: index, delta: .inputJSONDelta(chunk)))
                }
            }
            events.append(.contentBlockStop(index: index))
        }
        events.append(
            .messageDelta(
                AnthropicMessageDelta(stopReason: Self.stopReason(reply.stopReason), stopSequence: reply.matchedStopSequence),
                usage: AnthropicMessageDeltaUsage(outputTokens: reply.usage.outputTokens)))
        events.append(.messageStop(invocationMetrics: invocationMetrics(reply)))
        return events
    }

    /// The `chunk` stream items; with `failure`, an exception replaces everything after the
    /// `failure.afterDeltas`-th content delta.
    func streamItems(_ reply: Reply, failure: StreamFailure?, error: SimulatedError?) throws -> [StreamItem] {
        let encoder = BedrockJSONEncoder(sortedKeys: true)
        var items: [StreamItem] = []
        var deltas = 0
        for event in streamEvents(reply) {
            if let failure, let error, deltas >= failure.afterDeltas, Self.isFailurePoint(event) {
                items.append(.exception(error))
                return items
            }
            let part = BedrockPayloadPart(bytes: try encoder.encode(event))
            items.append(.event(type: "chunk", payload: try InvokeModelStreamEvent.chunk(part).payload(encoder: encoder)))
            if case .contentBlockDelta = event { deltas += 1 }
        }
        return items
    }

    private static func isFailurePoint(_ event: AnthropicStreamEvent) -> Bool {
        switch event {
        case .contentBlockDelta, .contentBlockStart, .messageDelta: true
        default: false
        }
    }
}
