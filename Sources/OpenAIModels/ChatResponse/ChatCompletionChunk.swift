/// One server-sent event of a streamed answer (`"object": "chat.completion.chunk"`).
///
/// Every chunk of a stream has the same `id`, `created` and `model`. With
/// `stream_options.include_usage`, the last chunk has `choices: []` and the `usage`.
///
/// ```swift
/// let chunk = ChatCompletionChunk(id: "chatcmpl-1", created: 1_694_268_190, model: "m",
///     choices: [.init(index: 0, delta: .init(content: "Hi"))])
/// let line = "data: " + String(decoding: try JSONEncoder().encode(chunk), as: UTF8.self)
/// ```
public struct ChatCompletionChunk: Codable, Sendable, Hashable {
    public var id: String
    /// Unix time in seconds; the same for every chunk of a stream.
    public var created: Int
    public var model: String
    public var choices: [ChatCompletionChunkChoice]
    /// Present on the final usage chunk only; omitted otherwise.
    public var usage: CompletionUsage?
    public var systemFingerprint: String?
    public var serviceTier: String?

    /// Always `"chat.completion.chunk"`.
    public var object: String { "chat.completion.chunk" }

    public init(
        id: String,
        created: Int,
        model: String,
        choices: [ChatCompletionChunkChoice],
        usage: CompletionUsage? = nil,
        systemFingerprint: String? = nil,
        serviceTier: String? = nil
    ) {
        self.id = id
        self.created = created
        self.model = model
        self.choices = choices
        self.usage = usage
        self.systemFingerprint = systemFingerprint
        self.serviceTier = serviceTier
    }

    enum CodingKeys: String, CodingKey {
        case id, object, created, model, choices, usage
        case systemFingerprint = "system_fingerprint"
        case serviceTier = "service_tier"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.created = try container.decode(Int.self, forKey: .created)
        self.model = try container.decode(String.self, forKey: .model)
        self.choices = try container.decode([ChatCompletionChunkChoice].self, forKey: .choices)
        self.usage = try container.decodeIfPresent(CompletionUsage.self, forKey: .usage)
        self.systemFingerprint = try container.decodeIfPresent(String.self, forKey: .systemFingerprint)
        self.serviceTier = try container.decodeIfPresent(String.self, forKey: .serviceTier)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(object, forKey: .object)
        try container.encode(created, forKey: .created)
        try container.encode(model, forKey: .model)
        try container.encode(choices, forKey: .choices)
        try container.encodeIfPresent(usage, forKey: .usage)
        try container.encodeIfPresent(systemFingerprint, forKey: .systemFingerprint)
        try container.encodeIfPresent(serviceTier, forKey: .serviceTier)
    }
}
