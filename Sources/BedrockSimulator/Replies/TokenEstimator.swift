/// Token counts derived from text length, about four characters per token as the Bedrock and
/// Anthropic docs estimate for English. Deterministic, so tests can predict usage figures.
enum TokenEstimator {
    static let charactersPerToken = 4

    /// Tokens for `characters` characters: rounded up, so any non-empty text costs at least one.
    static func tokens(forCharacters characters: Int) -> Int {
        characters <= 0 ? 0 : (characters + charactersPerToken - 1) / charactersPerToken
    }

    static func tokens(for text: String) -> Int {
        tokens(forCharacters: text.count)
    }

    /// What a non-text block (image, document, video, audio) adds to the input.
    static let mediaBlockTokens = 100
}
