/// One Nova embedding.
///
/// `embeddingType` is `TEXT`, `IMAGE`, `VIDEO`, `AUDIO` or `AUDIO_VIDEO_COMBINED`;
/// `truncatedCharLength` is present only when text input was truncated.
///
/// ```swift
/// if let cut = embedding.truncatedCharLength { log("input truncated to \(cut) characters") }
/// ```
public struct NovaEmbedding: Codable, Hashable, Sendable {
    public var embeddingType: String
    public var embedding: [Double]
    public var truncatedCharLength: Int?

    public init(embeddingType: String, embedding: [Double], truncatedCharLength: Int? = nil) {
        self.embeddingType = embeddingType
        self.embedding = embedding
        self.truncatedCharLength = truncatedCharLength
    }
}
