/// One entry of `GET /v1/models`: `{"id", "object": "model", "created", "owned_by"}`.
///
/// ```swift
/// let model = Model(id: "anthropic.claude-3-haiku-20240307-v1:0", created: 1_709_251_200,
///                   ownedBy: "bedrock")
/// ```
public struct Model: Codable, Sendable, Hashable {
    public var id: String
    /// Unix time in seconds.
    public var created: Int
    public var ownedBy: String

    /// Always `"model"`.
    public var object: String { "model" }

    public init(id: String, created: Int, ownedBy: String) {
        self.id = id
        self.created = created
        self.ownedBy = ownedBy
    }

    enum CodingKeys: String, CodingKey {
        case id, object, created
        case ownedBy = "owned_by"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.created = try container.decode(Int.self, forKey: .created)
        self.ownedBy = try container.decode(String.self, forKey: .ownedBy)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(object, forKey: .object)
        try container.encode(created, forKey: .created)
        try container.encode(ownedBy, forKey: .ownedBy)
    }
}
