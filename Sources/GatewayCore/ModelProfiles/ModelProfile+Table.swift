// The per-model table. Sources: the Bedrock user guide ("Supported models and model features"
// for Converse, "Prompt caching" supported models, "Extended thinking", each provider's
// inference-parameter page) and the Anthropic model overview for output limits.
// One line per family; the longest matching prefix wins (see ModelProfile.lookup).

extension ModelProfile {
    private static func claude(
        _ prefix: String, vision: Bool = true, caching: Bool, thinking: Bool,
        exclusiveSampling: Bool = false, structured: Bool = false, maxOutput: Int
    ) -> ModelProfile {
        ModelProfile(
            prefix: prefix,
            capabilities: ModelCapabilities(
                systemPrompt: true, vision: vision, documents: true, toolUse: true,
                streamingToolUse: true, toolChoiceAny: true, toolChoiceTool: true,
                promptCaching: caching, structuredOutput: structured,
                reasoning: thinking ? .anthropicThinking : .unsupported,
                disableParallelToolUse: true),
            quirks: ModelQuirks(
                temperatureAndTopPExclusive: exclusiveSampling, assistantPrefill: true,
                maxOutputTokens: maxOutput))
    }

    private static func nova(
        _ prefix: String, vision: Bool, reasoning: ReasoningStyle = .unsupported, maxOutput: Int
    ) -> ModelProfile {
        ModelProfile(
            prefix: prefix,
            capabilities: ModelCapabilities(
                systemPrompt: true, vision: vision, documents: vision, toolUse: true,
                streamingToolUse: true, toolChoiceAny: true, toolChoiceTool: true,
                promptCaching: true, structuredOutput: false, reasoning: reasoning),
            quirks: ModelQuirks(maxOutputTokens: maxOutput))
    }

    private static func chat(
        _ prefix: String, system: Bool = true, vision: Bool = false, documents: Bool = true,
        tools: Bool, streamingTools: Bool? = nil, toolChoiceAny: Bool = false,
        reasoning: ReasoningStyle = .unsupported, structured: Bool = false,
        prefill: Bool = true, maxOutput: Int? = nil, textToolResults: Bool = false
    ) -> ModelProfile {
        ModelProfile(
            prefix: prefix,
            capabilities: ModelCapabilities(
                systemPrompt: system, vision: vision, documents: documents, toolUse: tools,
                streamingToolUse: streamingTools ?? tools, toolChoiceAny: toolChoiceAny,
                toolChoiceTool: false, promptCaching: false, structuredOutput: structured,
                reasoning: reasoning),
            quirks: ModelQuirks(
                assistantPrefill: prefill, maxOutputTokens: maxOutput,
                toolResultTextOnly: textToolResults))
    }

    /// Every known model family. Order does not matter; prefixes decide.
    public static let table: [ModelProfile] = [
        // Anthropic
        ModelProfile(
            prefix: "anthropic.claude-v2",
            capabilities: ModelCapabilities(systemPrompt: true, documents: true),
            quirks: ModelQuirks(maxOutputTokens: 4096)),
        ModelProfile(
            prefix: "anthropic.claude-instant",
            capabilities: ModelCapabilities(systemPrompt: true, documents: true),
            quirks: ModelQuirks(maxOutputTokens: 4096)),
        claude("anthropic.claude-3-haiku", caching: false, thinking: false, maxOutput: 4096),
        claude("anthropic.claude-3-sonnet", caching: false, thinking: false, maxOutput: 4096),
        claude("anthropic.claude-3-opus", caching: false, thinking: false, maxOutput: 4096),
        claude("anthropic.claude-3-5-sonnet", caching: false, thinking: false, maxOutput: 8192),
        claude("anthropic.claude-3-5-haiku", vision: false, caching: true, thinking: false, maxOutput: 8192),
        claude("anthropic.claude-3-7-sonnet", caching: true, thinking: true, maxOutput: 64000),
        claude("anthropic.claude-sonnet-4-", caching: true, thinking: true, maxOutput: 64000),
        claude("anthropic.claude-opus-4-", caching: true, thinking: true, maxOutput: 32000),
        claude("anthropic.claude-opus-4-1", caching: true, thinking: true, exclusiveSampling: true, maxOutput: 32000),
        claude("anthropic.claude-sonnet-4-5", caching: true, thinking: true, exclusiveSampling: true, structured: true, maxOutput: 64000),
        claude("anthropic.claude-haiku-4-5", caching: true, thinking: true, exclusiveSampling: true, structured: true, maxOutput: 64000),
        claude("anthropic.claude-opus-4-5", caching: true, thinking: true, exclusiveSampling: true, structured: true, maxOutput: 64000),
        // Later Claude generations not listed above behave like the newest known one.
        claude("anthropic.claude-", caching: true, thinking: true, exclusiveSampling: true, structured: true, maxOutput: 64000),

        // Amazon
        nova("amazon.nova-micro", vision: false, maxOutput: 10000),
        nova("amazon.nova-lite", vision: true, maxOutput: 10000),
        nova("amazon.nova-pro", vision: true, maxOutput: 10000),
        nova("amazon.nova-premier", vision: true, maxOutput: 32000),
        nova("amazon.nova-2-lite", vision: true, reasoning: .novaReasoningConfig, maxOutput: 65000),
        chat("amazon.titan-text", system: false, tools: false, maxOutput: 8192),

        // Meta: Llama accepts only `auto` tool choice through Converse.
        chat("meta.llama3-", tools: false, maxOutput: 2048),
        chat("meta.llama3-1-", tools: true, streamingTools: false, maxOutput: 2048),
        chat("meta.llama3-2-1b", tools: false, maxOutput: 2048),
        chat("meta.llama3-2-3b", tools: false, maxOutput: 2048),
        chat("meta.llama3-2-11b", vision: true, tools: true, streamingTools: false, maxOutput: 2048),
        chat("meta.llama3-2-90b", vision: true, tools: true, streamingTools: false, maxOutput: 2048),
        chat("meta.llama3-3-", tools: true, streamingTools: false, maxOutput: 2048),
        chat("meta.llama4-", vision: true, tools: true, maxOutput: 8192),

        // Mistral AI: the early instruct models take no system prompt.
        chat("mistral.mistral-7b-instruct", system: false, tools: false, maxOutput: 8192),
        chat("mistral.mixtral-8x7b-instruct", system: false, tools: false, maxOutput: 4096),
        chat("mistral.mistral-small", tools: true, streamingTools: false, toolChoiceAny: true, maxOutput: 8192),
        chat("mistral.mistral-large", tools: true, streamingTools: false, toolChoiceAny: true, maxOutput: 8192),
        chat("mistral.pixtral-large", vision: true, tools: true, toolChoiceAny: true, maxOutput: 8192),
        chat("mistral.", tools: true, toolChoiceAny: true),

        // Cohere, AI21, Writer
        chat("cohere.command-text", system: false, tools: false, maxOutput: 4096),
        chat("cohere.command-light", system: false, tools: false, maxOutput: 4096),
        chat("cohere.command-r", tools: true, streamingTools: false, maxOutput: 4096),
        chat("ai21.jamba-instruct", documents: false, tools: false, maxOutput: 4096),
        chat("ai21.jamba-1-5", tools: true, maxOutput: 4096),
        chat("writer.palmyra-", tools: true),

        // DeepSeek: R1 always reasons, takes no tools and no assistant prefill.
        chat("deepseek.r1", tools: false, reasoning: .alwaysOn, prefill: false, maxOutput: 32768),
        chat("deepseek.", tools: true),

        // OpenAI open-weight models: reasoning effort is a model-specific request field.
        chat("openai.gpt-oss-", tools: true, reasoning: .openAIReasoningEffort, prefill: false),

        // Qwen
        chat("qwen.", tools: true),
    ]
}
