import Foundation

/// The SSE side of an Anthropic stream served by Claude through InvokeModelWithResponseStream:
/// Claude's own events, passed on.
///
/// - Each `chunk` holds one Anthropic event's JSON; it is sent as it came (`event: <its type>`),
///   so fields and event types this code does not model reach the client unchanged. Only
///   `message_start` is rewritten, to carry the model name the client sent (as every gateway
///   response does), and `message_stop` is sent as `{"type":"message_stop"}`: the
///   `amazon-bedrock-invocationMetrics` Bedrock appends are not part of Anthropic's API (their
///   counts still go to the request log, since they are what Bedrock bills).
/// - Claude's own `error` event is passed on and ends the stream; a Bedrock exception event
///   becomes an Anthropic `error` event typed like the status the same exception has before the
///   stream starts (throttling → `rate_limit_error`, unavailable → `overloaded_error`, …).
/// - A stream that ends without `message_stop` ends with an `api_error` event instead.
///
/// ```swift
/// var stream = AnthropicInvokeStream(model: "us.anthropic.claude-sonnet-4-5-20250929-v1:0")
/// if case .events(let events) = stream.consume(.chunk(part)) { send(events) }
/// ```
struct AnthropicInvokeStream: SSEStreamTranslating {
    /// The model name the client sent.
    let model: String

    private var stopped = false
    private var ended = false
    private var inputTokens: Int?
    private var outputTokens: Int?
    private var cacheReadInputTokens: Int?
    private var cacheCreationInputTokens: Int?
    private(set) var stopReason: AnthropicStopReason?

    init(model: String) {
        self.model = model
    }

    mutating func consume(_ event: InvokeModelStreamEvent) -> SSEStreamStep {
        guard !ended else { return .events([]) }
        switch event {
        case .chunk(let part):
            return chunk(part.bytes)
        case .unknown:
            return .events([])
        default:
            ended = true
            let failure = Self.failure(for: event)
            return .failed([AnthropicSSE.errorEvent(AnthropicErrorResponse.detail(failure))], failure: failure, detail: nil)
        }
    }

    mutating func finish() -> SSEStreamStep {
        guard !ended else { return .finished([]) }
        ended = true
        if stopped { return .finished([]) }
        let failure = GatewayError.stream(.truncated)
        return .failed([AnthropicSSE.errorEvent(AnthropicErrorResponse.detail(failure))], failure: failure, detail: nil)
    }

    func errorEvent(for failure: GatewayError) -> Data {
        AnthropicSSE.errorEvent(AnthropicErrorResponse.detail(failure))
    }

    var usage: CompletionUsage? {
        guard inputTokens != nil || outputTokens != nil else { return nil }
        return AnthropicToChat.usage(
            inputTokens: inputTokens ?? 0, outputTokens: outputTokens ?? 0, cacheReadInputTokens: cacheReadInputTokens,
            cacheCreationInputTokens: cacheCreationInputTokens)
    }

    var finishReason: FinishReason? {
        stopReason.map { AnthropicToChat.finishReason(for: $0) }
    }

    private mutating func chunk(_ bytes: Data) -> SSEStreamStep {
        // Events after `message_stop` have no place in an Anthropic stream.
        guard !stopped else { return .events([]) }
        let event: AnthropicStreamEvent
        let json: Data
        do {
            event = try BedrockJSONDecoder().decode(AnthropicStreamEvent.self, from: bytes)
            switch event {
            case .messageStart:
                json = try renamingModel(in: bytes)
            case .messageStop:
                json = Data(#"{"type":"message_stop"}"#.utf8)
            default:
                json = try AnthropicSSE.singleLine(bytes)
            }
        } catch {
            ended = true
            let failure = GatewayError(
                status: 502,
                error: OpenAIError(
                    message: "Bedrock sent a stream event that is not an Anthropic event.", type: .api,
                    code: "invalid_upstream_response"))
            return .failed(
                [AnthropicSSE.errorEvent(AnthropicErrorResponse.detail(failure))], failure: failure,
                detail: String(describing: error))
        }
        let sse = AnthropicSSE.event(type: event.type, json: json)
        switch event {
        case .messageStart(let message):
            inputTokens = message.usage.inputTokens
            outputTokens = message.usage.outputTokens
            cacheReadInputTokens = message.usage.cacheReadInputTokens
            cacheCreationInputTokens = message.usage.cacheCreationInputTokens
        case .messageDelta(let delta, let usage):
            stopReason = delta.stopReason ?? stopReason
            outputTokens = usage.outputTokens
            inputTokens = usage.inputTokens ?? inputTokens
            cacheReadInputTokens = usage.cacheReadInputTokens ?? cacheReadInputTokens
            cacheCreationInputTokens = usage.cacheCreationInputTokens ?? cacheCreationInputTokens
        case .messageStop(let metrics):
            stopped = true
            if let metrics {
                inputTokens = metrics.inputTokenCount
                outputTokens = metrics.outputTokenCount
                cacheReadInputTokens = metrics.cacheReadInputTokenCount ?? cacheReadInputTokens
                cacheCreationInputTokens = metrics.cacheWriteInputTokenCount ?? cacheCreationInputTokens
            }
        case .error(let detail):
            ended = true
            let failure = GatewayError(
                status: AnthropicErrorResponse.status(errorType: detail.type), error: AnthropicStreamError(detail).openAIError)
            return .failed([sse], failure: failure, detail: nil)
        default:
            break
        }
        return .events([sse])
    }

    /// The `message_start` JSON with `message.model` set to the client's name.
    private func renamingModel(in bytes: Data) throws -> Data {
        guard case .object(var object) = try JSONDecoder().decode(JSONValue.self, from: bytes),
            case .object(var message)? = object["message"]
        else { return try AnthropicSSE.singleLine(bytes) }
        message["model"] = .string(model)
        object["message"] = .object(message)
        return try ResponseJSON.encode(JSONValue.object(object))
    }

    /// The failure an exception event stands for, with the status the same exception has before
    /// the stream starts (bedrock-runtime service model).
    static func failure(for event: InvokeModelStreamEvent) -> GatewayError {
        func make(_ status: Int, _ type: OpenAIErrorType, _ code: String, _ message: String?, _ fallback: String) -> GatewayError {
            var headers: [(name: String, value: String)] = []
            if status == 429 || status == 503 { headers.append(("retry-after", String(GatewayError.defaultRetryAfterSeconds))) }
            let text = message.flatMap { $0.isEmpty ? nil : $0 } ?? fallback
            return GatewayError(status: status, error: OpenAIError(message: text, type: type, code: code), headers: headers)
        }
        switch event {
        case .internalServerException(let body):
            return make(500, .server, "internal_server_error", body.message, "Bedrock had an internal error.")
        case .modelStreamErrorException(let body):
            // Claude's own overload or throttling, relayed by Bedrock, keeps its meaning.
            let status = [429, 503, 529].contains(body.originalStatusCode ?? 0) ? (body.originalStatusCode ?? 502) : 502
            return make(
                status, .api, "model_stream_error", body.message ?? body.originalMessage, "The model failed while streaming its answer.")
        case .validationException(let body):
            return make(400, .invalidRequest, "validation_error", body.message, "Bedrock rejected the request.")
        case .throttlingException(let body):
            return make(429, .rateLimit, "rate_limit_exceeded", body.message, "Too many requests to Bedrock; retry later.")
        case .modelTimeoutException(let body):
            return make(504, .timeout, "model_timeout", body.message, "The model did not answer in time.")
        case .serviceUnavailableException(let body):
            return make(503, .server, "service_unavailable", body.message, "Bedrock is unavailable; retry later.")
        case .chunk, .unknown:
            return .internalError("Not an exception event.")
        }
    }
}
