/// The body of a `POST /v1/embeddings` answer: `{"object": "list", "data", "model", "usage"}`.
///
/// ```swift
/// let response = EmbeddingResponse(data: [Embedding(index: 0, embedding: .floats(vector))],
///     model: "amazon.titan-embed-text-v2:0", usage: EmbeddingUsage(promptTokens: 5))
/// ```
public struct EmbeddingResponse: Codable, Sendable, Hashable {
    public var data: [Embedding]
    public var model: String
    public var usage: EmbeddingUsage

    /// Always `"list"`.
    public var object: String { "list" }

    public init(data: [Embedding], model: String, usage: EmbeddingUsage) {
        self.data = data
        self.model = model
        self.usage = usage
    }

    enum CodingKeys: String, CodingKey {
        case object, data, model, usage
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.data = try container.decode([Embedding].self, forKey: .data)
        self.model = try container.decode(String.self, forKey: .model)
        self.usage = try container.decode(EmbeddingUsage.self, forKey: .usage)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(object, forKey: .object)
        try container.encode(data, forKey: .data)
        try container.encode(model, forKey: .model)
        try container.encode(usage, forKey: .usage)
    }
}
