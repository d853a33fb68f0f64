/// The retry decisions of one ``AWSClient`` call: the standard-mode rules of
/// ``AWSRetryClassifier``, plus one extra attempt after a connection that was reused and then
/// reset before any response arrived.
///
/// A Lambda sandbox is frozen between invocations; connections kept across a freeze are often
/// dead by the time it thaws, and the first request sent on one fails with a reset. The service
/// has almost certainly not seen that request, so even a model invocation is repeated — once.
/// (libcurl already resends such a request on a fresh connection when it can rewind the body;
/// this rule covers the failures it reports instead.)
///
/// ```swift
/// var rules = AWSRetryRules()
/// let decision = rules.decision(for: error)   // .retry(.transient, retryAfter: nil) or .doNotRetry
/// ```
struct AWSRetryRules: Sendable {
    private(set) var retriedResetOnReusedConnection = false

    mutating func decision(for error: any Error) -> RetryDecision {
        guard let attempt = error as? AWSAttemptError else { return .doNotRetry }
        if attempt.isResetOnReusedConnection, !retriedResetOnReusedConnection {
            retriedResetOnReusedConnection = true
            return .retry(.transient, retryAfter: nil)
        }
        return AWSRetryClassifier.classify(attempt.failure)
    }
}
