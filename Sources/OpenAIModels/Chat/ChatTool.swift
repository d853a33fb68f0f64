/// A tool the model may call: `{"type": "function", "function": {…}}`.
///
/// OpenAI's other tool types (`custom`) have no Bedrock counterpart and are rejected at decode
/// time naming `tools[i].type`.
///
/// ```swift
/// let tool = ChatTool(function: .init(name: "get_weather", parameters: ["type": "object"]))
/// var request = ChatCompletionRequest(model: "m", messages: [.user("Hi")], tools: [tool])
/// ```
public struct ChatTool: Codable, Sendable, Hashable {
    public var function: FunctionDefinition

    public init(function: FunctionDefinition) {
        self.function = function
    }

    enum CodingKeys: String, CodingKey {
        case type, function
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        guard type == "function" else {
            throw InvalidWireValue.error(
                at: container.codingPath + [CodingKeys.type],
                message: InvalidWireValue.unsupportedValueMessage(type, supported: ["function"]))
        }
        self.function = try container.decode(FunctionDefinition.self, forKey: .function)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("function", forKey: .type)
        try container.encode(function, forKey: .function)
    }
}
