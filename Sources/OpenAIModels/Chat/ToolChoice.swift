/// Whether and which tool the model must call (`tool_choice`).
///
/// On the wire: `"none"`, `"auto"`, `"required"`, or
/// `{"type": "function", "function": {"name": …}}`.
///
/// ```swift
/// request.toolChoice = .function(name: "get_weather")
/// if case .function(let name) = request.toolChoice { print(name) }
/// ```
public enum ToolChoice: Sendable, Hashable {
    case none
    case auto
    case required
    case function(name: String)
}

extension ToolChoice: WireTypeDescribing {
    static let expectedWireType = "one of a string or an object"
}

extension ToolChoice: Codable {
    enum CodingKeys: String, CodingKey {
        case type, function
    }

    enum FunctionKeys: String, CodingKey {
        case name
    }

    public init(from decoder: any Decoder) throws {
        switch WireKind(of: decoder) {
        case .string:
            let value = try decoder.singleValueContainer().decode(String.self)
            switch value {
            case "none": self = .none
            case "auto": self = .auto
            case "required": self = .required
            default:
                throw InvalidWireValue.error(
                    at: decoder.codingPath,
                    message: InvalidWireValue.unsupportedValueMessage(
                        value, supported: ["none", "auto", "required"]))
            }
        case .object:
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let type = try container.decode(String.self, forKey: .type)
            guard type == "function" else {
                throw InvalidWireValue.error(
                    at: container.codingPath + [CodingKeys.type],
                    message: InvalidWireValue.unsupportedValueMessage(type, supported: ["function"]))
            }
            let function = try container.nestedContainer(keyedBy: FunctionKeys.self, forKey: .function)
            self = .function(name: try function.decode(String.self, forKey: .name))
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
        case .required:
            var container = encoder.singleValueContainer()
            try container.encode("required")
        case .function(let name):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("function", forKey: .type)
            var function = container.nestedContainer(keyedBy: FunctionKeys.self, forKey: .function)
            try function.encode(name, forKey: .name)
        }
    }
}
