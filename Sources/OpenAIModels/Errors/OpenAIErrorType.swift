/// The `type` of an OpenAI error: an open set of strings with constants for the common ones.
///
/// Open rather than an enum so that decoding an error from any OpenAI-compatible server never
/// fails on a type this library has not heard of.
///
/// ```swift
/// let error = OpenAIError(message: "Slow down.", type: .rateLimit)
/// if error.type == .invalidRequest { /* HTTP 400 */ }
/// ```
public struct OpenAIErrorType: RawRepresentable, Codable, Sendable, Hashable,
    ExpressibleByStringLiteral
{
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// HTTP 400: a malformed or unsupported request.
    public static let invalidRequest: OpenAIErrorType = "invalid_request_error"
    /// HTTP 401: a missing or wrong API key.
    public static let authentication: OpenAIErrorType = "authentication_error"
    /// HTTP 403: the key may not use this resource.
    public static let permission: OpenAIErrorType = "permission_error"
    /// HTTP 404: unknown model or route.
    public static let notFound: OpenAIErrorType = "not_found_error"
    /// HTTP 429: throttled or out of quota.
    public static let rateLimit: OpenAIErrorType = "rate_limit_error"
    /// HTTP 500: the server failed.
    public static let server: OpenAIErrorType = "server_error"
    /// HTTP 5xx: an upstream API failed (what OpenAI sends for its own internal errors).
    public static let api: OpenAIErrorType = "api_error"
    /// HTTP 408/504: the request or the upstream call took too long.
    public static let timeout: OpenAIErrorType = "timeout"
}
