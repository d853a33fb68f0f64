/// The JSON Schema of a tool's input (`ToolInputSchema`, a union whose one member is `json`).
///
/// ```swift
/// let schema = ConverseToolInputSchema.json(["type": "object", "properties": ["city": ["type": "string"]]])
/// ```
public enum ConverseToolInputSchema: Codable, Hashable, Sendable {
    case json(JSONValue)
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["json"])
        switch key {
        case "json": self = .json(try container.decode(JSONValue.self, forKey: "json"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .json(let value): try container.encode(value, forKey: "json")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
