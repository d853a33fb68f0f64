/// One entry of the tool list (`Tool`, a union).
///
/// ```swift
/// let tools: [ConverseTool] = [.toolSpec(spec), .cachePoint(ConverseCachePointBlock())]
/// ```
public enum ConverseTool: Codable, Hashable, Sendable {
    case toolSpec(ConverseToolSpecification)
    /// A tool Bedrock provides itself, referenced by name.
    case systemTool(ConverseSystemTool)
    case cachePoint(ConverseCachePointBlock)
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["toolSpec", "systemTool", "cachePoint"])
        switch key {
        case "toolSpec": self = .toolSpec(try container.decode(ConverseToolSpecification.self, forKey: "toolSpec"))
        case "systemTool": self = .systemTool(try container.decode(ConverseSystemTool.self, forKey: "systemTool"))
        case "cachePoint": self = .cachePoint(try container.decode(ConverseCachePointBlock.self, forKey: "cachePoint"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .toolSpec(let value): try container.encode(value, forKey: "toolSpec")
        case .systemTool(let value): try container.encode(value, forKey: "systemTool")
        case .cachePoint(let value): try container.encode(value, forKey: "cachePoint")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
