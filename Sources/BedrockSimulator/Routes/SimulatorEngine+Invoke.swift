import Foundation
import GatewayCore

extension SimulatorEngine {
    /// `POST /model/{modelId}/invoke` and `/invoke-with-response-stream`: the Anthropic Messages
    /// body for `anthropic.*` models, the native embedding bodies, and image generation.
    func invoke(_ request: SimulatorRequest, scenario: SimulatorScenario, streaming: Bool) throws -> SimulatorResponse {
        let target = try catalog.resolve(request.identifier ?? "")
        if streaming, !target.supportsStreaming {
            throw SimulatedError.validation("The model is unsupported for streaming.")
        }
        let native: NativeReply
        switch target.kind {
        case .chat where target.isAnthropic:
            return try anthropic(request, target: target, scenario: scenario, streaming: streaming)
        case .chat:
            throw SimulatedError.validation(
                "The simulator models only the Anthropic Messages body for InvokeModel on text models; use Converse with \(target.modelID).")
        case .embedding(let family):
            native = try EmbeddingReplies.reply(family: family, body: request.body, seed: StableHash.hash(request.body))
        case .imageGeneration:
            native = try ImageReplies.reply(body: request.body)
        case .otherEmbedding:
            throw SimulatedError.validation("The simulator does not model the request body of \(target.modelID).")
        }
        return .json(native.body, headers: tokenHeaders(input: native.inputTokens, output: native.outputTokens, latency: native.latencyMs))
    }

    private func anthropic(
        _ request: SimulatorRequest, target: InvocationTarget, scenario: SimulatorScenario, streaming: Bool
    ) throws -> SimulatorResponse {
        let messages = try AnthropicRequestRules.decode(request.body, target: target)
        let digest = ConversationDigest(anthropic: messages)
        let cache = cacheUse(digest, target: target, scenario: scenario)
        let reply = ReplyPlanner(target: target, scenario: scenario, toolIDStyle: .anthropic).plan(digest, cache: cache)
        let encoder = AnthropicReplyEncoder(modelID: target.modelID, deltaSize: configuration.streamDeltaCharacters)
        guard streaming else {
            return .json(
                try encode(encoder.response(reply)),
                headers: tokenHeaders(input: reply.usage.inputTokens, output: reply.usage.outputTokens, latency: reply.latencyMs))
        }
        let items = try encoder.streamItems(reply, failure: scenario.streamFailure, error: streamError(scenario.streamFailure))
        let frames = try StreamFramer(seed: reply.seed, padding: configuration.padsStreamEvents).frames(items)
        return SimulatorResponse(
            status: 200,
            headers: [
                ("Content-Type", "application/vnd.amazon.eventstream"), ("X-Amzn-Bedrock-Content-Type", "application/json"),
            ],
            body: .frames(frames))
    }

    private func tokenHeaders(input: Int, output: Int, latency: Int) -> [(String, String)] {
        [
            ("X-Amzn-Bedrock-Input-Token-Count", String(input)), ("X-Amzn-Bedrock-Output-Token-Count", String(output)),
            ("X-Amzn-Bedrock-Invocation-Latency", String(latency)),
        ]
    }
}
