/// A function the model called: its name and its arguments as a JSON-encoded string.
///
/// Used inside ``ChatToolCall`` and as the legacy `function_call` of an assistant message.
/// `arguments` is a string on the wire (OpenAI's choice); parse it to get the JSON object.
///
/// ```swift
/// let call = FunctionCall(name: "get_weather", arguments: #"{"city":"Paris"}"#)
/// let args = try JSONDecoder().decode(JSONValue.self, from: Data(call.arguments.utf8))
/// ```
public struct FunctionCall: Codable, Sendable, Hashable {
    public var name: String
    public var arguments: String

    public init(name: String, arguments: String) {
        self.name = name
        self.arguments = arguments
    }
}
