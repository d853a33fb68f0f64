import Foundation

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

extension FunctionCall {
    /// Builds a call whose `arguments` is `arguments` serialised as compact JSON with sorted
    /// keys (deterministic, so translated answers can be compared byte for byte).
    public init(name: String, jsonArguments arguments: JSONValue) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        self.init(name: name, arguments: String(decoding: try encoder.encode(arguments), as: UTF8.self))
    }

    /// The arguments parsed as JSON. An empty (or all-whitespace) string means "no arguments"
    /// and gives an empty object: models calling a parameterless function stream no argument
    /// text at all. Other invalid JSON throws, since models can emit it and callers must decide.
    public func parsedArguments() throws -> JSONValue {
        if arguments.allSatisfy(\.isWhitespace) { return .object([:]) }
        return try JSONDecoder().decode(JSONValue.self, from: Data(arguments.utf8))
    }
}
