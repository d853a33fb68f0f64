/// How a model family is asked to reason, as Bedrock documents it per provider.
///
/// OpenAI's `reasoning_effort` is mapped onto one of these by the chat translation.
///
/// ```swift
/// switch ModelProfile.lookup("anthropic.claude-sonnet-4-20250514-v1:0").reasoning {
/// case .anthropicThinking: …   // additionalModelRequestFields.thinking.budget_tokens
/// }
/// ```
public enum ReasoningStyle: Sendable, Hashable {
    /// The model cannot reason; `reasoning_effort` is ignored.
    case unsupported
    /// The model always reasons and takes no setting (DeepSeek-R1); `reasoning_effort` is ignored,
    /// but the reasoning text is returned.
    case alwaysOn
    /// Anthropic extended thinking: `additionalModelRequestFields.thinking =
    /// {"type": "enabled", "budget_tokens": N}` with 1024 ≤ N < maxTokens. Thinking forbids
    /// changing temperature, top_k, forced tool choice, and top_p below 0.95.
    case anthropicThinking
    /// OpenAI open-weight models (gpt-oss): `additionalModelRequestFields.reasoning_effort =
    /// "low" | "medium" | "high"`.
    case openAIReasoningEffort
    /// Amazon Nova 2: `additionalModelRequestFields.reasoningConfig = {"type": "enabled",
    /// "maxReasoningEffort": "low" | "medium" | "high"}`.
    case novaReasoningConfig
}
