/// The body of `GET /v1/models`: `{"object": "list", "data": [Model]}`.
///
/// ```swift
/// let list = ModelList(data: [Model(id: "amazon.nova-lite-v1:0", created: 0, ownedBy: "bedrock")])
/// let body = try JSONEncoder().encode(list)
/// ```
public struct ModelList: Codable, Sendable, Hashable {
    public var data: [Model]

    /// Always `"list"`.
    public var object: String { "list" }

    public init(data: [Model]) {
        self.data = data
    }

    enum CodingKeys: String, CodingKey {
        case object, data
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.data = try container.decode([Model].self, forKey: .data)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(object, forKey: .object)
        try container.encode(data, forKey: .data)
    }
}
