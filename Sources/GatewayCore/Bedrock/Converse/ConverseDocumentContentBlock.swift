/// One chunk of a document given as content blocks (`DocumentContentBlock`, a union).
///
/// ```swift
/// let source = ConverseDocumentSource.content([.text("First section.")])
/// ```
public enum ConverseDocumentContentBlock: Codable, Hashable, Sendable {
    case text(String)
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["text"])
        switch key {
        case "text": self = .text(try container.decode(String.self, forKey: "text"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .text(let value): try container.encode(value, forKey: "text")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
