/// The announced tool call of a starting block (`ToolUseBlockStart`); its input follows as
/// `toolUse` deltas.
///
/// ```swift
/// let start = ConverseToolUseBlockStart(toolUseId: "tooluse_1", name: "get_weather")
/// ```
public struct ConverseToolUseBlockStart: Codable, Hashable, Sendable {
    public var toolUseId: String
    public var name: String
    public var type: String?

    public init(toolUseId: String, name: String, type: String? = nil) {
        self.toolUseId = toolUseId
        self.name = name
        self.type = type
    }
}
