/// The legacy `function_call` request parameter: `"none"`, `"auto"`, or `{"name": …}`.
///
/// Superseded by ``ToolChoice`` but still sent by older clients together with `functions`.
///
/// ```swift
/// request.functions = [weather]
/// request.functionCall = .function(name: "get_weather")
/// ```
public enum FunctionCallChoice: Sendable, Hashable {
    case none
    case auto
    case function(name: String)
}

extension FunctionCallChoice: WireTypeDescribing {
    static let expectedWireType = "one of a string or an object"
}

extension FunctionCallChoice: Codable {
    enum CodingKeys: String, CodingKey {
        case name
    }

    public init(from decoder: any Decoder) throws {
        switch WireKind(of: decoder) {
        case .string:
            let value = try decoder.singleValueContainer().decode(String.self)
            switch value {
            case "none": self = .none
            case "auto": self = .auto
            default:
                throw InvalidWireValue.error(
                    at: decoder.codingPath,
                    message: InvalidWireValue.unsupportedValueMessage(value, supported: ["none", "auto"]))
            }
        case .object:
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self = .function(name: try container.decode(String.self, forKey: .name))
        default:
            throw Self.typeMismatch(at: decoder.codingPath)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .none:
            var container = encoder.singleValueContainer()
            try container.encode("none")
        case .auto:
            var container = encoder.singleValueContainer()
            try container.encode("auto")
        case .function(let name):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
        }
    }
}
