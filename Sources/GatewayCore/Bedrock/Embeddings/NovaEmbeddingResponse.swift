/// InvokeModel response of Amazon Nova multimodal embeddings: usually one embedding, two for
/// video with `AUDIO_VIDEO_SEPARATE`.
///
/// ```swift
/// let response = try BedrockJSONDecoder().decode(NovaEmbeddingResponse.self, from: body)
/// let vector = response.embeddings.first?.embedding
/// ```
public struct NovaEmbeddingResponse: Codable, Hashable, Sendable {
    public var embeddings: [NovaEmbedding]

    public init(embeddings: [NovaEmbedding]) {
        self.embeddings = embeddings
    }
}
