/// The rule that turns OpenAI's `reasoning_effort` into an Anthropic thinking budget.
///
/// Anthropic extended thinking needs `budget_tokens` ≥ 1024 and below `max_tokens`, and — like
/// OpenAI's `max_completion_tokens` — `max_tokens` counts the reasoning as well as the answer.
/// So the budget is taken out of the client's limit:
///
/// - budget by effort: minimal 1024, low 2048, medium 8192, high 16384, xhigh 32768;
/// - `maxTokens` = the client's limit, or the model's output limit when the client gives none;
/// - budget = min(effort budget, maxTokens − 1);
/// - if that leaves less than the 1024 minimum, the budget is 1024 and `maxTokens` becomes
///   1024 + the client's limit, so the client's room for the answer is kept on top.
///
/// ```swift
/// let plan = ThinkingBudget.plan(effort: .medium, maxTokens: 4000, modelMaxOutput: 64000)
/// plan?.budgetTokens   // 3999
/// ```
public enum ThinkingBudget {
    /// Anthropic's smallest accepted `budget_tokens`.
    public static let minimumBudget = 1024
    /// Used when neither the client nor the model table gives an output limit.
    public static let fallbackMaxTokens = 8192

    /// A thinking budget and the `maxTokens` to send with it.
    public struct Plan: Sendable, Hashable {
        public var budgetTokens: Int
        public var maxTokens: Int
    }

    /// The budget for an effort level; `nil` for `.none` (no thinking).
    public static func budget(for effort: ReasoningEffort) -> Int? {
        switch effort {
        case .none: return nil
        case .minimal: return 1024
        case .low: return 2048
        case .medium: return 8192
        case .high: return 16384
        case .xhigh: return 32768
        }
    }

    /// The plan for an effort level and the client's `max_completion_tokens ?? max_tokens`.
    public static func plan(effort: ReasoningEffort, maxTokens: Int?, modelMaxOutput: Int?) -> Plan? {
        guard let wanted = budget(for: effort) else { return nil }
        let limit = maxTokens ?? modelMaxOutput ?? fallbackMaxTokens
        let budget = min(wanted, limit - 1)
        if budget < minimumBudget {
            return Plan(budgetTokens: minimumBudget, maxTokens: minimumBudget + max(limit, 1))
        }
        return Plan(budgetTokens: budget, maxTokens: limit)
    }
}
