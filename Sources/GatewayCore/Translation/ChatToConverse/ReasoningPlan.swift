/// How OpenAI's `reasoning_effort` is asked of a Bedrock model, per its ``ReasoningStyle``, and
/// the sampling limits reasoning then puts on the inference configuration.
///
/// ```swift
/// let plan = ReasoningPlan(effort: .high, style: .anthropicThinking, maxTokens: 32000,
///                          modelMaxOutput: 64000, thinkingAllowed: true)
/// plan.fields   // ["thinking": ["type": "enabled", "budget_tokens": 16384]]
/// plan.maxTokens  // 32000
/// ```
struct ReasoningPlan: Sendable, Hashable {
    /// Members for `additionalModelRequestFields`.
    var fields: [String: JSONValue] = [:]
    /// The `maxTokens` to send instead of the client's, when the plan sets one.
    var maxTokens: Int?

    /// - Parameter thinkingAllowed: false when Claude thinking cannot be enabled for this
    ///   conversation (its last assistant turn holds tool use without a signed thinking block).
    init(
        effort: ReasoningEffort?, style: ReasoningStyle, maxTokens: Int?, modelMaxOutput: Int?,
        thinkingAllowed: Bool
    ) {
        guard let effort, effort != .none else { return }
        switch style {
        case .anthropicThinking:
            guard thinkingAllowed,
                let plan = ThinkingBudget.plan(effort: effort, maxTokens: maxTokens, modelMaxOutput: modelMaxOutput)
            else { return }
            fields["thinking"] = ["type": "enabled", "budget_tokens": .integer(plan.budgetTokens)]
            self.maxTokens = plan.maxTokens
        case .novaReasoningConfig:
            fields["reasoningConfig"] = ["type": "enabled", "maxReasoningEffort": .string(Self.threeLevel(effort))]
        case .openAIReasoningEffort:
            fields["reasoning_effort"] = .string(Self.threeLevel(effort))
        case .alwaysOn, .unsupported:
            break
        }
    }

    /// low / medium / high: the levels Nova 2 and gpt-oss accept.
    static func threeLevel(_ effort: ReasoningEffort) -> String {
        switch effort {
        case .none, .minimal, .low: "low"
        case .medium: "medium"
        case .high, .xhigh: "high"
        }
    }

    /// Whether the final `additionalModelRequestFields` turn Claude thinking on (from the
    /// mapping or from the client's extra fields).
    static func anthropicThinkingEnabled(in fields: [String: JSONValue]) -> Bool {
        guard let type = fields["thinking"]?["type"]?.stringValue else { return false }
        return type == "enabled" || type == "adaptive"
    }

    /// The Nova 2 `maxReasoningEffort` when `reasoningConfig` is enabled, else `nil`.
    static func novaReasoningEffort(in fields: [String: JSONValue]) -> String? {
        guard let config = fields["reasoningConfig"], config["type"]?.stringValue == "enabled" else { return nil }
        return config["maxReasoningEffort"]?.stringValue ?? "medium"
    }
}
