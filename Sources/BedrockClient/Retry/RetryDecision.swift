/// What to do after a failed attempt.
///
///     let decision = AWSRetryClassifier.classify(AttemptFailure(statusCode: 429, errorCode: "ThrottlingException"))
///     // .retry(.throttling, retryAfter: nil)
public enum RetryDecision: Sendable, Hashable {
    /// Retry (if attempts and quota remain), waiting at least `retryAfter` when the service
    /// suggested a delay.
    case retry(RetryErrorKind, retryAfter: Duration?)
    /// Surface the error now.
    case doNotRetry
}
