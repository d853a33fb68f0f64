/// InvokeModel body for Amazon Titan Text Embeddings V2 (`amazon.titan-embed-text-v2:0`).
///
/// `dimensions` is 1024 (default), 512 or 256; `normalize` defaults to true; `embeddingTypes`
/// defaults to `["float"]`.
///
/// ```swift
/// let request = TitanTextEmbeddingsV2Request(inputText: "Hello", dimensions: 512, normalize: true)
/// ```
public struct TitanTextEmbeddingsV2Request: Codable, Hashable, Sendable {
    public var inputText: String
    public var dimensions: Int?
    public var normalize: Bool?
    public var embeddingTypes: [TitanEmbeddingType]?

    public init(inputText: String, dimensions: Int? = nil, normalize: Bool? = nil, embeddingTypes: [TitanEmbeddingType]? = nil) {
        self.inputText = inputText
        self.dimensions = dimensions
        self.normalize = normalize
        self.embeddingTypes = embeddingTypes
    }
}
