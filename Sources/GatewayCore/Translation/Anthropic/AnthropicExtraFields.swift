import Foundation

/// The non-OpenAI request members (the SDKs' `extra_body`) that the Anthropic translation
/// understands: `top_k`, `anthropic_beta` and `thinking`, written as the Anthropic Messages API
/// names them.
///
/// Every other extra member is ignored: the Anthropic body has a fixed set of members and
/// Bedrock rejects unknown ones, so passing them on would turn a harmless client extra into a
/// failed request. Nothing is read when `TranslationOptions.passThroughExtraFields` is off.
///
/// ```swift
/// let extras = try AnthropicExtraFields(["top_k": 40], enabled: true)
/// extras.topK   // 40
/// ```
struct AnthropicExtraFields: Sendable, Hashable {
    var topK: Int?
    var anthropicBeta: [String]?
    /// An explicit Anthropic `thinking` setting; overrides `reasoning_effort`.
    var thinking: AnthropicThinkingConfig?

    init(topK: Int? = nil, anthropicBeta: [String]? = nil, thinking: AnthropicThinkingConfig? = nil) {
        self.topK = topK
        self.anthropicBeta = anthropicBeta
        self.thinking = thinking
    }

    init(_ fields: [String: JSONValue], enabled: Bool) throws(TranslationError) {
        guard enabled else { return }
        if let value = fields["top_k"], value != .null {
            guard let topK = value.intValue, topK >= 0 else {
                throw TranslationError(param: "top_k", message: "top_k must be a non-negative integer.")
            }
            self.topK = topK
        }
        if let value = fields["anthropic_beta"], value != .null {
            // Anthropic's header takes a comma-separated list; the Bedrock body takes an array.
            switch value {
            case .string(let flags):
                anthropicBeta = flags.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            case .array(let items):
                anthropicBeta = try items.map { item throws(TranslationError) in
                    guard let flag = item.stringValue else {
                        throw TranslationError(param: "anthropic_beta", message: "anthropic_beta must be an array of strings.")
                    }
                    return flag
                }
            default:
                throw TranslationError(param: "anthropic_beta", message: "anthropic_beta must be an array of strings.")
            }
        }
        if let value = fields["thinking"], value != .null {
            do {
                thinking = try JSONDecoder().decode(AnthropicThinkingConfig.self, from: JSONEncoder().encode(value))
            } catch {
                throw TranslationError(
                    param: "thinking",
                    message: #"thinking must be {"type": "enabled", "budget_tokens": n} or {"type": "disabled"}."#)
            }
        }
    }
}
