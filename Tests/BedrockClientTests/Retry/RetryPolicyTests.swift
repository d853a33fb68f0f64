import Foundation
import Testing

@testable import BedrockClient

@Suite struct RetryPolicyTests {
    @Test func standardModeMakesThreeAttemptsUnlessAwsMaxAttemptsSaysOtherwise() throws {
        #expect(try RetryPolicy.standard(environment: [:]).maxAttempts == 3)
        #expect(try RetryPolicy.standard(environment: ["AWS_MAX_ATTEMPTS": "5"]).maxAttempts == 5)
        #expect(try RetryPolicy.standard(environment: ["AWS_MAX_ATTEMPTS": "1"]).maxAttempts == 1)
        for invalid in ["0", "-2", "three", "2.5"] {
            #expect(throws: RetryConfigurationError.invalidMaxAttempts(invalid)) {
                try RetryPolicy.standard(environment: ["AWS_MAX_ATTEMPTS": invalid])
            }
        }
    }

    @Test func backoffIsFullJitterBelowTheExponentialCap() {
        let policy = RetryPolicy()
        var random = SeededRandomNumberGenerator(seed: 42)
        for retry in 0..<12 {
            let throttlingCap = min(1.0 * pow(2, Double(retry)), 20)
            let transientCap = min(0.05 * pow(2, Double(retry)), 20)
            for _ in 0..<50 {
                let throttling = policy.delay(forRetry: retry, kind: .throttling, retryAfter: nil, using: &random)
                let transient = policy.delay(forRetry: retry, kind: .transient, retryAfter: nil, using: &random)
                #expect(throttling.map { $0 >= .zero && $0 < .seconds(throttlingCap) } == true)
                #expect(transient.map { $0 >= .zero && $0 < .seconds(transientCap) } == true)
            }
        }
    }

    @Test func largestRandomFactorReachesTheCapButNotBeyond() throws {
        let policy = RetryPolicy()
        var highest = ConstantRandomNumberGenerator(value: .max)
        let first = try #require(policy.delay(forRetry: 0, kind: .throttling, retryAfter: nil, using: &highest))
        #expect(first > .milliseconds(999) && first < .seconds(1))
        let late = try #require(policy.delay(forRetry: 30, kind: .throttling, retryAfter: nil, using: &highest))
        #expect(late > .milliseconds(19_999) && late < .seconds(20))
        var lowest = ConstantRandomNumberGenerator(value: 0)
        #expect(policy.delay(forRetry: 3, kind: .transient, retryAfter: nil, using: &lowest) == .zero)
    }

    @Test func sameSeedGivesTheSameDelays() {
        let policy = RetryPolicy()
        var first = SeededRandomNumberGenerator(seed: 7)
        var second = SeededRandomNumberGenerator(seed: 7)
        let a = (0..<5).map { policy.delay(forRetry: $0, kind: .throttling, retryAfter: nil, using: &first) }
        let b = (0..<5).map { policy.delay(forRetry: $0, kind: .throttling, retryAfter: nil, using: &second) }
        #expect(a == b)
    }

    @Test func retryAfterIsHonouredWithinTheClampWindow() throws {
        let policy = RetryPolicy()
        var lowest = ConstantRandomNumberGenerator(value: 0)  // computed backoff 0
        #expect(policy.delay(forRetry: 0, kind: .throttling, retryAfter: .seconds(3), using: &lowest) == .seconds(3))
        // Never more than 5 s beyond the computed backoff…
        #expect(policy.delay(forRetry: 0, kind: .throttling, retryAfter: .seconds(12), using: &lowest) == .seconds(5))
        // …and never less than it.
        var highest = ConstantRandomNumberGenerator(value: .max)
        let delay = try #require(policy.delay(forRetry: 2, kind: .throttling, retryAfter: .milliseconds(10), using: &highest))
        #expect(delay > .milliseconds(3_999))
        // A suggestion beyond the maximum ends the retries.
        #expect(policy.delay(forRetry: 0, kind: .throttling, retryAfter: .seconds(60), using: &lowest) == nil)
    }

    @Test func quotaChargesRetriesAndRefundsOnSuccess() {
        let quota = RetryQuota(capacity: 20)
        #expect(quota.acquire(for: .throttling) == 5)
        #expect(quota.acquire(for: .transient) == 14)
        #expect(quota.available == 1)
        #expect(quota.acquire(for: .throttling) == nil)
        #expect(quota.available == 1)
        quota.recordSuccess(retryCost: 14)
        #expect(quota.available == 15)
        quota.recordSuccess(retryCost: nil)
        #expect(quota.available == 16)
        quota.recordSuccess(retryCost: 14)
        #expect(quota.available == 20)  // capped at capacity
    }
}
