/// What a Converse call produced (`ConverseOutput`, a union whose one member is `message`).
///
/// ```swift
/// if let message = response.output.message { print(message.content) }
/// ```
public enum ConverseOutput: Codable, Hashable, Sendable {
    case message(ConverseMessage)
    case unknown(String, JSONValue)

    /// The generated message, if the output is one.
    public var message: ConverseMessage? {
        if case .message(let message) = self { return message }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["message"])
        switch key {
        case "message": self = .message(try container.decode(ConverseMessage.self, forKey: "message"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .message(let value): try container.encode(value, forKey: "message")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
