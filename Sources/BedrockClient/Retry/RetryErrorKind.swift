/// The two kinds of retryable failure the AWS standard retry mode distinguishes; they differ in
/// backoff base and in what a retry costs from the ``RetryQuota``.
///
///     switch AWSRetryClassifier.classify(failure) {
///     case .retry(.throttling, _): …   // slow down: 1 s backoff base
///     case .retry(.transient, _): …    // blip: 50 ms backoff base
///     case .doNotRetry: …
///     }
public enum RetryErrorKind: Sendable, Hashable {
    /// The service asked the caller to slow down (`ThrottlingException`, HTTP 429, …).
    case throttling
    /// A fault that is likely gone on the next attempt (HTTP 5xx, a reset connection, …).
    case transient
}
