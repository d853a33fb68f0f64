/// Translates an OpenAI chat request into the InvokeModel body of an Anthropic Claude model: the
/// Messages API as Bedrock takes it (`anthropic_version: bedrock-2023-05-31`, no `model` member).
///
/// The rules, each explained where it is implemented:
/// - `max_tokens` is required by Anthropic: `max_completion_tokens ?? max_tokens ??` the model's
///   output limit `?? 4096` (``defaultMaxTokens``); with thinking, ``ThinkingBudget`` decides.
/// - `system` / `developer` messages, wherever they appear, become `system` in order (a string for
///   one message, text blocks otherwise); a request with nothing else sends them as the user turn.
/// - Consecutive messages of one role merge into one turn; `tool` (and legacy `function`)
///   results become `tool_result` blocks of the next user turn, placed first in it.
/// - Tool-call ids are rewritten to Anthropic's `^[a-zA-Z0-9_-]+$` the same way on calls and
///   results (``AnthropicToolID``).
/// - Images: `data:` URLs and fetched http(s) images (``FetchedMedia``) become base64 `image`
///   blocks, the format read from the bytes; file parts become `document` blocks (PDF as base64,
///   `text/*` as plain text). Audio and uploaded file ids are refused.
/// - `reasoning_effort` turns on extended thinking for models that have it, unless the request
///   forces a tool, prefills the answer, or continues a tool call whose thinking block (which
///   OpenAI clients cannot send back) Anthropic would require.
/// - With prompt caching on for the deployment and the model, `cache_control` marks the end of
///   the system prompt and the last block of the last user turn.
/// - Extra (non-OpenAI) members: `top_k`, `anthropic_beta` and `thinking` are read
///   (`AnthropicExtraFields`); others are ignored, since the Anthropic body takes no unknown
///   members.
/// - `n` > 1 is refused; `response_format`, `seed`, penalties, `logprobs`, `user`, `metadata`
///   and message `name`s have no Anthropic counterpart on Bedrock and are ignored.
///
/// ```swift
/// let model = ResolvedModel(requestedID: "us.anthropic.claude-sonnet-4-5-20250929-v1:0")
/// let body = try ChatToAnthropic.translate(request, model: model, options: TranslationOptions())
/// let json = try BedrockJSONEncoder().encode(body)   // POST /model/{id}/invoke
/// ```
public enum ChatToAnthropic {
    /// The `max_tokens` sent when neither the client nor the model table gives a limit.
    public static let defaultMaxTokens = 4096
    /// Anthropic accepts `top_p` between 0.95 and 1 while thinking is on.
    static let thinkingMinimumTopP = 0.95

    public static func translate(
        _ request: ChatCompletionRequest, model: ResolvedModel, options: TranslationOptions,
        media: FetchedMedia = FetchedMedia()
    ) throws(TranslationError) -> AnthropicMessagesRequest {
        let profile = model.profile
        if let n = request.n, n > 1 {
            throw TranslationError(
                param: "n", message: "Claude returns one choice per request; n must be 1.", code: "unsupported_parameter")
        }
        let extras = try AnthropicExtraFields(request.extraFields, enabled: options.passThroughExtraFields)
        let tools = try tools(of: request, profile: profile)
        let toolChoice = try toolChoice(of: request, tools: tools)

        var conversation = try Conversation(request, profile: profile, options: options, media: media)
        var turns = conversation.turns
        if turns.isEmpty {
            // OpenAI accepts a conversation of system messages only; Anthropic needs a user turn.
            guard !conversation.system.isEmpty else {
                throw TranslationError(
                    param: "messages", message: "The conversation has no non-empty user or assistant message.")
            }
            turns.append(.user, [.text(AnthropicTextBlock(text: conversation.system.joined(separator: "\n\n")))])
            conversation.system = []
        }
        turns.moveToolResultsFirst()
        if profile.quirks.assistantPrefill { turns.trimFinalAssistantWhitespace() }

        // Thinking, and the token limit that goes with it.
        let clientLimit = request.effectiveMaxTokens
        let modelLimit = profile.quirks.maxOutputTokens ?? defaultMaxTokens
        var maxTokens = clientLimit ?? modelLimit
        var thinking: AnthropicThinkingConfig?
        if let explicit = extras.thinking {
            thinking = explicit
        } else if let effort = request.reasoningEffort, profile.capabilities.reasoning == .anthropicThinking,
            thinkingAllowed(toolChoice: toolChoice, turns: turns, conversation: conversation),
            let plan = ThinkingBudget.plan(effort: effort, maxTokens: clientLimit, modelMaxOutput: modelLimit)
        {
            thinking = .enabled(budgetTokens: plan.budgetTokens)
            maxTokens = plan.maxTokens
        }

        // Sampling. Anthropic takes temperature in 0…1 where OpenAI allows 0…2: higher values
        // are clamped to 1. Thinking is incompatible with temperature and top_k changes and
        // accepts top_p only in 0.95…1; with it on, those settings are dropped rather than
        // failing the request.
        var temperature = request.temperature.map { min(max($0, 0), 1) }
        var topP = request.topP
        var topK = extras.topK
        if case .enabled = thinking {
            temperature = nil
            topK = nil
            if let value = topP, value < thinkingMinimumTopP { topP = nil }
        }
        if profile.quirks.temperatureAndTopPExclusive, temperature != nil, topP != nil { topP = nil }

        // Anthropic rejects empty and whitespace-only stop sequences.
        let stop = request.stop?.filter { !$0.allSatisfy(\.isWhitespace) }

        var system = conversation.system.map { AnthropicTextBlock(text: $0) }
        if options.enablePromptCaching, profile.capabilities.promptCaching {
            if let last = system.indices.last { system[last].cacheControl = .ephemeral }
            turns.markLastUserBlock(.ephemeral)
        }

        return AnthropicMessagesRequest(
            maxTokens: maxTokens,
            messages: turns.messages,
            system: systemPrompt(system),
            temperature: temperature,
            topP: topP,
            topK: topK,
            stopSequences: stop?.isEmpty == false ? stop : nil,
            tools: tools,
            toolChoice: toolChoice,
            thinking: thinking,
            anthropicBeta: extras.anthropicBeta?.isEmpty == false ? extras.anthropicBeta : nil)
    }

    /// Whether extended thinking may be turned on for this conversation (Anthropic's extended
    /// thinking documentation):
    /// - a forced tool (`tool_choice` `any` / `tool`) is incompatible with thinking; the explicit
    ///   tool choice wins;
    /// - a prefilled assistant answer is incompatible with thinking; the prefill wins;
    /// - when the last assistant turn called tools, Anthropic requires it to start with the
    ///   signed thinking block of that call, which OpenAI history cannot carry (`reasoning_content`
    ///   has no signature), so thinking stays off until the next user turn starts a new exchange.
    static func thinkingAllowed(
        toolChoice: AnthropicToolChoice?, turns: AnthropicTurnList, conversation: Conversation
    ) -> Bool {
        if let type = toolChoice?.type, type == .any || type == .tool { return false }
        if turns.lastRole == .assistant { return false }
        if conversation.lastAssistantCalledTools { return false }
        return true
    }

    /// One system block without cache control travels as a plain string.
    static func systemPrompt(_ blocks: [AnthropicTextBlock]) -> AnthropicSystemPrompt? {
        switch blocks.count {
        case 0: return nil
        case 1 where blocks[0].cacheControl == nil: return .text(blocks[0].text)
        default: return .blocks(blocks)
        }
    }
}
