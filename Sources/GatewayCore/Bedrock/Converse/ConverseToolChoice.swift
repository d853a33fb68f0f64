/// How the model must use the tools (`ToolChoice`, a union).
///
/// `auto` and `any` are empty objects on the wire: `{"auto": {}}`, `{"tool": {"name": "f"}}`.
///
/// ```swift
/// let config = ConverseToolConfiguration(tools: tools, toolChoice: .tool(name: "get_weather"))
/// ```
public enum ConverseToolChoice: Codable, Hashable, Sendable {
    /// The model decides whether to call a tool.
    case auto
    /// The model must call some tool.
    case any
    /// The model must call the named tool.
    case tool(name: String)
    case unknown(String, JSONValue)

    private struct Empty: Codable {}
    private struct Named: Codable {
        var name: String
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["auto", "any", "tool"])
        switch key {
        case "auto": self = .auto
        case "any": self = .any
        case "tool": self = .tool(name: try container.decode(Named.self, forKey: "tool").name)
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .auto: try container.encode(Empty(), forKey: "auto")
        case .any: try container.encode(Empty(), forKey: "any")
        case .tool(let name): try container.encode(Named(name: name), forKey: "tool")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
