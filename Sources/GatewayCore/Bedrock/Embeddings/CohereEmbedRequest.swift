/// InvokeModel body for Cohere Embed v3 (`cohere.embed-english-v3`, `cohere.embed-multilingual-v3`)
/// and v4 (`cohere.embed-v4:0`).
///
/// v3 takes `texts` (at most 96) or one image in `images`; v4 adds `inputs` (interleaved text and
/// images), `output_dimension` (256, 512, 1024, 1536) and `max_tokens`. Send only one of
/// `texts`, `images` and `inputs`.
///
/// ```swift
/// let request = CohereEmbedRequest(texts: ["hello", "world"], inputType: .searchDocument, embeddingTypes: [.float])
/// ```
public struct CohereEmbedRequest: Codable, Hashable, Sendable {
    public var texts: [String]?
    /// Data URIs (`data:image/png;base64,…`).
    public var images: [String]?
    /// v4: interleaved text and image inputs.
    public var inputs: [CohereEmbedInput]?
    public var inputType: CohereEmbedInputType
    public var truncate: CohereEmbedTruncate?
    public var embeddingTypes: [CohereEmbeddingType]?
    /// v4 only.
    public var outputDimension: Int?
    /// v4 only.
    public var maxTokens: Int?

    enum CodingKeys: String, CodingKey {
        case texts
        case images
        case inputs
        case inputType = "input_type"
        case truncate
        case embeddingTypes = "embedding_types"
        case outputDimension = "output_dimension"
        case maxTokens = "max_tokens"
    }

    public init(
        texts: [String]? = nil, images: [String]? = nil, inputs: [CohereEmbedInput]? = nil,
        inputType: CohereEmbedInputType, truncate: CohereEmbedTruncate? = nil,
        embeddingTypes: [CohereEmbeddingType]? = nil, outputDimension: Int? = nil, maxTokens: Int? = nil
    ) {
        self.texts = texts
        self.images = images
        self.inputs = inputs
        self.inputType = inputType
        self.truncate = truncate
        self.embeddingTypes = embeddingTypes
        self.outputDimension = outputDimension
        self.maxTokens = maxTokens
    }
}
