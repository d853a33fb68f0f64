/// InvokeModel response of Amazon Titan Text Embeddings V2.
///
/// `embedding` is the float vector; `embeddingsByType` repeats it under `float` and adds the
/// `binary` vector when requested.
///
/// ```swift
/// let response = try BedrockJSONDecoder().decode(TitanTextEmbeddingsV2Response.self, from: body)
/// let bits = response.embeddingsByType?.binary
/// ```
public struct TitanTextEmbeddingsV2Response: Codable, Hashable, Sendable {
    public var embedding: [Double]?
    public var inputTextTokenCount: Int
    public var embeddingsByType: TitanEmbeddingsByType?

    public init(embedding: [Double]?, inputTextTokenCount: Int, embeddingsByType: TitanEmbeddingsByType? = nil) {
        self.embedding = embedding
        self.inputTextTokenCount = inputTextTokenCount
        self.embeddingsByType = embeddingsByType
    }
}
