import Foundation

/// The standard retry mode's retry quota: a token bucket shared by every request of a client,
/// so that during an outage retries stop (fail fast) instead of multiplying the load.
///
///     let quota = RetryQuota()                          // 500 tokens
///     let policy = RetryPolicy(quota: quota)
///     try await withRetries(policy: policy, classify: classify) { _ in try await send() }
///
/// A retry costs 5 tokens after throttling and 14 after a transient error (the SDKs' 2026
/// costs); an attempt that succeeds after retrying gives its retry cost back, a first-attempt
/// success adds 1 token, up to the capacity.
public final class RetryQuota: Sendable, Hashable {
    // Guarded by an NSLock (not `Mutex`, which needs macOS 15; the package builds for macOS 14).
    private let state: LockedValue
    public let capacity: Int
    public let throttlingRetryCost: Int
    public let transientRetryCost: Int
    public let successIncrement: Int

    public init(capacity: Int = 500, throttlingRetryCost: Int = 5, transientRetryCost: Int = 14, successIncrement: Int = 1) {
        self.capacity = capacity
        self.throttlingRetryCost = throttlingRetryCost
        self.transientRetryCost = transientRetryCost
        self.successIncrement = successIncrement
        self.state = LockedValue(capacity)
    }

    /// Tokens left.
    public var available: Int { state.withLock { $0 } }

    /// Takes the cost of one retry after a `kind` failure; `nil` (nothing taken) when the
    /// bucket cannot pay for it and the error should be surfaced.
    public func acquire(for kind: RetryErrorKind) -> Int? {
        let cost = kind == .throttling ? throttlingRetryCost : transientRetryCost
        return state.withLock { tokens in
            guard tokens >= cost else { return nil }
            tokens -= cost
            return cost
        }
    }

    /// Records a success: refunds `retryCost` when the success came after a retry, otherwise
    /// adds ``successIncrement``.
    public func recordSuccess(retryCost: Int?) {
        state.withLock { tokens in
            tokens = min(capacity, tokens + (retryCost ?? successIncrement))
        }
    }

    public static func == (lhs: RetryQuota, rhs: RetryQuota) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

    private final class LockedValue: @unchecked Sendable {
        // @unchecked: `value` is only touched while `lock` is held.
        private let lock = NSLock()
        private var value: Int
        init(_ value: Int) { self.value = value }
        func withLock<T>(_ body: (inout Int) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body(&value)
        }
    }
}
