extension CompletionUsage {
    /// Breakdown of the prompt tokens: how many were read from the prompt cache.
    ///
    /// ```swift
    /// let details = CompletionUsage.PromptTokensDetails(cachedTokens: 1024)
    /// ```
    public struct PromptTokensDetails: Codable, Sendable, Hashable {
        public var cachedTokens: Int?

        public init(cachedTokens: Int? = nil) {
            self.cachedTokens = cachedTokens
        }

        enum CodingKeys: String, CodingKey {
            case cachedTokens = "cached_tokens"
        }
    }
}
