import Foundation

/// The AWS SDKs' standard-mode rules for which failures are worth retrying, plus Bedrock's own
/// retryable error and the server's suggested delay.
///
///     let decision = AWSRetryClassifier.classify(AttemptFailure(statusCode: 503, errorCode: "ServiceUnavailableException"))
///     AWSRetryClassifier.normalizedErrorCode("ThrottlingException:http://internal.amazon.com/coral/")  // "ThrottlingException"
///
/// Order: a response already streamed to the caller is never retried; then explicit
/// non-retryable codes; then throttling codes; then transient codes; then the HTTP status;
/// then connection failures.
public enum AWSRetryClassifier {
    /// Throttling error codes of the SDKs' standard retry mode, plus Bedrock's
    /// `ServiceUnavailableException` (HTTP 503, "service isn't available, try again later"),
    /// which behaves like capacity throttling and so gets the longer backoff.
    public static let throttlingErrorCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException", "ServiceUnavailableException",
    ]

    /// Transient error codes of the standard retry mode, plus `ModelNotReadyException` (Bedrock
    /// Runtime's service model marks it `retryable` with `throttling: false`: the model is
    /// being loaded) and STS's `IDPCommunicationError` (the identity provider did not answer).
    public static let transientErrorCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "InternalError", "ServiceUnavailable",
        "ModelNotReadyException", "IDPCommunicationError",
    ]

    /// Statuses the standard mode retries whatever the error code.
    public static let transientStatusCodes: Set<Int> = [500, 502, 503, 504]

    /// Codes that are never retried even when they come with a retryable status: the request
    /// itself is wrong or forbidden, so repeating it can only fail the same way.
    public static let nonRetryableErrorCodes: Set<String> = [
        "ValidationException", "AccessDeniedException", "AccessDenied", "ResourceNotFoundException",
        "UnrecognizedClientException", "InvalidSignatureException", "IncompleteSignature",
        "ExpiredTokenException", "ExpiredToken", "ServiceQuotaExceededException", "ConflictException",
        "ModelErrorException", "ModelStreamErrorException", "ModelTimeoutException",
    ]

    public static func classify(_ failure: AttemptFailure) -> RetryDecision {
        if failure.responseStarted { return .doNotRetry }
        let code = failure.errorCode.map(normalizedErrorCode)
        let hint = retryAfter(from: failure.headers)

        if let code {
            if nonRetryableErrorCodes.contains(code) { return .doNotRetry }
            if throttlingErrorCodes.contains(code) { return .retry(.throttling, retryAfter: hint) }
            if transientErrorCodes.contains(code) { return .retry(.transient, retryAfter: hint) }
        }
        if let status = failure.statusCode {
            // A 429 without a recognised code (a proxy, an API gateway) still means "slow down".
            if status == 429 { return .retry(.throttling, retryAfter: hint) }
            if transientStatusCodes.contains(status) { return .retry(.transient, retryAfter: hint) }
            return .doNotRetry
        }
        switch failure.connectionFailure {
        case .beforeRequestSent:
            return .retry(.transient, retryAfter: nil)
        case .afterRequestSent:
            return failure.isIdempotent ? .retry(.transient, retryAfter: nil) : .doNotRetry
        case nil:
            return .doNotRetry
        }
    }

    /// The bare error code: `x-amzn-ErrorType` may append `:<namespace URL>`, and JSON
    /// `__type` may prefix `<namespace>#`.
    public static func normalizedErrorCode(_ raw: String) -> String {
        var code = Substring(raw)
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        return code.trimmingCharacters(in: .whitespaces)
    }

    /// The delay the service suggested: `x-amz-retry-after` in milliseconds (the header the
    /// SDKs' 2026 retry behaviour reads), else `Retry-After` in seconds (RFC 9110
    /// delay-seconds; the HTTP-date form is ignored). Invalid values are ignored.
    public static func retryAfter(from headers: [(name: String, value: String)]) -> Duration? {
        func value(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name }?.value.trimmingCharacters(in: .whitespaces)
        }
        if let text = value("x-amz-retry-after"), let milliseconds = Int64(text), milliseconds >= 0 {
            return .milliseconds(milliseconds)
        }
        if let text = value("retry-after"), let seconds = Int64(text), seconds >= 0 {
            return .seconds(seconds)
        }
        return nil
    }
}
