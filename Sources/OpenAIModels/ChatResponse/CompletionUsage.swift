/// Token counts for a request: `{"prompt_tokens", "completion_tokens", "total_tokens",
/// "prompt_tokens_details": {"cached_tokens"}, "completion_tokens_details": {"reasoning_tokens"}}`.
///
/// OpenAI's SDKs call this type `CompletionUsage`; it is the `usage` of a ``ChatCompletion`` and
/// of the final ``ChatCompletionChunk`` when `stream_options.include_usage` is set.
///
/// ```swift
/// let usage = CompletionUsage(promptTokens: 12, completionTokens: 30,
///     promptTokensDetails: .init(cachedTokens: 8))   // totalTokens: 42
/// ```
public struct CompletionUsage: Codable, Sendable, Hashable {
    public var promptTokens: Int
    public var completionTokens: Int
    public var totalTokens: Int
    public var promptTokensDetails: PromptTokensDetails?
    public var completionTokensDetails: CompletionTokensDetails?

    /// `totalTokens` defaults to the sum of prompt and completion tokens.
    public init(
        promptTokens: Int,
        completionTokens: Int,
        totalTokens: Int? = nil,
        promptTokensDetails: PromptTokensDetails? = nil,
        completionTokensDetails: CompletionTokensDetails? = nil
    ) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.totalTokens = totalTokens ?? promptTokens + completionTokens
        self.promptTokensDetails = promptTokensDetails
        self.completionTokensDetails = completionTokensDetails
    }

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case totalTokens = "total_tokens"
        case promptTokensDetails = "prompt_tokens_details"
        case completionTokensDetails = "completion_tokens_details"
    }
}
