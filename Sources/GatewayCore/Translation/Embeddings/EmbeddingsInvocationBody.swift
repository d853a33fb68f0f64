import Foundation

/// The InvokeModel body of one embeddings call, in the dialect of the model's family.
///
/// Kept typed so tests and logs can inspect it; the transport sends ``encoded()``.
///
/// ```swift
/// let body = EmbeddingsInvocationBody.titanTextV2(TitanTextEmbeddingsV2Request(inputText: "hi", normalize: true))
/// let bytes = try body.encoded()   // {"inputText":"hi","normalize":true}
/// ```
public enum EmbeddingsInvocationBody: Sendable, Hashable {
    case titanTextV1(TitanTextEmbeddingsV1Request)
    case titanTextV2(TitanTextEmbeddingsV2Request)
    /// Cohere Embed v3 and v4 share one request type.
    case cohere(CohereEmbedRequest)
    case nova(NovaEmbeddingRequest)

    /// The JSON bytes for the InvokeModel body (`Content-Type: application/json`).
    public func encoded() throws -> Data {
        let encoder = BedrockJSONEncoder()
        switch self {
        case .titanTextV1(let request): return try encoder.encode(request)
        case .titanTextV2(let request): return try encoder.encode(request)
        case .cohere(let request): return try encoder.encode(request)
        case .nova(let request): return try encoder.encode(request)
        }
    }
}
