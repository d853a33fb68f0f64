/// What Nova multimodal embeddings are optimized for (`embeddingPurpose`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let params = NovaSingleEmbeddingParams(embeddingPurpose: .genericIndex, text: NovaEmbeddingText(value: "hello"))
/// ```
public struct NovaEmbeddingPurpose: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let genericIndex: Self = "GENERIC_INDEX"
    public static let genericRetrieval: Self = "GENERIC_RETRIEVAL"
    public static let textRetrieval: Self = "TEXT_RETRIEVAL"
    public static let imageRetrieval: Self = "IMAGE_RETRIEVAL"
    public static let videoRetrieval: Self = "VIDEO_RETRIEVAL"
    public static let documentRetrieval: Self = "DOCUMENT_RETRIEVAL"
    public static let audioRetrieval: Self = "AUDIO_RETRIEVAL"
    public static let classification: Self = "CLASSIFICATION"
    public static let clustering: Self = "CLUSTERING"
}
