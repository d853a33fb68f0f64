/// The `usage` of a `message_delta` event: cumulative output tokens (input counts came with
/// `message_start`, though newer responses repeat them here).
///
/// ```swift
/// let usage = AnthropicMessageDeltaUsage(outputTokens: 15)
/// ```
public struct AnthropicMessageDeltaUsage: Codable, Hashable, Sendable {
    public var outputTokens: Int
    public var inputTokens: Int?
    public var cacheCreationInputTokens: Int?
    public var cacheReadInputTokens: Int?

    enum CodingKeys: String, CodingKey {
        case outputTokens = "output_tokens"
        case inputTokens = "input_tokens"
        case cacheCreationInputTokens = "cache_creation_input_tokens"
        case cacheReadInputTokens = "cache_read_input_tokens"
    }

    public init(
        outputTokens: Int, inputTokens: Int? = nil, cacheCreationInputTokens: Int? = nil, cacheReadInputTokens: Int? = nil
    ) {
        self.outputTokens = outputTokens
        self.inputTokens = inputTokens
        self.cacheCreationInputTokens = cacheCreationInputTokens
        self.cacheReadInputTokens = cacheReadInputTokens
    }
}
