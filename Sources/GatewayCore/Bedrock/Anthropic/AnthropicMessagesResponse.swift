/// The InvokeModel response body of an Anthropic Claude model (a Messages API `message`), also
/// the `message` of a `message_start` stream event.
///
/// `stop_reason` and `stop_sequence` are written as explicit `null`s when unset, as Anthropic does.
///
/// ```swift
/// let response = try BedrockJSONDecoder().decode(AnthropicMessagesResponse.self, from: body)
/// print(response.stopReason ?? .endTurn, response.usage.outputTokens)
/// ```
public struct AnthropicMessagesResponse: Codable, Hashable, Sendable {
    public var id: String
    /// Always `message`.
    public var type: String
    public var role: AnthropicRole
    public var content: [AnthropicContentBlock]
    public var model: String
    public var stopReason: AnthropicStopReason?
    public var stopSequence: String?
    public var usage: AnthropicUsage

    enum CodingKeys: String, CodingKey {
        case id
        case type
        case role
        case content
        case model
        case stopReason = "stop_reason"
        case stopSequence = "stop_sequence"
        case usage
    }

    public init(
        id: String, type: String = "message", role: AnthropicRole = .assistant, content: [AnthropicContentBlock],
        model: String, stopReason: AnthropicStopReason?, stopSequence: String? = nil, usage: AnthropicUsage
    ) {
        self.id = id
        self.type = type
        self.role = role
        self.content = content
        self.model = model
        self.stopReason = stopReason
        self.stopSequence = stopSequence
        self.usage = usage
    }

    // `message_start` events in the Anthropic streaming docs may omit `usage`; it then counts as zero.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        type = try container.decodeIfPresent(String.self, forKey: .type) ?? "message"
        role = try container.decodeIfPresent(AnthropicRole.self, forKey: .role) ?? .assistant
        content = try container.decodeIfPresent([AnthropicContentBlock].self, forKey: .content) ?? []
        model = try container.decodeIfPresent(String.self, forKey: .model) ?? ""
        stopReason = try container.decodeIfPresent(AnthropicStopReason.self, forKey: .stopReason)
        stopSequence = try container.decodeIfPresent(String.self, forKey: .stopSequence)
        usage = try container.decodeIfPresent(AnthropicUsage.self, forKey: .usage)
            ?? AnthropicUsage(inputTokens: 0, outputTokens: 0)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(role, forKey: .role)
        try container.encode(content, forKey: .content)
        try container.encode(model, forKey: .model)
        try container.encode(stopReason, forKey: .stopReason)
        try container.encode(stopSequence, forKey: .stopSequence)
        try container.encode(usage, forKey: .usage)
    }
}
