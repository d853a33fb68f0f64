import Foundation

/// The model's reasoning ("extended thinking") (`ReasoningContentBlock`, a union).
///
/// Either readable text with an optional `signature` (which must be sent back unchanged in
/// later turns), or `redactedContent`: encrypted reasoning as opaque bytes (base64 on the wire).
///
/// ```swift
/// let thought = ConverseReasoningContentBlock.reasoningText(ConverseReasoningText(text: "Let me see…", signature: sig))
/// let hidden = ConverseReasoningContentBlock.redactedContent(encrypted)
/// ```
public enum ConverseReasoningContentBlock: Codable, Hashable, Sendable {
    case reasoningText(ConverseReasoningText)
    case redactedContent(Data)
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["reasoningText", "redactedContent"])
        switch key {
        case "reasoningText": self = .reasoningText(try container.decode(ConverseReasoningText.self, forKey: "reasoningText"))
        case "redactedContent": self = .redactedContent(try container.decode(Data.self, forKey: "redactedContent"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .reasoningText(let value): try container.encode(value, forKey: "reasoningText")
        case .redactedContent(let value): try container.encode(value, forKey: "redactedContent")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
