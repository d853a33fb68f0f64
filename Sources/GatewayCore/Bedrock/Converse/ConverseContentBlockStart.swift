/// What a starting content block is (`ContentBlockStart`, a union).
///
/// `toolResult` and `image` starts, and anything newer, decode as `.unknown(key, value)`.
///
/// ```swift
/// let start = ConverseContentBlockStart.toolUse(ConverseToolUseBlockStart(toolUseId: "tooluse_1", name: "get_weather"))
/// ```
public enum ConverseContentBlockStart: Codable, Hashable, Sendable {
    case toolUse(ConverseToolUseBlockStart)
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["toolUse"])
        switch key {
        case "toolUse": self = .toolUse(try container.decode(ConverseToolUseBlockStart.self, forKey: "toolUse"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .toolUse(let value): try container.encode(value, forKey: "toolUse")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
