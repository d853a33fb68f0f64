/// Parameters of one Nova embedding (`singleEmbeddingParams`); set exactly one input kind.
///
/// `embeddingDimension` is 3072 (default), 1024, 384 or 256. Image, audio and video inputs are
/// kept as raw JSON.
///
/// ```swift
/// let params = NovaSingleEmbeddingParams(embeddingPurpose: .textRetrieval, embeddingDimension: 384,
///                                        text: NovaEmbeddingText(value: "query", truncationMode: .end))
/// ```
public struct NovaSingleEmbeddingParams: Codable, Hashable, Sendable {
    public var embeddingPurpose: NovaEmbeddingPurpose
    public var embeddingDimension: Int?
    public var text: NovaEmbeddingText?
    public var image: JSONValue?
    public var audio: JSONValue?
    public var video: JSONValue?

    public init(
        embeddingPurpose: NovaEmbeddingPurpose, embeddingDimension: Int? = nil, text: NovaEmbeddingText? = nil,
        image: JSONValue? = nil, audio: JSONValue? = nil, video: JSONValue? = nil
    ) {
        self.embeddingPurpose = embeddingPurpose
        self.embeddingDimension = embeddingDimension
        self.text = text
        self.image = image
        self.audio = audio
        self.video = video
    }
}
