import Foundation

/// A piece of streamed reasoning (`ReasoningContentBlockDelta`, a union): text, the block's
/// signature (sent once, after the text), or redacted reasoning bytes.
///
/// ```swift
/// switch reasoning {
/// case .text(let text): thinking += text
/// case .signature(let signature): thinkingSignature = signature
/// default: break
/// }
/// ```
public enum ConverseReasoningContentBlockDelta: Codable, Hashable, Sendable {
    case text(String)
    case redactedContent(Data)
    case signature(String)
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["text", "redactedContent", "signature"])
        switch key {
        case "text": self = .text(try container.decode(String.self, forKey: "text"))
        case "redactedContent": self = .redactedContent(try container.decode(Data.self, forKey: "redactedContent"))
        case "signature": self = .signature(try container.decode(String.self, forKey: "signature"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .text(let value): try container.encode(value, forKey: "text")
        case .redactedContent(let value): try container.encode(value, forKey: "redactedContent")
        case .signature(let value): try container.encode(value, forKey: "signature")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
