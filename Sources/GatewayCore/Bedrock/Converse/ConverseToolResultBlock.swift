/// The result of a tool call, sent back in a user message (`ToolResultBlock`).
///
/// ```swift
/// let result = ConverseToolResultBlock(toolUseId: "tooluse_1", content: [.json(["temp": 21])], status: .success)
/// let message = ConverseMessage(role: .user, content: [.toolResult(result)])
/// ```
public struct ConverseToolResultBlock: Codable, Hashable, Sendable {
    public var toolUseId: String
    public var content: [ConverseToolResultContentBlock]
    public var status: ConverseToolResultStatus?
    public var type: String?

    public init(
        toolUseId: String, content: [ConverseToolResultContentBlock], status: ConverseToolResultStatus? = nil,
        type: String? = nil
    ) {
        self.toolUseId = toolUseId
        self.content = content
        self.status = status
        self.type = type
    }
}
