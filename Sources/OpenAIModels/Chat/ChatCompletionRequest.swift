/// The body of `POST /v1/chat/completions`, as the OpenAI SDKs, LangChain, Open WebUI, Cline
/// and curl scripts send it.
///
/// Every documented parameter has a typed property; any other top-level member (what the SDKs'
/// `extra_body` adds, such as Bedrock's `top_k`) is kept verbatim in ``extraFields`` so the
/// gateway can pass it through on purpose, and is written back when the request is encoded.
/// `null` for an optional parameter means absent. Decode untrusted bodies with
/// ``OpenAIRequestDecoder`` to get OpenAI-style errors and range checks.
///
/// ```swift
/// let request = try OpenAIRequestDecoder.decode(ChatCompletionRequest.self, from: body)
/// let outgoing = ChatCompletionRequest(model: "anthropic.claude-3-haiku", messages: [.user("Hi")])
/// let json = try JSONEncoder().encode(outgoing)
/// ```
public struct ChatCompletionRequest: Sendable, Hashable {
    public var model: String
    public var messages: [ChatMessage]

    // Sampling and length.
    public var maxTokens: Int?
    public var maxCompletionTokens: Int?
    public var temperature: Double?
    public var topP: Double?
    /// `stop` as sent, a string or an array, normalised to an array.
    public var stop: [String]?
    public var n: Int?
    public var seed: Int?
    public var frequencyPenalty: Double?
    public var presencePenalty: Double?
    public var logitBias: [String: Int]?
    public var logprobs: Bool?
    public var topLogprobs: Int?

    // Tools.
    public var tools: [ChatTool]?
    public var toolChoice: ToolChoice?
    public var parallelToolCalls: Bool?
    /// Legacy predecessor of ``tools``.
    public var functions: [FunctionDefinition]?
    /// Legacy predecessor of ``toolChoice``.
    public var functionCall: FunctionCallChoice?

    // Output shape.
    public var responseFormat: ResponseFormat?
    public var stream: Bool?
    public var streamOptions: StreamOptions?
    public var reasoningEffort: ReasoningEffort?
    public var verbosity: Verbosity?
    public var modalities: [String]?
    public var audio: JSONValue?
    public var prediction: JSONValue?
    public var webSearchOptions: JSONValue?

    // Bookkeeping.
    public var user: String?
    public var metadata: [String: String]?
    public var serviceTier: String?
    public var store: Bool?
    public var promptCacheKey: String?
    public var safetyIdentifier: String?

    /// Every top-level member that is not a documented parameter, kept as sent (integers stay
    /// integers). Encoding writes them back; a key that names a documented parameter is ignored.
    public var extraFields: [String: JSONValue]

    public init(
        model: String,
        messages: [ChatMessage],
        maxTokens: Int? = nil,
        maxCompletionTokens: Int? = nil,
        temperature: Double? = nil,
        topP: Double? = nil,
        stop: [String]? = nil,
        n: Int? = nil,
        seed: Int? = nil,
        frequencyPenalty: Double? = nil,
        presencePenalty: Double? = nil,
        logitBias: [String: Int]? = nil,
        logprobs: Bool? = nil,
        topLogprobs: Int? = nil,
        tools: [ChatTool]? = nil,
        toolChoice: ToolChoice? = nil,
        parallelToolCalls: Bool? = nil,
        functions: [FunctionDefinition]? = nil,
        functionCall: FunctionCallChoice? = nil,
        responseFormat: ResponseFormat? = nil,
        stream: Bool? = nil,
        streamOptions: StreamOptions? = nil,
        reasoningEffort: ReasoningEffort? = nil,
        verbosity: Verbosity? = nil,
        modalities: [String]? = nil,
        audio: JSONValue? = nil,
        prediction: JSONValue? = nil,
        webSearchOptions: JSONValue? = nil,
        user: String? = nil,
        metadata: [String: String]? = nil,
        serviceTier: String? = nil,
        store: Bool? = nil,
        promptCacheKey: String? = nil,
        safetyIdentifier: String? = nil,
        extraFields: [String: JSONValue] = [:]
    ) {
        self.model = model
        self.messages = messages
        self.maxTokens = maxTokens
        self.maxCompletionTokens = maxCompletionTokens
        self.temperature = temperature
        self.topP = topP
        self.stop = stop
        self.n = n
        self.seed = seed
        self.frequencyPenalty = frequencyPenalty
        self.presencePenalty = presencePenalty
        self.logitBias = logitBias
        self.logprobs = logprobs
        self.topLogprobs = topLogprobs
        self.tools = tools
        self.toolChoice = toolChoice
        self.parallelToolCalls = parallelToolCalls
        self.functions = functions
        self.functionCall = functionCall
        self.responseFormat = responseFormat
        self.stream = stream
        self.streamOptions = streamOptions
        self.reasoningEffort = reasoningEffort
        self.verbosity = verbosity
        self.modalities = modalities
        self.audio = audio
        self.prediction = prediction
        self.webSearchOptions = webSearchOptions
        self.user = user
        self.metadata = metadata
        self.serviceTier = serviceTier
        self.store = store
        self.promptCacheKey = promptCacheKey
        self.safetyIdentifier = safetyIdentifier
        self.extraFields = extraFields
    }

    /// Whether the client asked for a streamed (SSE) answer.
    public var isStreaming: Bool { stream ?? false }

    /// The answer length limit, preferring `max_completion_tokens` over the deprecated
    /// `max_tokens` as OpenAI does.
    public var effectiveMaxTokens: Int? { maxCompletionTokens ?? maxTokens }
}

extension ChatCompletionRequest: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case model, messages, temperature, stop, n, seed, logprobs, tools, functions, stream
        case verbosity, modalities, audio, prediction, user, metadata, store
        case maxTokens = "max_tokens"
        case maxCompletionTokens = "max_completion_tokens"
        case topP = "top_p"
        case frequencyPenalty = "frequency_penalty"
        case presencePenalty = "presence_penalty"
        case logitBias = "logit_bias"
        case topLogprobs = "top_logprobs"
        case toolChoice = "tool_choice"
        case parallelToolCalls = "parallel_tool_calls"
        case functionCall = "function_call"
        case responseFormat = "response_format"
        case streamOptions = "stream_options"
        case reasoningEffort = "reasoning_effort"
        case webSearchOptions = "web_search_options"
        case serviceTier = "service_tier"
        case promptCacheKey = "prompt_cache_key"
        case safetyIdentifier = "safety_identifier"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.model = try c.decode(String.self, forKey: .model)
        self.messages = try c.decode([ChatMessage].self, forKey: .messages)
        self.maxTokens = try c.decodeIntegerIfPresent(forKey: .maxTokens)
        self.maxCompletionTokens = try c.decodeIntegerIfPresent(forKey: .maxCompletionTokens)
        self.temperature = try c.decodeIfPresent(Double.self, forKey: .temperature)
        self.topP = try c.decodeIfPresent(Double.self, forKey: .topP)
        self.stop = try StopSequences.decode(from: c, forKey: .stop)
        self.n = try c.decodeIntegerIfPresent(forKey: .n)
        self.seed = try c.decodeIntegerIfPresent(forKey: .seed)
        self.frequencyPenalty = try c.decodeIfPresent(Double.self, forKey: .frequencyPenalty)
        self.presencePenalty = try c.decodeIfPresent(Double.self, forKey: .presencePenalty)
        self.logitBias = try c.decodeIfPresent([String: Int].self, forKey: .logitBias)
        self.logprobs = try c.decodeIfPresent(Bool.self, forKey: .logprobs)
        self.topLogprobs = try c.decodeIntegerIfPresent(forKey: .topLogprobs)
        self.tools = try c.decodeIfPresent([ChatTool].self, forKey: .tools)
        self.toolChoice = try c.decodeIfPresent(ToolChoice.self, forKey: .toolChoice)
        self.parallelToolCalls = try c.decodeIfPresent(Bool.self, forKey: .parallelToolCalls)
        self.functions = try c.decodeIfPresent([FunctionDefinition].self, forKey: .functions)
        self.functionCall = try c.decodeIfPresent(FunctionCallChoice.self, forKey: .functionCall)
        self.responseFormat = try c.decodeIfPresent(ResponseFormat.self, forKey: .responseFormat)
        self.stream = try c.decodeIfPresent(Bool.self, forKey: .stream)
        self.streamOptions = try c.decodeIfPresent(StreamOptions.self, forKey: .streamOptions)
        self.reasoningEffort = try c.decodeIfPresent(ReasoningEffort.self, forKey: .reasoningEffort)
        self.verbosity = try c.decodeIfPresent(Verbosity.self, forKey: .verbosity)
        self.modalities = try c.decodeIfPresent([String].self, forKey: .modalities)
        self.audio = try c.decodeIfPresent(JSONValue.self, forKey: .audio)
        self.prediction = try c.decodeIfPresent(JSONValue.self, forKey: .prediction)
        self.webSearchOptions = try c.decodeIfPresent(JSONValue.self, forKey: .webSearchOptions)
        self.user = try c.decodeIfPresent(String.self, forKey: .user)
        self.metadata = try c.decodeIfPresent([String: String].self, forKey: .metadata)
        self.serviceTier = try c.decodeIfPresent(String.self, forKey: .serviceTier)
        self.store = try c.decodeIfPresent(Bool.self, forKey: .store)
        self.promptCacheKey = try c.decodeIfPresent(String.self, forKey: .promptCacheKey)
        self.safetyIdentifier = try c.decodeIfPresent(String.self, forKey: .safetyIdentifier)
        self.extraFields = try ExtraFields.decode(from: decoder, excluding: CodingKeys.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(model, forKey: .model)
        try c.encode(messages, forKey: .messages)
        try c.encodeIfPresent(maxTokens, forKey: .maxTokens)
        try c.encodeIfPresent(maxCompletionTokens, forKey: .maxCompletionTokens)
        try c.encodeIfPresent(temperature, forKey: .temperature)
        try c.encodeIfPresent(topP, forKey: .topP)
        try c.encodeIfPresent(stop, forKey: .stop)
        try c.encodeIfPresent(n, forKey: .n)
        try c.encodeIfPresent(seed, forKey: .seed)
        try c.encodeIfPresent(frequencyPenalty, forKey: .frequencyPenalty)
        try c.encodeIfPresent(presencePenalty, forKey: .presencePenalty)
        try c.encodeIfPresent(logitBias, forKey: .logitBias)
        try c.encodeIfPresent(logprobs, forKey: .logprobs)
        try c.encodeIfPresent(topLogprobs, forKey: .topLogprobs)
        try c.encodeIfPresent(tools, forKey: .tools)
        try c.encodeIfPresent(toolChoice, forKey: .toolChoice)
        try c.encodeIfPresent(parallelToolCalls, forKey: .parallelToolCalls)
        try c.encodeIfPresent(functions, forKey: .functions)
        try c.encodeIfPresent(functionCall, forKey: .functionCall)
        try c.encodeIfPresent(responseFormat, forKey: .responseFormat)
        try c.encodeIfPresent(stream, forKey: .stream)
        try c.encodeIfPresent(streamOptions, forKey: .streamOptions)
        try c.encodeIfPresent(reasoningEffort, forKey: .reasoningEffort)
        try c.encodeIfPresent(verbosity, forKey: .verbosity)
        try c.encodeIfPresent(modalities, forKey: .modalities)
        try c.encodeIfPresent(audio, forKey: .audio)
        try c.encodeIfPresent(prediction, forKey: .prediction)
        try c.encodeIfPresent(webSearchOptions, forKey: .webSearchOptions)
        try c.encodeIfPresent(user, forKey: .user)
        try c.encodeIfPresent(metadata, forKey: .metadata)
        try c.encodeIfPresent(serviceTier, forKey: .serviceTier)
        try c.encodeIfPresent(store, forKey: .store)
        try c.encodeIfPresent(promptCacheKey, forKey: .promptCacheKey)
        try c.encodeIfPresent(safetyIdentifier, forKey: .safetyIdentifier)
        try ExtraFields.encode(extraFields, to: encoder, excluding: CodingKeys.self)
    }
}

extension ChatCompletionRequest: ValidatableRequest {
    /// Checks the value rules OpenAI enforces and Bedrock would reject less clearly: a
    /// non-empty `messages` (and no empty part array outside assistant history), `n` ≥ 1, `temperature` in 0…2, `top_p` in 0…1, penalties in
    /// −2…2, positive token limits, `top_logprobs` in 0…20, and function names Bedrock accepts.
    public func validate() throws(RequestDecodingError) {
        try ValueRule.checkNotEmpty(messages, param: "messages")
        for (index, message) in messages.enumerated() where message.role != .assistant {
            if case .parts(let parts) = message.content {
                try ValueRule.checkNotEmpty(parts, param: "messages[\(index)].content")
            }
        }
        try ValueRule.check(n, atLeast: 1, param: "n")
        try ValueRule.check(temperature, in: 0...2, param: "temperature")
        try ValueRule.check(topP, in: 0...1, param: "top_p")
        try ValueRule.check(frequencyPenalty, in: -2...2, param: "frequency_penalty")
        try ValueRule.check(presencePenalty, in: -2...2, param: "presence_penalty")
        try ValueRule.check(maxTokens, atLeast: 1, param: "max_tokens")
        try ValueRule.check(maxCompletionTokens, atLeast: 1, param: "max_completion_tokens")
        try ValueRule.check(topLogprobs, atLeast: 0, param: "top_logprobs")
        try ValueRule.check(topLogprobs, atMost: 20, param: "top_logprobs")
        for (index, tool) in (tools ?? []).enumerated() {
            try ValueRule.checkFunctionName(tool.function.name, param: "tools[\(index)].function.name")
        }
        for (index, function) in (functions ?? []).enumerated() {
            try ValueRule.checkFunctionName(function.name, param: "functions[\(index)].name")
        }
    }
}
