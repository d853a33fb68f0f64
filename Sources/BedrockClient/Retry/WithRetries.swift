/// Runs `operation` until it succeeds, `classify` says an error is not worth retrying, the
/// policy's attempts or quota run out, or the task is cancelled; the last error is rethrown.
///
///     var random = SystemRandomNumberGenerator()
///     let response = try await withRetries(policy: policy, classify: { error in
///         (error as? BedrockError).map { AWSRetryClassifier.classify($0.attemptFailure) } ?? .doNotRetry
///     }, using: &random) { attempt in try await client.send(request) }
///
/// - Parameters:
///   - sleep: waits between attempts; injected so tests never sleep for real.
///   - generator: the jitter source; a seeded generator makes delays reproducible.
///   - operation: receives the 1-based attempt number.
public func withRetries<T>(
    policy: RetryPolicy,
    classify: (any Error) -> RetryDecision,
    sleep: (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
    using generator: inout some RandomNumberGenerator,
    operation: (_ attempt: Int) async throws -> T
) async throws -> T {
    var attempt = 1
    var retryCost: Int?
    while true {
        do {
            let value = try await operation(attempt)
            policy.quota?.recordSuccess(retryCost: retryCost)
            return value
        } catch {
            guard attempt < policy.maxAttempts, !Task.isCancelled, !(error is CancellationError),
                case .retry(let kind, let retryAfter) = classify(error),
                let delay = policy.delay(forRetry: attempt - 1, kind: kind, retryAfter: retryAfter, using: &generator)
            else { throw error }
            if let quota = policy.quota {
                guard let cost = quota.acquire(for: kind) else { throw error }
                retryCost = cost
            }
            try await sleep(delay)
            attempt += 1
        }
    }
}

/// ``withRetries(policy:classify:sleep:using:operation:)`` with the system random generator.
public func withRetries<T>(
    policy: RetryPolicy,
    classify: (any Error) -> RetryDecision,
    sleep: (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
    operation: (_ attempt: Int) async throws -> T
) async throws -> T {
    var generator = SystemRandomNumberGenerator()
    return try await withRetries(policy: policy, classify: classify, sleep: sleep, using: &generator, operation: operation)
}
