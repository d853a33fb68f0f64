/// The `delta` of a `content_block_delta` event, tagged by `type`.
///
/// ```swift
/// switch delta {
/// case .textDelta(let text): output += text
/// case .inputJSONDelta(let partial): arguments += partial
/// default: break
/// }
/// ```
public enum AnthropicContentBlockDelta: Codable, Hashable, Sendable {
    /// `{"type": "text_delta", "text": …}`.
    case textDelta(String)
    /// `{"type": "input_json_delta", "partial_json": …}`: a fragment of a tool call's input JSON text.
    case inputJSONDelta(String)
    /// `{"type": "thinking_delta", "thinking": …}`.
    case thinkingDelta(String)
    /// `{"type": "signature_delta", "signature": …}`: the thinking block's signature, sent last.
    case signatureDelta(String)
    /// `{"type": "citations_delta", "citation": {…}}`, kept as raw JSON (the `citation` object).
    case citationsDelta(JSONValue)
    /// An unmodeled delta: its `type` and the whole object.
    case unknown(String, JSONValue)

    private enum CodingKeys: String, CodingKey {
        case type
        case text
        case partialJSON = "partial_json"
        case thinking
        case signature
        case citation
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "text_delta": self = .textDelta(try container.decode(String.self, forKey: .text))
        case "input_json_delta": self = .inputJSONDelta(try container.decode(String.self, forKey: .partialJSON))
        case "thinking_delta": self = .thinkingDelta(try container.decode(String.self, forKey: .thinking))
        case "signature_delta": self = .signatureDelta(try container.decode(String.self, forKey: .signature))
        case "citations_delta": self = .citationsDelta(try container.decode(JSONValue.self, forKey: .citation))
        default: self = .unknown(type, try JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .textDelta(let text):
            try container.encode("text_delta", forKey: .type)
            try container.encode(text, forKey: .text)
        case .inputJSONDelta(let partial):
            try container.encode("input_json_delta", forKey: .type)
            try container.encode(partial, forKey: .partialJSON)
        case .thinkingDelta(let thinking):
            try container.encode("thinking_delta", forKey: .type)
            try container.encode(thinking, forKey: .thinking)
        case .signatureDelta(let signature):
            try container.encode("signature_delta", forKey: .type)
            try container.encode(signature, forKey: .signature)
        case .citationsDelta(let citation):
            try container.encode("citations_delta", forKey: .type)
            try container.encode(citation, forKey: .citation)
        case .unknown(_, let object):
            try object.encode(to: encoder)
        }
    }
}
