/// What a model accepts through the Converse API, per the Bedrock user guide's
/// "Supported models and model features" table and each provider's model card.
///
/// ```swift
/// let caps = ModelProfile.lookup("amazon.nova-micro-v1:0").capabilities
/// caps.vision        // false
/// caps.toolUse       // true
/// ```
public struct ModelCapabilities: Sendable, Hashable {
    /// Accepts a `system` prompt. When false, system text is prepended to the first user turn.
    public var systemPrompt: Bool
    /// Accepts image content blocks.
    public var vision: Bool
    /// Accepts document content blocks.
    public var documents: Bool
    /// Accepts `toolConfig`.
    public var toolUse: Bool
    /// Supports tool use while streaming.
    public var streamingToolUse: Bool
    /// Supports `toolChoice.any` (OpenAI `tool_choice: "required"`).
    public var toolChoiceAny: Bool
    /// Supports `toolChoice.tool` (OpenAI `tool_choice: {"type": "function", …}`).
    public var toolChoiceTool: Bool
    /// Supports `cachePoint` blocks (prompt caching).
    public var promptCaching: Bool
    /// Supports `outputConfig.textFormat` (structured output with a JSON schema).
    public var structuredOutput: Bool
    /// How reasoning is requested, if at all.
    public var reasoning: ReasoningStyle
    /// Accepts Anthropic's `tool_choice.disable_parallel_tool_use` through
    /// `additionalModelRequestFields` (OpenAI `parallel_tool_calls: false`). Converse itself has
    /// no such setting; Bedrock merges the Anthropic field into the Claude request.
    public var disableParallelToolUse: Bool

    public init(
        systemPrompt: Bool = true, vision: Bool = false, documents: Bool = false,
        toolUse: Bool = false, streamingToolUse: Bool = false, toolChoiceAny: Bool = false,
        toolChoiceTool: Bool = false, promptCaching: Bool = false, structuredOutput: Bool = false,
        reasoning: ReasoningStyle = .unsupported, disableParallelToolUse: Bool = false
    ) {
        self.systemPrompt = systemPrompt
        self.vision = vision
        self.documents = documents
        self.toolUse = toolUse
        self.streamingToolUse = streamingToolUse
        self.toolChoiceAny = toolChoiceAny
        self.toolChoiceTool = toolChoiceTool
        self.promptCaching = promptCaching
        self.structuredOutput = structuredOutput
        self.reasoning = reasoning
        self.disableParallelToolUse = disableParallelToolUse
    }
}
