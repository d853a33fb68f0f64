/// One block of the system prompt (`SystemContentBlock`, a union).
///
/// ```swift
/// let system: [ConverseSystemContentBlock] = [.text("You are terse."), .cachePoint(ConverseCachePointBlock())]
/// ```
public enum ConverseSystemContentBlock: Codable, Hashable, Sendable {
    /// System text; must not be empty.
    case text(String)
    case guardContent(ConverseGuardrailContentBlock)
    case cachePoint(ConverseCachePointBlock)
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["text", "guardContent", "cachePoint"])
        switch key {
        case "text": self = .text(try container.decode(String.self, forKey: "text"))
        case "guardContent": self = .guardContent(try container.decode(ConverseGuardrailContentBlock.self, forKey: "guardContent"))
        case "cachePoint": self = .cachePoint(try container.decode(ConverseCachePointBlock.self, forKey: "cachePoint"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .text(let value): try container.encode(value, forKey: "text")
        case .guardContent(let value): try container.encode(value, forKey: "guardContent")
        case .cachePoint(let value): try container.encode(value, forKey: "cachePoint")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
