/// InvokeModel response of Amazon Titan Text Embeddings G1.
///
/// ```swift
/// let response = try BedrockJSONDecoder().decode(TitanTextEmbeddingsV1Response.self, from: body)
/// print(response.embedding.count, response.inputTextTokenCount) // 1536, …
/// ```
public struct TitanTextEmbeddingsV1Response: Codable, Hashable, Sendable {
    public var embedding: [Double]
    public var inputTextTokenCount: Int

    public init(embedding: [Double], inputTextTokenCount: Int) {
        self.embedding = embedding
        self.inputTextTokenCount = inputTextTokenCount
    }
}
