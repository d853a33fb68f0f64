/// A tool call made by the assistant: `{"id", "type": "function", "function": {name, arguments}}`.
///
/// Appears in ``ChatMessage/toolCalls`` (history sent back by the client) and in
/// ``ChatCompletionMessage/toolCalls`` (a non-streaming answer). Only function tools exist on
/// this gateway, so `type` is not stored; it is always written as `"function"`.
///
/// ```swift
/// let call = ChatToolCall(id: "call_1", function: .init(name: "get_weather", arguments: "{}"))
/// let reply = ChatMessage.tool(callID: call.id, content: #"{"temp":21}"#)
/// ```
public struct ChatToolCall: Codable, Sendable, Hashable {
    public var id: String
    public var function: FunctionCall

    public init(id: String, function: FunctionCall) {
        self.id = id
        self.function = function
    }

    enum CodingKeys: String, CodingKey {
        case id, type, function
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // Clients replaying history sometimes drop `type`; when present it must be "function".
        if let type = try container.decodeIfPresent(String.self, forKey: .type), type != "function" {
            throw InvalidWireValue.error(
                at: container.codingPath + [CodingKeys.type],
                message: InvalidWireValue.unsupportedValueMessage(type, supported: ["function"]))
        }
        self.id = try container.decode(String.self, forKey: .id)
        self.function = try container.decode(FunctionCall.self, forKey: .function)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode("function", forKey: .type)
        try container.encode(function, forKey: .function)
    }
}
