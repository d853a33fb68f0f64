/// Why the model stopped (`StopReason`), with every value of the bedrock-runtime model.
///
/// Values Bedrock adds later decode as `.unknown(value)` and re-encode unchanged. Equality and
/// hashing go by the wire value, so `.unknown("end_turn")` equals `.endTurn`.
///
/// ```swift
/// switch response.stopReason {
/// case .toolUse: runTools()
/// default: finish()
/// }
/// ```
public enum ConverseStopReason: Hashable, Sendable, Codable, RawRepresentable {
    case endTurn
    case toolUse
    case maxTokens
    case stopSequence
    case guardrailIntervened
    case contentFiltered
    case malformedModelOutput
    case malformedToolUse
    case modelContextWindowExceeded
    case unknown(String)

    public init(rawValue: String) {
        switch rawValue {
        case "end_turn": self = .endTurn
        case "tool_use": self = .toolUse
        case "max_tokens": self = .maxTokens
        case "stop_sequence": self = .stopSequence
        case "guardrail_intervened": self = .guardrailIntervened
        case "content_filtered": self = .contentFiltered
        case "malformed_model_output": self = .malformedModelOutput
        case "malformed_tool_use": self = .malformedToolUse
        case "model_context_window_exceeded": self = .modelContextWindowExceeded
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .endTurn: "end_turn"
        case .toolUse: "tool_use"
        case .maxTokens: "max_tokens"
        case .stopSequence: "stop_sequence"
        case .guardrailIntervened: "guardrail_intervened"
        case .contentFiltered: "content_filtered"
        case .malformedModelOutput: "malformed_model_output"
        case .malformedToolUse: "malformed_tool_use"
        case .modelContextWindowExceeded: "model_context_window_exceeded"
        case .unknown(let value): value
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue == rhs.rawValue
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawValue)
    }
}
