/// A tool call made by the model (`ToolUseBlock`).
///
/// `input` is the arguments object (a Smithy `Document`); `type` is `server_tool_use` for tools
/// Bedrock runs itself, absent otherwise.
///
/// ```swift
/// let call = ConverseToolUseBlock(toolUseId: "tooluse_1", name: "get_weather", input: ["city": "Paris"])
/// ```
public struct ConverseToolUseBlock: Codable, Hashable, Sendable {
    public var toolUseId: String
    public var name: String
    public var input: JSONValue
    public var type: String?

    public init(toolUseId: String, name: String, input: JSONValue, type: String? = nil) {
        self.toolUseId = toolUseId
        self.name = name
        self.input = input
        self.type = type
    }
}
