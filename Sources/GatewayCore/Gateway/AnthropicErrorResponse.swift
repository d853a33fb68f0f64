import Foundation

/// The error body of the Anthropic-compatible routes (`/v1/messages`,
/// `/v1/messages/count_tokens`): `{"type":"error","error":{"type":…,"message":…},"request_id":…}`,
/// the shape Anthropic's SDKs parse on any non-2xx status.
///
/// The status is the one ``GatewayError`` decided (the same as on the OpenAI routes); the
/// Anthropic `error.type` follows from it as Anthropic's error docs pair them:
///
/// | Status | `error.type` |
/// |---|---|
/// | 400, 405 and other 4xx | `invalid_request_error` |
/// | 401 | `authentication_error` |
/// | 403 | `permission_error` |
/// | 404 | `not_found_error` |
/// | 413 | `request_too_large` |
/// | 429 | `rate_limit_error` |
/// | 503 (Bedrock `ServiceUnavailableException`, `ModelNotReadyException`), 529 | `overloaded_error` |
/// | 504 | `timeout_error` |
/// | 500, 502 and other 5xx | `api_error` |
///
/// Bedrock's unavailability keeps its 503 (and `Retry-After`) rather than becoming Anthropic's
/// non-standard 529: the SDKs retry both, and proxies and load balancers understand 503. Only an
/// `overloaded_error` Claude itself reports (an Anthropic `error` event) is answered with 529.
/// The OpenAI `param`, where there is one, leads the message (`messages.0.content: …`), as in
/// Anthropic's own messages.
///
/// ```swift
/// let body = AnthropicErrorResponse(GatewayError.invalidAPIKey, requestID: "req-1")
/// body.error.type   // "authentication_error"
/// ```
struct AnthropicErrorResponse: Encodable, Sendable {
    var type = "error"
    var error: AnthropicErrorDetail
    var requestID: String?

    enum CodingKeys: String, CodingKey {
        case type
        case error
        case requestID = "request_id"
    }

    init(_ failure: GatewayError, requestID: String?) {
        error = Self.detail(failure)
        self.requestID = requestID
    }

    /// The `error` object for a failure (also the payload of a stream's `error` event).
    static func detail(_ failure: GatewayError) -> AnthropicErrorDetail {
        var message = failure.error.message
        if let param = failure.error.param, !param.isEmpty, !message.contains(param) {
            message = "\(param): \(message)"
        }
        return AnthropicErrorDetail(type: errorType(status: failure.status), message: message)
    }

    /// Anthropic's error type for an HTTP status.
    static func errorType(status: Int) -> String {
        switch status {
        case 401: "authentication_error"
        case 403: "permission_error"
        case 404: "not_found_error"
        case 413: "request_too_large"
        case 429: "rate_limit_error"
        case 503, 529: "overloaded_error"
        case 504: "timeout_error"
        case 500...: "api_error"
        default: "invalid_request_error"
        }
    }

    /// The HTTP status Anthropic pairs with an error type (500 for types it does not document).
    static func status(errorType: String) -> Int {
        switch errorType {
        case "invalid_request_error": 400
        case "authentication_error": 401
        case "permission_error": 403
        case "not_found_error": 404
        case "request_too_large": 413
        case "rate_limit_error": 429
        case "timeout_error": 504
        case "overloaded_error": 529
        default: 500
        }
    }

    /// Used only if encoding an error body itself fails.
    static let fallbackBody = Data(#"{"error":{"message":"The gateway failed.","type":"api_error"},"type":"error"}"#.utf8)
}
