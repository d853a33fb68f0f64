/// Which shape a Cohere Embed response's `embeddings` has (`response_type`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// if response.responseType == .embeddingsByType { … }
/// ```
public struct CohereEmbedResponseType: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let embeddingsFloats: Self = "embeddings_floats"
    public static let embeddingsByType: Self = "embeddings_by_type"
}
