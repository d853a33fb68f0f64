/// Content a guardrail should evaluate (`GuardrailConverseContentBlock`, a union).
///
/// ```swift
/// let guarded = ConverseContentBlock.guardContent(.text(ConverseGuardrailTextBlock(text: "Is this allowed?")))
/// ```
public enum ConverseGuardrailContentBlock: Codable, Hashable, Sendable {
    case text(ConverseGuardrailTextBlock)
    case image(ConverseGuardrailImageBlock)
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["text", "image"])
        switch key {
        case "text": self = .text(try container.decode(ConverseGuardrailTextBlock.self, forKey: "text"))
        case "image": self = .image(try container.decode(ConverseGuardrailImageBlock.self, forKey: "image"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .text(let value): try container.encode(value, forKey: "text")
        case .image(let value): try container.encode(value, forKey: "image")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
