import Foundation
import GatewayCore

extension SimulatorEngine {
    static let notAChatModel =
        "This action doesn't support the model that you provided. Try again with a supported text or chat model."

    /// `POST /model/{modelId}/converse` and `/converse-stream`.
    func converse(_ request: SimulatorRequest, scenario: SimulatorScenario, streaming: Bool) throws -> SimulatorResponse {
        let target = try catalog.resolve(request.identifier ?? "")
        guard target.kind == .chat else { throw SimulatedError.validation(Self.notAChatModel) }
        if streaming, !target.supportsStreaming {
            throw SimulatedError.validation("The model is unsupported for streaming.")
        }
        try validateSchema(operation: request.operation, body: request.body)
        let converse: ConverseStreamRequest
        do {
            converse = try BedrockJSONDecoder().decode(ConverseStreamRequest.self, from: request.body)
        } catch {
            throw SimulatedError.validation(
                "Malformed input request: \(DecodingErrorSummary.describe(error)), please reformat your input and try again.")
        }
        try ConverseRules.check(converse, target: target, streaming: streaming)
        let digest = ConversationDigest(
            messages: converse.messages ?? [], system: converse.system ?? [], toolConfig: converse.toolConfig,
            inferenceConfig: converse.inferenceConfig, additionalFields: converse.additionalModelRequestFields)
        let cache = cacheUse(digest, target: target, scenario: scenario)
        let reply = ReplyPlanner(target: target, scenario: scenario, toolIDStyle: .converse).plan(digest, cache: cache)
        let encoder = ConverseReplyEncoder(deltaSize: configuration.streamDeltaCharacters)
        guard streaming else { return .json(try encode(encoder.response(reply))) }
        let items = try encoder.streamItems(reply, failure: scenario.streamFailure, error: streamError(scenario.streamFailure))
        let frames = try StreamFramer(seed: reply.seed, padding: configuration.padsStreamEvents).frames(items)
        return SimulatorResponse(
            status: 200, headers: [("Content-Type", "application/vnd.amazon.eventstream")], body: .frames(frames))
    }
}
