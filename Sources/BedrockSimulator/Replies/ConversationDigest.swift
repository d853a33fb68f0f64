import GatewayCore

/// What the reply planner needs to know about a conversation, taken from a Converse request or
/// an Anthropic Messages body: the text to answer, tools, limits and input size.
struct ConversationDigest: Sendable {
    /// Text of the last user turn (text blocks joined by newlines).
    var lastUserText = ""
    /// Text of the tool results in the last user turn, when it answers tool calls.
    var toolResultTexts: [String] = []
    var tools: [ToolDescriptor] = []
    var toolChoice: RequestedToolChoice = .auto
    /// Input tokens, cached prefix included.
    var inputTokens = 0
    var cachePrefix: CachePrefix?
    var maxTokens: Int?
    var stopSequences: [String] = []
    /// The request turns reasoning on (Claude `thinking`, gpt-oss `reasoning_effort`, Nova
    /// `reasoningConfig`).
    var reasoningRequested = false
    /// A hash of the whole input, seeding every derived value of the reply.
    var seed: UInt64 = 0
}
