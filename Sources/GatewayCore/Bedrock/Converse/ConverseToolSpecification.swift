/// A tool the caller implements (`ToolSpecification`).
///
/// `name` must match `[a-zA-Z0-9_-]+` and be at most 64 characters; `description` must not be
/// empty when present.
///
/// ```swift
/// let spec = ConverseToolSpecification(
///     name: "get_weather", description: "Current weather", inputSchema: .json(["type": "object", "properties": [:]]))
/// ```
public struct ConverseToolSpecification: Codable, Hashable, Sendable {
    public var name: String
    public var description: String?
    public var inputSchema: ConverseToolInputSchema
    /// Ask the model to follow `inputSchema` strictly.
    public var strict: Bool?

    public init(name: String, description: String? = nil, inputSchema: ConverseToolInputSchema, strict: Bool? = nil) {
        self.name = name
        self.description = description
        self.inputSchema = inputSchema
        self.strict = strict
    }
}
