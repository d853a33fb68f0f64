extension CompletionUsage {
    /// Breakdown of the completion tokens: how many the model spent reasoning.
    ///
    /// ```swift
    /// let details = CompletionUsage.CompletionTokensDetails(reasoningTokens: 256)
    /// ```
    public struct CompletionTokensDetails: Codable, Sendable, Hashable {
        public var reasoningTokens: Int?

        public init(reasoningTokens: Int? = nil) {
            self.reasoningTokens = reasoningTokens
        }

        enum CodingKeys: String, CodingKey {
            case reasoningTokens = "reasoning_tokens"
        }
    }
}
