/// InvokeModel response of Cohere Embed v3 and v4.
///
/// Without `embedding_types`, v3 answers `response_type: embeddings_floats` with a plain list of
/// vectors; with them (and always for v4), `embeddings_by_type` with vectors keyed by encoding.
///
/// ```swift
/// let response = try BedrockJSONDecoder().decode(CohereEmbedResponse.self, from: body)
/// let vectors = response.embeddings.floats // [[Double]]?, whichever shape came back
/// ```
public struct CohereEmbedResponse: Codable, Hashable, Sendable {
    public var id: String
    public var embeddings: CohereEmbeddings
    /// The embedded texts, echoed.
    public var texts: [String]?
    /// Descriptions of embedded images, kept as raw JSON.
    public var images: JSONValue?
    public var responseType: CohereEmbedResponseType?

    enum CodingKeys: String, CodingKey {
        case id
        case embeddings
        case texts
        case images
        case responseType = "response_type"
    }

    public init(
        id: String, embeddings: CohereEmbeddings, texts: [String]? = nil, images: JSONValue? = nil,
        responseType: CohereEmbedResponseType? = nil
    ) {
        self.id = id
        self.embeddings = embeddings
        self.texts = texts
        self.images = images
        self.responseType = responseType
    }
}
