/// Whether a tool call succeeded (`ToolResultStatus`).
///
/// ```swift
/// let failed = ConverseToolResultBlock(toolUseId: id, content: [.text("timeout")], status: .error)
/// ```
public enum ConverseToolResultStatus: String, Codable, Hashable, Sendable {
    case success
    case error
}
