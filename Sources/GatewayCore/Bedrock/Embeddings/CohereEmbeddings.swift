/// The `embeddings` of a Cohere Embed response: a list of float vectors, or vectors by encoding.
///
/// ```swift
/// switch response.embeddings {
/// case .floats(let vectors): use(vectors)
/// case .byType(let byType): use(byType.float ?? [])
/// }
/// ```
public enum CohereEmbeddings: Codable, Hashable, Sendable {
    /// `embeddings_floats`: one float vector per input.
    case floats([[Double]])
    /// `embeddings_by_type`: vectors keyed by encoding.
    case byType(CohereEmbeddingsByType)

    /// The float vectors, whichever shape the response has.
    public var floats: [[Double]]? {
        switch self {
        case .floats(let vectors): vectors
        case .byType(let byType): byType.float
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let vectors = try? container.decode([[Double]].self) {
            self = .floats(vectors)
        } else {
            self = .byType(try container.decode(CohereEmbeddingsByType.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .floats(let vectors): try container.encode(vectors)
        case .byType(let byType): try container.encode(byType)
        }
    }
}
