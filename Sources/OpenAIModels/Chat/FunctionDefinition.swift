/// A function the model may call: name, description and a JSON Schema for its arguments.
///
/// The `function` object of a ``ChatTool``, and an element of the legacy `functions` array.
///
/// ```swift
/// let weather = FunctionDefinition(name: "get_weather", description: "Current weather",
///     parameters: ["type": "object", "properties": ["city": ["type": "string"]]])
/// ```
public struct FunctionDefinition: Codable, Sendable, Hashable {
    public var name: String
    public var description: String?
    /// A JSON Schema object; absent means the function takes no arguments.
    public var parameters: JSONValue?
    /// Structured-outputs mode: the model must follow the schema exactly.
    public var strict: Bool?

    public init(
        name: String, description: String? = nil, parameters: JSONValue? = nil,
        strict: Bool? = nil
    ) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.strict = strict
    }
}
