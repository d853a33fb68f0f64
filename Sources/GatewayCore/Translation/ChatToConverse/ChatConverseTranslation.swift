/// One run of the chat → Converse translation: the steps of ``ChatToConverse`` in order, with
/// the state they share (tool ids, document names, turns). The rules themselves are documented
/// on ``ChatToConverse``.
///
/// ```swift
/// var translation = ChatConverseTranslation(request: request, model: model, options: options,
///                                           media: FetchedMedia(), streaming: false)
/// let body = try translation.run().request
/// ```
struct ChatConverseTranslation: Sendable {
    struct Result: Sendable {
        var request: ConverseRequest
        var guardrailStreamProcessingMode: ConverseGuardrailStreamProcessingMode?
    }

    let request: ChatCompletionRequest
    let model: ResolvedModel
    let options: TranslationOptions
    let streaming: Bool
    private var content: UserContentTranslator
    private var registry = ToolCallRegistry()
    private var systemTexts: [String] = []
    private var turns: [ConverseMessage] = []

    init(
        request: ChatCompletionRequest, model: ResolvedModel, options: TranslationOptions, media: FetchedMedia,
        streaming: Bool
    ) {
        self.request = request
        self.model = model
        self.options = options
        self.streaming = streaming
        self.content = UserContentTranslator(model: model, options: options, media: media)
    }

    private var capabilities: ModelCapabilities { model.profile.capabilities }
    private var quirks: ModelQuirks { model.profile.quirks }

    mutating func run() throws(TranslationError) -> Result {
        if let n = request.n, n > 1 {
            throw TranslationError(
                param: "n", message: "Bedrock returns a single choice; n must be 1.", code: "unsupported_parameter")
        }
        let control = try GatewayControlFields(
            extraFields: request.extraFields, passThrough: options.passThroughExtraFields)
        let tools = try ToolPlan(request: request, model: model, streaming: streaming)

        for (index, message) in request.messages.enumerated() {
            try translate(message, at: index, historyMode: tools.historyMode)
        }
        if let call = registry.unansweredToolCalls.first {
            throw TranslationError(
                param: call.param,
                message: "An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'.",
                code: "invalid_value")
        }
        finalizeTurns()

        // Reasoning, then the additional model fields (extra fields win over the mapping).
        let lastAssistantUsesTools = turns.last(where: { $0.role == .assistant })?.content.contains {
            if case .toolUse = $0 { true } else { false }
        } ?? false
        let reasoning = ReasoningPlan(
            effort: request.reasoningEffort, style: capabilities.reasoning, maxTokens: request.effectiveMaxTokens,
            modelMaxOutput: quirks.maxOutputTokens, thinkingAllowed: !lastAssistantUsesTools)
        var mapped = reasoning.fields
        var fields = JSONValue.object(mapped).deepMerged(with: .object(control.passThrough)).objectValue ?? [:]
        let thinking = ReasoningPlan.anthropicThinkingEnabled(in: fields)
        let toolSetup = tools.configuration(thinking: thinking, capabilities: capabilities)
        mapped.merge(toolSetup.additionalFields) { current, _ in current }
        fields = JSONValue.object(mapped).deepMerged(with: .object(control.passThrough)).objectValue ?? [:]
        if thinking { fields["top_k"] = nil }

        try checkPrefill(thinking: thinking)

        // System prompt: client text, then the response-format instruction.
        let format = try ResponseFormatInstruction(request.responseFormat, structuredOutput: capabilities.structuredOutput)
        var systemTexts = self.systemTexts
        if let instruction = format.systemInstruction { systemTexts.append(instruction) }
        var system: [ConverseSystemContentBlock] = []
        if capabilities.systemPrompt {
            system = systemTexts.map { .text($0) }
        } else if !systemTexts.isEmpty {
            let folded = systemTexts.map { ConverseContentBlock.text($0) }
            if turns.first?.role == .user {
                turns[0].content = folded + turns[0].content
            } else {
                turns.insert(ConverseMessage(role: .user, content: folded), at: 0)
            }
        }
        if turns.first?.role != .user {
            turns.insert(ConverseMessage(role: .user, content: [.text(ChatToConverse.conversationStartText)]), at: 0)
        }

        if control.promptCaching ?? options.enablePromptCaching, capabilities.promptCaching {
            if !system.isEmpty { system.append(.cachePoint(ConverseCachePointBlock())) }
            if let last = turns.lastIndex(where: { $0.role == .user }) {
                turns[last].content.append(.cachePoint(ConverseCachePointBlock()))
            }
        }

        let inference = inferenceConfiguration(reasoning: reasoning, fields: fields, thinking: thinking)
        let converse = ConverseRequest(
            messages: turns,
            system: system.isEmpty ? nil : system,
            inferenceConfig: inference,
            toolConfig: toolSetup.config,
            guardrailConfig: control.guardrail,
            additionalModelRequestFields: fields.isEmpty ? nil : .object(fields),
            additionalModelResponseFieldPaths: control.responseFieldPaths,
            requestMetadata: control.requestMetadata
                ?? RequestMetadataRules.implicitMetadata(metadata: request.metadata, user: request.user),
            performanceConfig: control.performance,
            serviceTier: try serviceTier(),
            outputConfig: format.outputConfig)
        return Result(request: converse, guardrailStreamProcessingMode: control.guardrailStreamProcessingMode)
    }

    // MARK: Messages

    private mutating func translate(
        _ message: ChatMessage, at index: Int, historyMode: ToolPlan.HistoryMode
    ) throws(TranslationError) {
        switch message.role {
        case .system, .developer:
            systemTexts += TextBlocks.texts(of: message.content)
        case .user:
            append(try content.blocks(for: message.content, messageIndex: index), as: .user)
        case .assistant:
            append(try assistantBlocks(message, at: index, historyMode: historyMode), as: .assistant)
        case .tool:
            let callID = message.toolCallID ?? ""
            guard let call = registry.answerToolCall(id: callID) else {
                throw TranslationError(
                    param: "messages[\(index)].tool_call_id",
                    message: "No earlier assistant tool call has the id '\(callID)'.", code: "invalid_value")
            }
            append([toolResult(for: call, content: message.content, historyMode: historyMode)], as: .user)
        case .function:
            let name = message.name ?? ""
            guard let call = registry.answerFunctionCall(name: name) else {
                throw TranslationError(
                    param: "messages[\(index)].name",
                    message: "No earlier assistant function_call calls the function '\(name)'.", code: "invalid_value")
            }
            append([toolResult(for: call, content: message.content, historyMode: historyMode)], as: .user)
        }
    }

    private mutating func assistantBlocks(
        _ message: ChatMessage, at index: Int, historyMode: ToolPlan.HistoryMode
    ) throws(TranslationError) -> [ConverseContentBlock] {
        // reasoning_content is dropped: Bedrock takes earlier reasoning back only with the
        // model's signature, which OpenAI messages do not carry.
        var texts = TextBlocks.texts(of: message.content)
        if texts.isEmpty, let refusal = message.refusal, !TextBlocks.isBlank(refusal) { texts = [refusal] }
        var blocks = texts.map { ConverseContentBlock.text($0) }
        for (callIndex, call) in (message.toolCalls ?? []).enumerated() {
            let param = "messages[\(index)].tool_calls[\(callIndex)]"
            let input = try Self.arguments(of: call.function, param: "\(param).function.arguments")
            let id = registry.registerToolCall(id: call.id, name: call.function.name, param: param)
            blocks.append(Self.toolUse(id: id, function: call.function, input: input, historyMode: historyMode))
        }
        if let function = message.functionCall {
            let param = "messages[\(index)].function_call"
            let input = try Self.arguments(of: function, param: "\(param).arguments")
            let id = registry.registerFunctionCall(name: function.name, messageIndex: index, param: param)
            blocks.append(Self.toolUse(id: id, function: function, input: input, historyMode: historyMode))
        }
        return blocks
    }

    private static func arguments(of function: FunctionCall, param: String) throws(TranslationError) -> JSONValue {
        let parsed: JSONValue
        do {
            parsed = try function.parsedArguments()
        } catch {
            throw TranslationError(param: param, message: "The function arguments are not valid JSON.", code: "invalid_value")
        }
        guard case .object = parsed else {
            throw TranslationError(param: param, message: "The function arguments must be a JSON object.", code: "invalid_value")
        }
        return parsed
    }

    private static func toolUse(
        id: String, function: FunctionCall, input: JSONValue, historyMode: ToolPlan.HistoryMode
    ) -> ConverseContentBlock {
        switch historyMode {
        case .structured:
            return .toolUse(ConverseToolUseBlock(toolUseId: id, name: historyToolName(function.name), input: input))
        case .text:
            let arguments = TextBlocks.isBlank(function.arguments) ? "{}" : function.arguments
            return .text("Called tool \(function.name) (call id \(id)) with arguments: \(arguments)")
        }
    }

    private func toolResult(
        for call: ToolCallRegistry.Call, content: ChatMessageContent?, historyMode: ToolPlan.HistoryMode
    ) -> ConverseContentBlock {
        let texts = TextBlocks.texts(of: content)
        switch historyMode {
        case .structured:
            let blocks = texts.isEmpty ? [ChatToConverse.emptyToolResultText] : texts
            return .toolResult(ConverseToolResultBlock(toolUseId: call.bedrockID, content: blocks.map { .text($0) }))
        case .text:
            let result = texts.isEmpty ? ChatToConverse.emptyToolResultText : texts.joined(separator: "\n")
            return .text("Result of tool \(call.name) (call id \(call.bedrockID)):\n\(result)")
        }
    }

    /// Names in history that Bedrock's `ToolName` would reject (the client never offered such
    /// a tool) are made valid the same way ids are.
    private static func historyToolName(_ name: String) -> String {
        ToolPlan.isValidToolName(name) ? name : ToolCallRegistry.sanitize(name)
    }

    /// Adds blocks to the conversation, merging them into the last turn when it has the same role.
    private mutating func append(_ blocks: [ConverseContentBlock], as role: ConverseRole) {
        guard !blocks.isEmpty else { return }
        if let last = turns.indices.last, turns[last].role == role {
            turns[last].content += blocks
        } else {
            turns.append(ConverseMessage(role: role, content: blocks))
        }
    }

    /// Tool results first in each user turn; a text block next to documents.
    private mutating func finalizeTurns() {
        for index in turns.indices where turns[index].role == .user {
            var results: [ConverseContentBlock] = []
            var others: [ConverseContentBlock] = []
            var hasDocument = false
            var hasText = false
            for block in turns[index].content {
                switch block {
                case .toolResult: results.append(block)
                case .document: hasDocument = true; others.append(block)
                case .text: hasText = true; others.append(block)
                default: others.append(block)
                }
            }
            if hasDocument, !hasText { others.append(.text(ChatToConverse.documentReferenceText)) }
            turns[index].content = results + others
        }
    }

    private mutating func checkPrefill(thinking: Bool) throws(TranslationError) {
        guard let last = turns.indices.last, turns[last].role == .assistant else { return }
        if !quirks.assistantPrefill {
            throw TranslationError(
                param: "messages",
                message: "The model '\(model.requestedID)' does not accept a conversation that ends with an assistant message (prefill); end it with a user or tool message.",
                code: "invalid_value")
        }
        if thinking {
            throw TranslationError(
                param: "messages",
                message: "A conversation ending with an assistant message (prefill) cannot be combined with extended thinking (reasoning_effort); end it with a user or tool message.",
                code: "invalid_value")
        }
        // Claude rejects a final assistant text that ends with whitespace.
        if let textIndex = turns[last].content.indices.last, case .text(let text) = turns[last].content[textIndex] {
            var trimmed = text
            while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
            turns[last].content[textIndex] = .text(trimmed)
        }
    }

    // MARK: Parameters

    private func inferenceConfiguration(
        reasoning: ReasoningPlan, fields: [String: JSONValue], thinking: Bool
    ) -> ConverseInferenceConfiguration? {
        var config = ConverseInferenceConfiguration(
            maxTokens: request.effectiveMaxTokens,
            temperature: request.temperature.map { min(max($0, 0), 1) },
            topP: request.topP.map { min(max($0, 0), 1) },
            stopSequences: request.stop.map { $0.filter { !$0.isEmpty } }.flatMap { $0.isEmpty ? nil : $0 })
        if thinking {
            if let maxTokens = reasoning.maxTokens { config.maxTokens = maxTokens }
            config.temperature = nil
            if let topP = config.topP, topP < 0.95 { config.topP = nil }
        }
        if let effort = ReasoningPlan.novaReasoningEffort(in: fields) {
            config.temperature = nil
            config.topP = nil
            if effort == "high" { config.maxTokens = nil }
        }
        if quirks.temperatureAndTopPExclusive, config.temperature != nil, config.topP != nil {
            config.topP = nil
        }
        return config == ConverseInferenceConfiguration() ? nil : config
    }

    private func serviceTier() throws(TranslationError) -> ConverseServiceTier? {
        switch request.serviceTier {
        case nil, "auto", "scale": return nil
        case "default": return ConverseServiceTier(type: .default)
        case "flex": return ConverseServiceTier(type: .flex)
        case "priority": return ConverseServiceTier(type: .priority)
        case "reserved": return ConverseServiceTier(type: .reserved)
        case let other?:
            throw TranslationError(
                param: "service_tier",
                message: "Unsupported service_tier '\(other)'; Bedrock offers 'default', 'flex', 'priority' and 'reserved' (or 'auto').",
                code: "invalid_value")
        }
    }
}
