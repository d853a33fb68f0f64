/// An `error` event in an Anthropic stream (for example `overloaded_error` mid-answer).
///
/// The HTTP status is long sent by then, so the gateway ends the SSE stream with an error event
/// built from ``openAIError``.
///
/// ```swift
/// do { chunks = try translator.translate(event) } catch {
///     send(OpenAIErrorResponse(error: error.openAIError))
/// }
/// ```
public struct AnthropicStreamError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Anthropic's error type (`overloaded_error`, `api_error`, …).
    public var type: String
    public var message: String

    public init(type: String, message: String) {
        self.type = type
        self.message = message
    }

    public init(_ detail: AnthropicErrorDetail) {
        self.init(type: detail.type, message: detail.message)
    }

    /// The OpenAI error for the client, with Anthropic's type kept as `code`. Anthropic's error
    /// types map onto OpenAI's by their HTTP status (invalid request 400, authentication 401,
    /// permission 403, not found 404, rate limit 429, timeout 504); overload (529) and anything
    /// else are upstream API errors.
    public var openAIError: OpenAIError {
        let openAIType: OpenAIErrorType
        switch type {
        case "invalid_request_error", "request_too_large": openAIType = .invalidRequest
        case "authentication_error": openAIType = .authentication
        case "permission_error": openAIType = .permission
        case "not_found_error": openAIType = .notFound
        case "rate_limit_error": openAIType = .rateLimit
        case "timeout_error": openAIType = .timeout
        default: openAIType = .api
        }
        return OpenAIError(message: message, type: openAIType, code: type)
    }

    public var description: String { "\(type): \(message)" }
}
