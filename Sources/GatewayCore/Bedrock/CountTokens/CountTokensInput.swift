/// What to count tokens of (`CountTokensInput`, a union): a Converse-style input or an
/// InvokeModel body.
///
/// ```swift
/// let input = CountTokensInput.invokeModel(InvokeModelTokensRequest(body: anthropicBody))
/// ```
public enum CountTokensInput: Codable, Hashable, Sendable {
    case converse(ConverseTokensRequest)
    case invokeModel(InvokeModelTokensRequest)
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["converse", "invokeModel"])
        switch key {
        case "converse": self = .converse(try container.decode(ConverseTokensRequest.self, forKey: "converse"))
        case "invokeModel": self = .invokeModel(try container.decode(InvokeModelTokensRequest.self, forKey: "invokeModel"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .converse(let value): try container.encode(value, forKey: "converse")
        case .invokeModel(let value): try container.encode(value, forKey: "invokeModel")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
