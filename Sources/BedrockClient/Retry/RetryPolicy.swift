import Foundation

/// The timing rules of the AWS SDKs' "standard" retry mode: how many attempts, and how long to
/// wait before each retry.
///
///     let policy = try RetryPolicy.standard(environment: ProcessInfo.processInfo.environment)  // AWS_MAX_ATTEMPTS
///     var random = SystemRandomNumberGenerator()
///     let wait = policy.delay(forRetry: 0, kind: .throttling, retryAfter: nil, using: &random)  // in [0, 1 s)
///
/// Backoff is "full jitter" exponential (AWS SDKs and Tools reference, retry behavior):
/// `delay = random[0, 1) × min(base × 2^retry, maxBackoff)`, the cap applied before the jitter,
/// with a 1 s base for throttling and a 50 ms base for transient errors. A server-suggested
/// delay is clamped to `[delay, delay + 5 s]`, as the SDKs do for `x-amz-retry-after`; one
/// beyond ``maximumRetryAfter`` ends the retries instead.
public struct RetryPolicy: Sendable, Hashable {
    /// Total attempts including the first (standard mode default: 3).
    public var maxAttempts: Int
    /// Backoff base for throttling errors.
    public var throttlingBaseDelay: Duration
    /// Backoff base for transient errors.
    public var transientBaseDelay: Duration
    /// Upper bound of the exponential term (before jitter).
    public var maxBackoff: Duration
    /// How far beyond the computed backoff a server-suggested delay may stretch the wait.
    public var maxRetryAfterExtension: Duration
    /// A server-suggested delay longer than this ends the retries: waiting that long inside one
    /// request (and one Lambda invocation) is worse than returning the throttling error.
    public var maximumRetryAfter: Duration
    /// The shared retry budget, or `nil` for none.
    public var quota: RetryQuota?

    public init(
        maxAttempts: Int = 3,
        throttlingBaseDelay: Duration = .seconds(1),
        transientBaseDelay: Duration = .milliseconds(50),
        maxBackoff: Duration = .seconds(20),
        maxRetryAfterExtension: Duration = .seconds(5),
        maximumRetryAfter: Duration = .seconds(20),
        quota: RetryQuota? = nil
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.throttlingBaseDelay = throttlingBaseDelay
        self.transientBaseDelay = transientBaseDelay
        self.maxBackoff = maxBackoff
        self.maxRetryAfterExtension = maxRetryAfterExtension
        self.maximumRetryAfter = maximumRetryAfter
        self.quota = quota
    }

    /// Never retries.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The standard mode with `AWS_MAX_ATTEMPTS` applied when set, and `quota` as the budget.
    public static func standard(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        quota: RetryQuota? = nil
    ) throws(RetryConfigurationError) -> RetryPolicy {
        var policy = RetryPolicy(quota: quota)
        if let text = environment["AWS_MAX_ATTEMPTS"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let attempts = Int(text), attempts >= 1 else { throw .invalidMaxAttempts(text) }
            policy.maxAttempts = attempts
        }
        return policy
    }

    /// The wait before retry number `retry` (0 for the first retry, i.e. the second attempt),
    /// or `nil` when the suggested delay is beyond ``maximumRetryAfter`` and retrying should stop.
    public func delay(
        forRetry retry: Int,
        kind: RetryErrorKind,
        retryAfter: Duration?,
        using generator: inout some RandomNumberGenerator
    ) -> Duration? {
        if let retryAfter, retryAfter > maximumRetryAfter { return nil }
        let base = kind == .throttling ? throttlingBaseDelay : transientBaseDelay
        // 2^retry overflows nothing here: the cap is reached long before retry 60.
        let exponential = base.seconds * pow(2, Double(min(max(retry, 0), 60)))
        let capped = min(exponential, maxBackoff.seconds)
        let backoff = Double.random(in: 0..<1, using: &generator) * capped
        guard let retryAfter else { return Self.duration(seconds: backoff) }
        let suggested = min(max(retryAfter.seconds, backoff), backoff + maxRetryAfterExtension.seconds)
        return Self.duration(seconds: suggested)
    }

    /// Whole nanoseconds, so delays compare and print exactly in tests.
    private static func duration(seconds: Double) -> Duration {
        .nanoseconds(Int64((seconds * 1_000_000_000).rounded(.down)))
    }
}

extension Duration {
    /// The duration in seconds as a `Double`.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
