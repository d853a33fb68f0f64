import GatewayCore

/// The checks Bedrock (and the model behind it) applies to a Converse request after the schema:
/// conversation shape, tool blocks, per-model feature support and Claude's thinking limits.
/// Messages follow Bedrock's wording (or Anthropic's, where Bedrock passes the model's through).
enum ConverseRules {
    static func check(
        _ request: ConverseStreamRequest, target: InvocationTarget, streaming: Bool
    ) throws(SimulatedError) {
        let profile = target.profile
        let messages = request.messages ?? []
        try checkConversationShape(messages, profile: profile)
        try checkBlocks(messages, system: request.system ?? [], profile: profile)
        try checkTools(request, messages: messages, profile: profile, streaming: streaming)
        try checkCaching(request, profile: profile)
        try checkInference(request, target: target)
    }

    static func checkConversationShape(_ messages: [ConverseMessage], profile: ModelProfile) throws(SimulatedError) {
        guard let first = messages.first, first.role == .user else {
            throw .validation(
                "A conversation must start with a user message. Try again with a conversation that starts with a user message.")
        }
        for (previous, next) in zip(messages, messages.dropFirst()) where previous.role == next.role {
            throw .validation(
                "A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again."
            )
        }
        if messages.last?.role == .assistant, !profile.quirks.assistantPrefill {
            throw .validation(
                "This model doesn't support an assistant message as the last turn of the conversation. End the conversation with a user message and try again."
            )
        }
    }

    static func checkBlocks(
        _ messages: [ConverseMessage], system: [ConverseSystemContentBlock], profile: ModelProfile
    ) throws(SimulatedError) {
        let capabilities = profile.capabilities
        if !system.isEmpty, !capabilities.systemPrompt {
            throw .validation("This model doesn't support system messages. Remove the system field and try again.")
        }
        for (index, block) in system.enumerated() {
            if case .text(let text) = block, text.allSatisfy(\.isWhitespace) {
                throw .validation(
                    "The text field in the SystemContentBlock object at system.\(index) is blank. Add text to the text field, and try again."
                )
            }
        }
        for (messageIndex, message) in messages.enumerated() {
            if message.content.isEmpty {
                throw .validation(
                    "The content field in the Message object at messages.\(messageIndex) is empty. Add a ContentBlock object to the content field and try again."
                )
            }
            for (blockIndex, block) in message.content.enumerated() {
                switch block {
                case .text(let text) where text.allSatisfy(\.isWhitespace):
                    throw .validation(
                        "The text field in the ContentBlock object at messages.\(messageIndex).content.\(blockIndex) is blank. Add text to the text field, and try again."
                    )
                case .image where !capabilities.vision:
                    throw .validation("This model doesn't support the image content block that you provided.")
                case .document where !capabilities.documents:
                    throw .validation("This model doesn't support the document content block that you provided.")
                default:
                    break
                }
            }
        }
    }

    static func checkTools(
        _ request: ConverseStreamRequest, messages: [ConverseMessage], profile: ModelProfile, streaming: Bool
    ) throws(SimulatedError) {
        let capabilities = profile.capabilities
        if let toolConfig = request.toolConfig {
            guard capabilities.toolUse else { throw .validation("This model doesn't support tool use.") }
            if streaming, !capabilities.streamingToolUse {
                throw .validation("This model doesn't support tool use in streaming mode.")
            }
            switch toolConfig.toolChoice {
            case .any where !capabilities.toolChoiceAny:
                throw .validation(
                    "This model doesn't support the toolConfig.toolChoice.any field. Remove toolConfig.toolChoice.any and try again.")
            case .tool where !capabilities.toolChoiceTool:
                throw .validation(
                    "This model doesn't support the toolConfig.toolChoice.tool field. Remove toolConfig.toolChoice.tool and try again.")
            default: break
            }
        }
        var previousToolUseIDs: [String] = []
        for (messageIndex, message) in messages.enumerated() {
            var toolUseIDs: [String] = []
            var toolResultIDs: [String] = []
            for block in message.content {
                switch block {
                case .toolUse(let use): toolUseIDs.append(use.toolUseId)
                case .toolResult(let result): toolResultIDs.append(result.toolUseId)
                default: break
                }
            }
            if request.toolConfig == nil, !toolUseIDs.isEmpty || !toolResultIDs.isEmpty {
                throw .validation("The toolConfig field must be defined when using toolUse and toolResult content blocks.")
            }
            // Anthropic's rule, which Bedrock passes through: every toolResult answers a toolUse
            // of the turn just before, and every toolUse is answered in the turn just after.
            let unexpected = toolResultIDs.filter { !previousToolUseIDs.contains($0) }
            if !unexpected.isEmpty {
                throw .validation(
                    "messages.\(messageIndex).content: unexpected `tool_use_id` found in `tool_result` blocks: \(unexpected.joined(separator: ", ")). Each `tool_result` block must have a corresponding `tool_use` block in the previous message."
                )
            }
            if messageIndex > 0, !previousToolUseIDs.isEmpty {
                let unanswered = previousToolUseIDs.filter { !toolResultIDs.contains($0) }
                if !unanswered.isEmpty {
                    throw .validation(
                        "messages.\(messageIndex - 1): `tool_use` ids were found without `tool_result` blocks immediately after: \(unanswered.joined(separator: ", ")). Each `tool_use` block must have a corresponding `tool_result` block in the next message."
                    )
                }
            }
            previousToolUseIDs = toolUseIDs
        }
    }

    static func checkCaching(_ request: ConverseStreamRequest, profile: ModelProfile) throws(SimulatedError) {
        guard !profile.capabilities.promptCaching else { return }
        let inSystem = (request.system ?? []).contains { if case .cachePoint = $0 { true } else { false } }
        let inMessages = (request.messages ?? []).contains { message in
            message.content.contains { if case .cachePoint = $0 { true } else { false } }
        }
        let inTools = (request.toolConfig?.tools ?? []).contains { if case .cachePoint = $0 { true } else { false } }
        if inSystem || inMessages || inTools {
            throw .validation(
                "You invoked an unsupported model or your request did not allow prompt caching. See the documentation for more information."
            )
        }
    }

    static func checkInference(_ request: ConverseStreamRequest, target: InvocationTarget) throws(SimulatedError) {
        let profile = target.profile
        let inference = request.inferenceConfig
        if let maxTokens = inference?.maxTokens, let limit = profile.quirks.maxOutputTokens, maxTokens > limit {
            throw .validation(
                "The maximum tokens you requested exceeds the model limit of \(limit). Try again with a maximum tokens value that is lower than \(limit)."
            )
        }
        try checkSampling(
            temperature: inference?.temperature, topP: inference?.topP, maxTokens: inference?.maxTokens,
            thinking: request.additionalModelRequestFields?["thinking"],
            forcedToolChoice: {
                switch request.toolConfig?.toolChoice {
                case .any, .tool: true
                default: false
                }
            }(), target: target)
    }

    /// Sampling and thinking limits shared by Converse and the Anthropic invoke body.
    static func checkSampling(
        temperature: Double?, topP: Double?, maxTokens: Int?, thinking: JSONValue?, forcedToolChoice: Bool,
        target: InvocationTarget
    ) throws(SimulatedError) {
        let profile = target.profile
        if profile.quirks.temperatureAndTopPExclusive, temperature != nil, topP != nil {
            throw .validation("`temperature` and `top_p` cannot both be specified for this model. Please use only one.")
        }
        guard let thinking, thinking["type"]?.stringValue == "enabled" else { return }
        guard profile.capabilities.reasoning == .anthropicThinking else {
            if target.isAnthropic { throw .validation("thinking: Extra inputs are not permitted") }
            return
        }
        let budget = thinking["budget_tokens"]?.intValue ?? 0
        if budget < 1024 {
            throw .validation("thinking.enabled.budget_tokens: Input should be greater than or equal to 1024")
        }
        let effectiveMaxTokens = maxTokens ?? profile.quirks.maxOutputTokens ?? 4096
        if effectiveMaxTokens <= budget {
            throw .validation(
                "`max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size"
            )
        }
        if let temperature, temperature != 1 {
            throw .validation(
                "`temperature` may only be set to 1 when thinking is enabled. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#feature-compatibility"
            )
        }
        if let topP, topP < 0.95 {
            throw .validation(
                "`top_p` must be greater than or equal to 0.95 or unset when thinking is enabled. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#feature-compatibility"
            )
        }
        if forcedToolChoice {
            throw .validation("Thinking may not be enabled when tool_choice forces tool use.")
        }
    }
}
