/// A stream that cannot go on: an exception Bedrock sent mid-stream, a stream that ended before
/// its `messageStop`, or events out of protocol.
///
/// Once chunks have been sent the HTTP status is long gone, so the gateway reports it in-band
/// as OpenAI does: one SSE event whose data is `{"error": {...}}` (``ChatChunkSSE/errorEvent(_:)``),
/// then it closes the stream. `status` is the HTTP status the same failure would have had before
/// the first byte — Bedrock's own status for its exceptions (bedrock-runtime service model) —
/// for logs and metrics.
///
/// ```swift
/// do { chunks = try translator.consume(event) }
/// catch { log(error.status, error.bedrockExceptionType); try write(ChatChunkSSE.errorEvent(error)) }
/// ```
public struct StreamTranslationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The OpenAI-shaped error to send to the client.
    public var error: OpenAIError
    /// The HTTP status this failure corresponds to, for logging.
    public var status: Int
    /// The Bedrock exception event (`throttlingException`, …), or `nil` when the gateway itself
    /// found the stream broken.
    public var bedrockExceptionType: String?

    public init(error: OpenAIError, status: Int, bedrockExceptionType: String? = nil) {
        self.error = error
        self.status = status
        self.bedrockExceptionType = bedrockExceptionType
    }

    public var description: String {
        "\(bedrockExceptionType ?? "stream") (\(status)): \(error.message)"
    }

    /// The error for an exception event of a ConverseStream response; `nil` for other events.
    ///
    /// | Bedrock exception | status | OpenAI `type` | `code` |
    /// |---|---|---|---|
    /// | `internalServerException` | 500 | `server_error` | `internal_server_error` |
    /// | `modelStreamErrorException` | 424 | `api_error` | `model_stream_error` |
    /// | `validationException` | 400 | `invalid_request_error` | `validation_error` |
    /// | `throttlingException` | 429 | `rate_limit_error` | `rate_limit_exceeded` |
    /// | `serviceUnavailableException` | 503 | `server_error` | `service_unavailable` |
    public static func bedrockException(_ event: ConverseStreamEvent) -> StreamTranslationError? {
        switch event {
        case .internalServerException(let body):
            return make(event, 500, .server, "internal_server_error", body.message, "Bedrock had an internal error.")
        case .modelStreamErrorException(let body):
            // The model's own message is the more useful one when Bedrock's is missing.
            return make(
                event, 424, .api, "model_stream_error", body.message ?? body.originalMessage,
                "The model failed while streaming its answer.")
        case .validationException(let body):
            return make(event, 400, .invalidRequest, "validation_error", body.message, "Bedrock rejected the request.")
        case .throttlingException(let body):
            return make(
                event, 429, .rateLimit, "rate_limit_exceeded", body.message, "Too many requests to Bedrock; retry later.")
        case .serviceUnavailableException(let body):
            return make(
                event, 503, .server, "service_unavailable", body.message, "Bedrock is unavailable; retry later.")
        default:
            return nil
        }
    }

    /// The stream ended without `messageStop`: the answer is incomplete.
    public static let truncated = StreamTranslationError(
        error: .server("The Bedrock stream ended before the answer was complete.", code: "stream_truncated"),
        status: 502)

    /// Bedrock sent tool input for a content block that never announced a tool call, so the
    /// fragment cannot be attributed to a call id and name.
    public static func toolInputWithoutStart(contentBlockIndex: Int) -> StreamTranslationError {
        StreamTranslationError(
            error: OpenAIError(
                message: "The Bedrock stream sent tool input for content block \(contentBlockIndex) without starting a tool call.",
                type: .api, code: "invalid_upstream_stream"),
            status: 502)
    }

    private static func make(
        _ event: ConverseStreamEvent, _ status: Int, _ type: OpenAIErrorType, _ code: String, _ message: String?,
        _ fallback: String
    ) -> StreamTranslationError {
        let text = message.flatMap { $0.isEmpty ? nil : $0 } ?? fallback
        return StreamTranslationError(
            error: OpenAIError(message: text, type: type, code: code), status: status,
            bedrockExceptionType: event.eventType)
    }
}
