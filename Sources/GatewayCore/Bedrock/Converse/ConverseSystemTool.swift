/// A Bedrock-provided tool, referenced by name (`SystemTool`).
///
/// ```swift
/// let tool = ConverseTool.systemTool(ConverseSystemTool(name: "nova_grounding"))
/// ```
public struct ConverseSystemTool: Codable, Hashable, Sendable {
    public var name: String

    public init(name: String) {
        self.name = name
    }
}
