import Foundation

/// One block of message content (`ContentBlock`, a union).
///
/// Encodes as a single-key object (`{"text": "Hi"}`). Members this type does not model —
/// `searchResult` today, and whatever Bedrock adds — decode as `.unknown(key, value)` and
/// re-encode unchanged.
///
/// ```swift
/// let blocks: [ConverseContentBlock] = [.text("Describe this."), .image(ConverseImageBlock(format: .png, source: .bytes(png)))]
/// if case .toolUse(let call) = block { print(call.name) }
/// ```
public enum ConverseContentBlock: Codable, Hashable, Sendable {
    case text(String)
    case image(ConverseImageBlock)
    case document(ConverseDocumentBlock)
    case video(ConverseVideoBlock)
    case audio(ConverseAudioBlock)
    case toolUse(ConverseToolUseBlock)
    case toolResult(ConverseToolResultBlock)
    case guardContent(ConverseGuardrailContentBlock)
    case cachePoint(ConverseCachePointBlock)
    case reasoningContent(ConverseReasoningContentBlock)
    /// Generated text with its citations (`CitationsContentBlock`), kept as raw JSON.
    case citationsContent(JSONValue)
    case unknown(String, JSONValue)

    private static let members = [
        "text", "image", "document", "video", "audio", "toolUse", "toolResult", "guardContent", "cachePoint",
        "reasoningContent", "citationsContent",
    ]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: Self.members)
        let wireKey = WireKey(key)
        switch key {
        case "text": self = .text(try container.decode(String.self, forKey: wireKey))
        case "image": self = .image(try container.decode(ConverseImageBlock.self, forKey: wireKey))
        case "document": self = .document(try container.decode(ConverseDocumentBlock.self, forKey: wireKey))
        case "video": self = .video(try container.decode(ConverseVideoBlock.self, forKey: wireKey))
        case "audio": self = .audio(try container.decode(ConverseAudioBlock.self, forKey: wireKey))
        case "toolUse": self = .toolUse(try container.decode(ConverseToolUseBlock.self, forKey: wireKey))
        case "toolResult": self = .toolResult(try container.decode(ConverseToolResultBlock.self, forKey: wireKey))
        case "guardContent":
            self = .guardContent(try container.decode(ConverseGuardrailContentBlock.self, forKey: wireKey))
        case "cachePoint": self = .cachePoint(try container.decode(ConverseCachePointBlock.self, forKey: wireKey))
        case "reasoningContent":
            self = .reasoningContent(try container.decode(ConverseReasoningContentBlock.self, forKey: wireKey))
        case "citationsContent": self = .citationsContent(try container.decode(JSONValue.self, forKey: wireKey))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: wireKey))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .text(let value): try container.encode(value, forKey: "text")
        case .image(let value): try container.encode(value, forKey: "image")
        case .document(let value): try container.encode(value, forKey: "document")
        case .video(let value): try container.encode(value, forKey: "video")
        case .audio(let value): try container.encode(value, forKey: "audio")
        case .toolUse(let value): try container.encode(value, forKey: "toolUse")
        case .toolResult(let value): try container.encode(value, forKey: "toolResult")
        case .guardContent(let value): try container.encode(value, forKey: "guardContent")
        case .cachePoint(let value): try container.encode(value, forKey: "cachePoint")
        case .reasoningContent(let value): try container.encode(value, forKey: "reasoningContent")
        case .citationsContent(let value): try container.encode(value, forKey: "citationsContent")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
