/// A tool call by the model (`{"type": "tool_use", "id": …, "name": …, "input": {…}}`).
///
/// ```swift
/// let call = AnthropicToolUseBlock(id: "toolu_01A", name: "get_weather", input: ["location": "Paris"])
/// ```
public struct AnthropicToolUseBlock: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var input: JSONValue
    public var cacheControl: AnthropicCacheControl?

    enum CodingKeys: String, CodingKey {
        case id
        case name
        case input
        case cacheControl = "cache_control"
    }

    public init(id: String, name: String, input: JSONValue, cacheControl: AnthropicCacheControl? = nil) {
        self.id = id
        self.name = name
        self.input = input
        self.cacheControl = cacheControl
    }
}
