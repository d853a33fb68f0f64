/// Extended-thinking settings (`thinking`).
///
/// ```swift
/// let request = AnthropicMessagesRequest(maxTokens: 16000, messages: messages, thinking: .enabled(budgetTokens: 10000))
/// ```
public enum AnthropicThinkingConfig: Codable, Hashable, Sendable {
    /// `{"type": "enabled", "budget_tokens": n}`; the budget must be at least 1024 and below `max_tokens`.
    case enabled(budgetTokens: Int)
    /// `{"type": "disabled"}`.
    case disabled
    /// An unmodeled setting: its `type` and the whole object.
    case unknown(String, JSONValue)

    private enum CodingKeys: String, CodingKey {
        case type
        case budgetTokens = "budget_tokens"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "enabled": self = .enabled(budgetTokens: try container.decode(Int.self, forKey: .budgetTokens))
        case "disabled": self = .disabled
        default: self = .unknown(type, try JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .enabled(let budgetTokens):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("enabled", forKey: .type)
            try container.encode(budgetTokens, forKey: .budgetTokens)
        case .disabled:
            try TypeTaggedCoding.encodeTag("disabled", to: encoder)
        case .unknown(_, let object):
            try object.encode(to: encoder)
        }
    }
}
