import Foundation
import GatewayCore

/// Checks an Anthropic Messages body sent to InvokeModel. Bedrock validates native bodies with a
/// JSON schema and words failures as "Malformed input request: #: required key [max_tokens] not
/// found, please reformat your input and try again."
enum AnthropicRequestRules {
    static let requiredKeys = ["anthropic_version", "max_tokens", "messages"]
    static let knownKeys: Set<String> = [
        "anthropic_version", "anthropic_beta", "max_tokens", "messages", "system", "temperature", "top_p", "top_k",
        "stop_sequences", "tools", "tool_choice", "thinking", "metadata", "output_config", "output_format",
        "context_management", "container", "mcp_servers", "service_tier",
    ]

    /// Decodes and checks `body`; returns the request on success.
    static func decode(_ body: Data, target: InvocationTarget) throws(SimulatedError) -> AnthropicMessagesRequest {
        let object: [String: JSONValue]
        do {
            guard let decoded = try BedrockJSONDecoder().decode(JSONValue.self, from: body).objectValue else {
                throw malformed("#: expected type: JSONObject")
            }
            object = decoded
        } catch let error as SimulatedError {
            throw error
        } catch {
            throw malformed("#: invalid JSON")
        }
        var problems: [String] = []
        for key in requiredKeys where object[key] == nil || object[key] == .null {
            problems.append("#: required key [\(key)] not found")
        }
        for key in object.keys.sorted() where !knownKeys.contains(key) {
            problems.append("#: extraneous key [\(key)] is not permitted")
        }
        if let version = object["anthropic_version"]?.stringValue,
            version != AnthropicMessagesRequest.bedrockAnthropicVersion
        {
            problems.append("#/anthropic_version: \(version) is not a valid enum value")
        }
        if let maxTokens = object["max_tokens"], (maxTokens.intValue ?? 0) < 1 {
            problems.append("#/max_tokens: must be a positive integer")
        }
        guard problems.isEmpty else { throw malformed(problems.joined()) }

        let request: AnthropicMessagesRequest
        do {
            request = try BedrockJSONDecoder().decode(AnthropicMessagesRequest.self, from: body)
        } catch {
            throw malformed("#: \(DecodingErrorSummary.describe(error))")
        }
        if request.messages.isEmpty {
            throw .validation("messages: at least one message is required")
        }
        for (index, message) in request.messages.enumerated() {
            if case .blocks(let blocks) = message.content, blocks.isEmpty {
                throw .validation("messages.\(index).content: at least one content block is required")
            }
            if case .text(let text) = message.content, text.isEmpty {
                throw .validation("messages: text content blocks must be non-empty")
            }
        }
        if let limit = target.profile.quirks.maxOutputTokens, request.maxTokens > limit {
            throw .validation("max_tokens: \(request.maxTokens) > \(limit), which is the maximum allowed number of output tokens for \(target.modelID)")
        }
        let thinking: JSONValue? = switch request.thinking {
        case .enabled(let budget): ["type": "enabled", "budget_tokens": .integer(budget)]
        default: nil
        }
        try ConverseRules.checkSampling(
            temperature: request.temperature, topP: request.topP, maxTokens: request.maxTokens, thinking: thinking,
            forcedToolChoice: request.toolChoice.map { $0.type == .any || $0.type == .tool } ?? false, target: target)
        return request
    }

    private static func malformed(_ detail: String) -> SimulatedError {
        .validation("Malformed input request: \(detail), please reformat your input and try again.")
    }
}
