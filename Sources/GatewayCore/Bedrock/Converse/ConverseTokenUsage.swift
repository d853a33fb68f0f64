/// Token counts of a Converse call (`TokenUsage`).
///
/// With prompt caching, `inputTokens` counts only the uncached input; cached tokens read or
/// written are reported separately.
///
/// ```swift
/// let usage = response.usage
/// let promptTokens = usage.inputTokens + (usage.cacheReadInputTokens ?? 0) + (usage.cacheWriteInputTokens ?? 0)
/// ```
public struct ConverseTokenUsage: Codable, Hashable, Sendable {
    public var inputTokens: Int
    public var outputTokens: Int
    public var totalTokens: Int
    public var cacheReadInputTokens: Int?
    public var cacheWriteInputTokens: Int?
    /// Cache writes broken down by TTL.
    public var cacheDetails: [ConverseCacheDetail]?

    public init(
        inputTokens: Int, outputTokens: Int, totalTokens: Int, cacheReadInputTokens: Int? = nil,
        cacheWriteInputTokens: Int? = nil, cacheDetails: [ConverseCacheDetail]? = nil
    ) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.totalTokens = totalTokens
        self.cacheReadInputTokens = cacheReadInputTokens
        self.cacheWriteInputTokens = cacheWriteInputTokens
        self.cacheDetails = cacheDetails
    }
}
