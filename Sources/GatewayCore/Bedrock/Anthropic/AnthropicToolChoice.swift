/// The `tool_choice` of a request.
///
/// ```swift
/// let forced = AnthropicToolChoice.tool(named: "get_weather")
/// let sequential = AnthropicToolChoice(type: .auto, disableParallelToolUse: true)
/// ```
public struct AnthropicToolChoice: Codable, Hashable, Sendable {
    public var type: AnthropicToolChoiceType
    /// The tool to call, for `type: tool`.
    public var name: String?
    public var disableParallelToolUse: Bool?

    enum CodingKeys: String, CodingKey {
        case type
        case name
        case disableParallelToolUse = "disable_parallel_tool_use"
    }

    public init(type: AnthropicToolChoiceType, name: String? = nil, disableParallelToolUse: Bool? = nil) {
        self.type = type
        self.name = name
        self.disableParallelToolUse = disableParallelToolUse
    }

    /// Forces a call of the tool named `name`.
    public static func tool(named name: String, disableParallelToolUse: Bool? = nil) -> AnthropicToolChoice {
        AnthropicToolChoice(type: .tool, name: name, disableParallelToolUse: disableParallelToolUse)
    }
}
