/// The content of a delta (`ContentBlockDelta`, a union).
///
/// `toolResult` and `image` deltas, and anything newer, decode as `.unknown(key, value)`.
///
/// ```swift
/// switch delta.delta {
/// case .text(let text): output += text
/// case .toolUse(let fragment): arguments += fragment.input
/// default: break
/// }
/// ```
public enum ConverseContentBlockDelta: Codable, Hashable, Sendable {
    case text(String)
    case toolUse(ConverseToolUseBlockDelta)
    case reasoningContent(ConverseReasoningContentBlockDelta)
    /// A citation for the text generated so far (`CitationsDelta`), kept as raw JSON.
    case citation(JSONValue)
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["text", "toolUse", "reasoningContent", "citation"])
        switch key {
        case "text": self = .text(try container.decode(String.self, forKey: "text"))
        case "toolUse": self = .toolUse(try container.decode(ConverseToolUseBlockDelta.self, forKey: "toolUse"))
        case "reasoningContent":
            self = .reasoningContent(try container.decode(ConverseReasoningContentBlockDelta.self, forKey: "reasoningContent"))
        case "citation": self = .citation(try container.decode(JSONValue.self, forKey: "citation"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .text(let value): try container.encode(value, forKey: "text")
        case .toolUse(let value): try container.encode(value, forKey: "toolUse")
        case .reasoningContent(let value): try container.encode(value, forKey: "reasoningContent")
        case .citation(let value): try container.encode(value, forKey: "citation")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
