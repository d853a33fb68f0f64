/// One block of a tool result (`ToolResultContentBlock`, a union).
///
/// `searchResult` and members Bedrock adds later decode as `.unknown(key, value)`.
///
/// ```swift
/// let blocks: [ConverseToolResultContentBlock] = [.json(["rows": 3]), .text("3 rows")]
/// ```
public enum ConverseToolResultContentBlock: Codable, Hashable, Sendable {
    case json(JSONValue)
    case text(String)
    case image(ConverseImageBlock)
    case document(ConverseDocumentBlock)
    case video(ConverseVideoBlock)
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["json", "text", "image", "document", "video"])
        switch key {
        case "json": self = .json(try container.decode(JSONValue.self, forKey: "json"))
        case "text": self = .text(try container.decode(String.self, forKey: "text"))
        case "image": self = .image(try container.decode(ConverseImageBlock.self, forKey: "image"))
        case "document": self = .document(try container.decode(ConverseDocumentBlock.self, forKey: "document"))
        case "video": self = .video(try container.decode(ConverseVideoBlock.self, forKey: "video"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .json(let value): try container.encode(value, forKey: "json")
        case .text(let value): try container.encode(value, forKey: "text")
        case .image(let value): try container.encode(value, forKey: "image")
        case .document(let value): try container.encode(value, forKey: "document")
        case .video(let value): try container.encode(value, forKey: "video")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
