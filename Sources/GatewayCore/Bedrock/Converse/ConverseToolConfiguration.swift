/// The tools offered to the model and how it must use them (`ToolConfiguration`).
///
/// ```swift
/// let tools = ConverseToolConfiguration(
///     tools: [.toolSpec(ConverseToolSpecification(name: "get_weather", inputSchema: .json(schema)))], toolChoice: .auto)
/// ```
public struct ConverseToolConfiguration: Codable, Hashable, Sendable {
    /// At least one entry (the model's `min: 1`).
    public var tools: [ConverseTool]
    public var toolChoice: ConverseToolChoice?

    public init(tools: [ConverseTool], toolChoice: ConverseToolChoice? = nil) {
        self.tools = tools
        self.toolChoice = toolChoice
    }
}
