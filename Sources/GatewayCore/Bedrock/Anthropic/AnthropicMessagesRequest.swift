/// The InvokeModel body for Anthropic Claude models on Bedrock (the Messages API).
///
/// Differs from Anthropic's own API: there is no `model` member (the model is in the URI,
/// `POST /model/{modelId}/invoke`), `anthropic_version` must be `bedrock-2023-05-31`, and beta
/// features are requested with `anthropic_beta` in the body instead of a header.
///
/// ```swift
/// let request = AnthropicMessagesRequest(maxTokens: 1024, messages: [AnthropicMessage(role: .user, content: .text("Hi"))])
/// let body = try BedrockJSONEncoder().encode(request)
/// ```
public struct AnthropicMessagesRequest: Codable, Hashable, Sendable {
    /// The only `anthropic_version` Bedrock accepts for the Messages API.
    public static let bedrockAnthropicVersion = "bedrock-2023-05-31"

    public var anthropicVersion: String
    public var maxTokens: Int
    public var messages: [AnthropicMessage]
    public var system: AnthropicSystemPrompt?
    public var temperature: Double?
    public var topP: Double?
    public var topK: Int?
    public var stopSequences: [String]?
    public var tools: [AnthropicTool]?
    public var toolChoice: AnthropicToolChoice?
    public var thinking: AnthropicThinkingConfig?
    public var anthropicBeta: [String]?
    public var metadata: AnthropicMetadata?

    enum CodingKeys: String, CodingKey {
        case anthropicVersion = "anthropic_version"
        case maxTokens = "max_tokens"
        case messages
        case system
        case temperature
        case topP = "top_p"
        case topK = "top_k"
        case stopSequences = "stop_sequences"
        case tools
        case toolChoice = "tool_choice"
        case thinking
        case anthropicBeta = "anthropic_beta"
        case metadata
    }

    public init(
        anthropicVersion: String = AnthropicMessagesRequest.bedrockAnthropicVersion,
        maxTokens: Int,
        messages: [AnthropicMessage],
        system: AnthropicSystemPrompt? = nil,
        temperature: Double? = nil,
        topP: Double? = nil,
        topK: Int? = nil,
        stopSequences: [String]? = nil,
        tools: [AnthropicTool]? = nil,
        toolChoice: AnthropicToolChoice? = nil,
        thinking: AnthropicThinkingConfig? = nil,
        anthropicBeta: [String]? = nil,
        metadata: AnthropicMetadata? = nil
    ) {
        self.anthropicVersion = anthropicVersion
        self.maxTokens = maxTokens
        self.messages = messages
        self.system = system
        self.temperature = temperature
        self.topP = topP
        self.topK = topK
        self.stopSequences = stopSequences
        self.tools = tools
        self.toolChoice = toolChoice
        self.thinking = thinking
        self.anthropicBeta = anthropicBeta
        self.metadata = metadata
    }
}
