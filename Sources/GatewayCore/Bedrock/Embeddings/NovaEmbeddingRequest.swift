/// InvokeModel body for Amazon Nova multimodal embeddings
/// (`amazon.nova-2-multimodal-embeddings-v1:0`), synchronous form.
///
/// ```swift
/// let request = NovaEmbeddingRequest(singleEmbeddingParams: NovaSingleEmbeddingParams(
///     embeddingPurpose: .genericIndex, embeddingDimension: 1024, text: NovaEmbeddingText(value: "Hello")))
/// ```
public struct NovaEmbeddingRequest: Codable, Hashable, Sendable {
    /// `nova-multimodal-embed-v1` when present.
    public var schemaVersion: String?
    /// `SINGLE_EMBEDDING` for InvokeModel (`SEGMENTED_EMBEDDING` is async only).
    public var taskType: String
    public var singleEmbeddingParams: NovaSingleEmbeddingParams

    public init(
        schemaVersion: String? = nil, taskType: String = "SINGLE_EMBEDDING", singleEmbeddingParams: NovaSingleEmbeddingParams
    ) {
        self.schemaVersion = schemaVersion
        self.taskType = taskType
        self.singleEmbeddingParams = singleEmbeddingParams
    }
}
