import Foundation

/// Where a document's content comes from (`DocumentSource`, a union).
///
/// ```swift
/// let pdf = ConverseDocumentSource.bytes(pdfData)
/// let text = ConverseDocumentSource.text("Chapter 1 …")
/// let chunks = ConverseDocumentSource.content([.text("part one"), .text("part two")])
/// ```
public enum ConverseDocumentSource: Codable, Hashable, Sendable {
    case bytes(Data)
    case s3Location(ConverseS3Location)
    case text(String)
    case content([ConverseDocumentContentBlock])
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["bytes", "s3Location", "text", "content"])
        switch key {
        case "bytes": self = .bytes(try container.decode(Data.self, forKey: "bytes"))
        case "s3Location": self = .s3Location(try container.decode(ConverseS3Location.self, forKey: "s3Location"))
        case "text": self = .text(try container.decode(String.self, forKey: "text"))
        case "content": self = .content(try container.decode([ConverseDocumentContentBlock].self, forKey: "content"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .bytes(let value): try container.encode(value, forKey: "bytes")
        case .s3Location(let value): try container.encode(value, forKey: "s3Location")
        case .text(let value): try container.encode(value, forKey: "text")
        case .content(let value): try container.encode(value, forKey: "content")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
