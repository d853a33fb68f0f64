/// The result of a tool call, sent in a user message (`{"type": "tool_result", …}`).
///
/// ```swift
/// let result = AnthropicToolResultBlock(toolUseId: "toolu_01A", content: .text("15 degrees"))
/// let failure = AnthropicToolResultBlock(toolUseId: "toolu_01A", content: .text("timeout"), isError: true)
/// ```
public struct AnthropicToolResultBlock: Codable, Hashable, Sendable {
    public var toolUseId: String
    /// A string, or blocks (text and images); may be absent for an empty result.
    public var content: AnthropicMessageContent?
    public var isError: Bool?
    public var cacheControl: AnthropicCacheControl?

    enum CodingKeys: String, CodingKey {
        case toolUseId = "tool_use_id"
        case content
        case isError = "is_error"
        case cacheControl = "cache_control"
    }

    public init(
        toolUseId: String, content: AnthropicMessageContent? = nil, isError: Bool? = nil,
        cacheControl: AnthropicCacheControl? = nil
    ) {
        self.toolUseId = toolUseId
        self.content = content
        self.isError = isError
        self.cacheControl = cacheControl
    }
}
