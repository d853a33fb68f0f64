/// One embedding of an ``EmbeddingResponse``: `{"object": "embedding", "index", "embedding"}`.
///
/// ```swift
/// let item = Embedding(index: 0, embedding: .floats([0.1, 0.2]))
/// ```
public struct Embedding: Codable, Sendable, Hashable {
    /// The position of the input this embedding belongs to.
    public var index: Int
    public var embedding: EmbeddingVector

    /// Always `"embedding"`.
    public var object: String { "embedding" }

    public init(index: Int, embedding: EmbeddingVector) {
        self.index = index
        self.embedding = embedding
    }

    enum CodingKeys: String, CodingKey {
        case object, index, embedding
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.index = try container.decode(Int.self, forKey: .index)
        self.embedding = try container.decode(EmbeddingVector.self, forKey: .embedding)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(object, forKey: .object)
        try container.encode(index, forKey: .index)
        try container.encode(embedding, forKey: .embedding)
    }
}
