/// The InvokeModel body dialect of a Bedrock embedding model, found from its model id.
///
/// Accepts bare ids (`amazon.titan-embed-text-v2:0`), cross-region inference-profile ids
/// (`us.cohere.embed-v4:0`) and ARNs ending in either.
///
/// ```swift
/// switch BedrockEmbeddingFamily(modelId: "cohere.embed-english-v3") {
/// case .cohereEmbedV3?: body = try BedrockJSONEncoder().encode(CohereEmbedRequest(texts: texts, inputType: .searchDocument))
/// default: break
/// }
/// ```
public enum BedrockEmbeddingFamily: String, Sendable, Hashable, CaseIterable {
    /// `amazon.titan-embed-text-v1`: `TitanTextEmbeddingsV1Request` / `…V1Response`.
    case titanTextV1
    /// `amazon.titan-embed-text-v2:0`: `TitanTextEmbeddingsV2Request` / `…V2Response`.
    case titanTextV2
    /// `cohere.embed-english-v3`, `cohere.embed-multilingual-v3`: `CohereEmbedRequest` / `CohereEmbedResponse`.
    case cohereEmbedV3
    /// `cohere.embed-v4:0`: `CohereEmbedRequest` (with v4 members) / `CohereEmbedResponse`.
    case cohereEmbedV4
    /// `amazon.nova-2-multimodal-embeddings-v1:0`: `NovaEmbeddingRequest` / `NovaEmbeddingResponse`.
    case novaMultimodal

    public init?(modelId: String) {
        // The model name follows the last "/" of an ARN; a geo prefix ("us.", "eu.", "global.")
        // may precede the provider, so match on the provider-qualified name anywhere in it.
        let name = modelId.split(separator: "/").last.map(String.init) ?? modelId
        if name.contains("amazon.titan-embed-text-v1") {
            self = .titanTextV1
        } else if name.contains("amazon.titan-embed-text-v2") {
            self = .titanTextV2
        } else if name.contains("cohere.embed-english-v3") || name.contains("cohere.embed-multilingual-v3") {
            self = .cohereEmbedV3
        } else if name.contains("cohere.embed-v4") {
            self = .cohereEmbedV4
        } else if name.contains("amazon.nova-2-multimodal-embeddings") {
            self = .novaMultimodal
        } else {
            return nil
        }
    }
}
