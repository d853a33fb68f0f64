/// Token counts of an embeddings request: `{"prompt_tokens", "total_tokens"}`.
///
/// ```swift
/// let usage = EmbeddingUsage(promptTokens: 8)   // totalTokens: 8
/// ```
public struct EmbeddingUsage: Codable, Sendable, Hashable {
    public var promptTokens: Int
    public var totalTokens: Int

    /// `totalTokens` defaults to `promptTokens` (embeddings produce no completion tokens).
    public init(promptTokens: Int, totalTokens: Int? = nil) {
        self.promptTokens = promptTokens
        self.totalTokens = totalTokens ?? promptTokens
    }

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case totalTokens = "total_tokens"
    }
}
