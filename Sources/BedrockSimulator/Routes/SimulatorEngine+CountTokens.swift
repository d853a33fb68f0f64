import Foundation
import GatewayCore

extension SimulatorEngine {
    /// `POST /model/{modelId}/count-tokens`: the input tokens Converse or InvokeModel would bill
    /// for the same input (the simulator's replies report the same figure). Only Anthropic models
    /// count tokens.
    func countTokens(_ request: SimulatorRequest) throws -> SimulatorResponse {
        let target = try catalog.resolve(request.identifier ?? "", requireOnDemand: false)
        guard target.isAnthropic, target.kind == .chat else {
            throw SimulatedError.validation("The provided model doesn't support counting tokens.")
        }
        try validateSchema(operation: .countTokens, body: request.body)
        let count: CountTokensRequest
        do {
            count = try BedrockJSONDecoder().decode(CountTokensRequest.self, from: request.body)
        } catch {
            throw SimulatedError.validation(
                "Malformed input request: \(DecodingErrorSummary.describe(error)), please reformat your input and try again.")
        }
        let digest: ConversationDigest
        switch count.input {
        case .converse(let input):
            let converse = ConverseStreamRequest(
                messages: input.messages, system: input.system, toolConfig: input.toolConfig,
                additionalModelRequestFields: input.additionalModelRequestFields)
            let messages = input.messages ?? []
            try ConverseRules.checkConversationShape(messages, profile: target.profile)
            try ConverseRules.checkBlocks(messages, system: input.system ?? [], profile: target.profile)
            try ConverseRules.checkTools(converse, messages: messages, profile: target.profile, streaming: false)
            digest = ConversationDigest(
                messages: messages, system: input.system ?? [], toolConfig: input.toolConfig, inferenceConfig: nil,
                additionalFields: input.additionalModelRequestFields)
        case .invokeModel(let input):
            digest = ConversationDigest(anthropic: try AnthropicRequestRules.decode(input.body, target: target))
        case .unknown(let member, _):
            throw SimulatedError.validation("Unsupported input member '\(member)'.")
        }
        return .json(try encode(CountTokensResponse(inputTokens: digest.inputTokens)))
    }
}
