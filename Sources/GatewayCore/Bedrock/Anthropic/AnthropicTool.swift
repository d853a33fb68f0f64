/// A tool offered to the model.
///
/// Client tools have `name`, `description` and `input_schema`; Anthropic-defined tools (computer
/// use, bash, text editor) have a versioned `type` and a `name` instead of a schema.
///
/// ```swift
/// let tool = AnthropicTool(name: "get_weather", description: "Current weather",
///                          inputSchema: ["type": "object", "properties": ["location": ["type": "string"]]])
/// ```
public struct AnthropicTool: Codable, Hashable, Sendable {
    public var name: String
    public var description: String?
    public var inputSchema: JSONValue?
    public var cacheControl: AnthropicCacheControl?
    /// For Anthropic-defined tools, e.g. `bash_20250124`; `custom` or absent otherwise.
    public var type: String?

    enum CodingKeys: String, CodingKey {
        case name
        case description
        case inputSchema = "input_schema"
        case cacheControl = "cache_control"
        case type
    }

    public init(
        name: String, description: String? = nil, inputSchema: JSONValue? = nil,
        cacheControl: AnthropicCacheControl? = nil, type: String? = nil
    ) {
        self.name = name
        self.description = description
        self.inputSchema = inputSchema
        self.cacheControl = cacheControl
        self.type = type
    }
}
