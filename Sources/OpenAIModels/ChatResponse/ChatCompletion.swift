/// The body of a non-streamed `POST /v1/chat/completions` answer (`"object": "chat.completion"`).
///
/// ```swift
/// let completion = ChatCompletion(id: "chatcmpl-1", created: 1_741_569_952, model: "m",
///     choices: [.init(index: 0, message: .init(content: "Hi"), finishReason: .stop)],
///     usage: CompletionUsage(promptTokens: 5, completionTokens: 1))
/// ```
public struct ChatCompletion: Codable, Sendable, Hashable {
    public var id: String
    /// Unix time in seconds.
    public var created: Int
    public var model: String
    public var choices: [ChatCompletionChoice]
    public var usage: CompletionUsage?
    public var systemFingerprint: String?
    public var serviceTier: String?

    /// Always `"chat.completion"`.
    public var object: String { "chat.completion" }

    public init(
        id: String,
        created: Int,
        model: String,
        choices: [ChatCompletionChoice],
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
        self.choices = try container.decode([ChatCompletionChoice].self, forKey: .choices)
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
