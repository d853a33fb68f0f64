/// The facts about a failed attempt that decide whether to retry it, independent of the HTTP
/// client's own error type.
///
///     let failure = AttemptFailure(statusCode: 429, errorCode: response.headerValue(named: "x-amzn-ErrorType"),
///                                  headers: response.headers)
///     let decision = AWSRetryClassifier.classify(failure)
public struct AttemptFailure: Sendable {
    /// The HTTP status, `nil` when no response arrived.
    public var statusCode: Int?
    /// The AWS error code as found in `x-amzn-ErrorType`, `__type` or `<Code>`, raw or already
    /// normalized (`ThrottlingException:http://…` and `com.amazon…#ThrottlingException` are
    /// both understood).
    public var errorCode: String?
    /// Response headers, read for `x-amz-retry-after` and `Retry-After`.
    public var headers: [(name: String, value: String)]
    /// Set when the connection failed instead of returning a response.
    public var connectionFailure: ConnectionFailurePhase?
    /// Whether repeating the request is harmless even if the service acted on it (GETs and
    /// other read-only calls). Model invocations are not: a second run costs tokens again.
    public var isIdempotent: Bool
    /// Whether any part of the response already reached the caller (e.g. stream events were
    /// forwarded). Such an attempt is never retried: the caller would see output twice.
    public var responseStarted: Bool

    public init(
        statusCode: Int? = nil,
        errorCode: String? = nil,
        headers: [(name: String, value: String)] = [],
        connectionFailure: ConnectionFailurePhase? = nil,
        isIdempotent: Bool = false,
        responseStarted: Bool = false
    ) {
        self.statusCode = statusCode
        self.errorCode = errorCode
        self.headers = headers
        self.connectionFailure = connectionFailure
        self.isIdempotent = isIdempotent
        self.responseStarted = responseStarted
    }
}
