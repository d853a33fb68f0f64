import Foundation
import Testing

@testable import BedrockClient

@Suite struct WithRetriesTests {
    struct ServiceError: Error, Equatable {
        var status: Int
        var code: String
        var headers: [String: String] = [:]
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int { lock.withLock { value += 1; return value } }
        var count: Int { lock.withLock { value } }
    }

    private static func classify(_ error: any Error) -> RetryDecision {
        guard let error = error as? ServiceError else { return .doNotRetry }
        return AWSRetryClassifier.classify(
            AttemptFailure(statusCode: error.status, errorCode: error.code, headers: error.headers.map { (name: $0.key, value: $0.value) })
        )
    }

    @Test func maxAttemptsBoundsTheCallsAndTheLastErrorSurfaces() async throws {
        let sleep = RecordingSleep()
        let calls = Counter()
        var random = SeededRandomNumberGenerator(seed: 1)
        await #expect(throws: ServiceError(status: 429, code: "ThrottlingException")) {
            try await withRetries(policy: RetryPolicy(), classify: Self.classify, sleep: sleep.function, using: &random) { _ -> Int in
                _ = calls.next()
                throw ServiceError(status: 429, code: "ThrottlingException")
            }
        }
        #expect(calls.count == 3)
        #expect(sleep.durations.count == 2)
    }

    @Test func sleepsAreThePolicyDelaysForTheSameSeed() async throws {
        let sleep = RecordingSleep()
        let policy = RetryPolicy(maxAttempts: 4)
        var random = SeededRandomNumberGenerator(seed: 99)
        let value = try await withRetries(policy: policy, classify: Self.classify, sleep: sleep.function, using: &random) { attempt in
            if attempt < 4 { throw ServiceError(status: 503, code: "ServiceUnavailableException") }
            return "ok after \(attempt)"
        }
        #expect(value == "ok after 4")
        var expected = SeededRandomNumberGenerator(seed: 99)
        let expectedDelays = (0..<3).compactMap { policy.delay(forRetry: $0, kind: .throttling, retryAfter: nil, using: &expected) }
        #expect(sleep.durations == expectedDelays)
    }

    @Test func nonRetryableErrorsSurfaceAtOnce() async throws {
        let sleep = RecordingSleep()
        let calls = Counter()
        await #expect(throws: ServiceError(status: 400, code: "ValidationException")) {
            try await withRetries(policy: RetryPolicy(maxAttempts: 5), classify: Self.classify, sleep: sleep.function) { _ -> Int in
                _ = calls.next()
                throw ServiceError(status: 400, code: "ValidationException")
            }
        }
        #expect(calls.count == 1)
        #expect(sleep.durations.isEmpty)
    }

    @Test func retryAfterHeaderSetsTheWait() async throws {
        let sleep = RecordingSleep()
        var lowest = ConstantRandomNumberGenerator(value: 0)
        let value = try await withRetries(policy: RetryPolicy(), classify: Self.classify, sleep: sleep.function, using: &lowest) { attempt in
            if attempt == 1 { throw ServiceError(status: 429, code: "ThrottlingException", headers: ["x-amz-retry-after": "2500"]) }
            return attempt
        }
        #expect(value == 2)
        #expect(sleep.durations == [.milliseconds(2500)])
    }

    @Test func tooLongRetryAfterSurfacesTheThrottlingError() async throws {
        let sleep = RecordingSleep()
        let calls = Counter()
        await #expect(throws: ServiceError.self) {
            try await withRetries(policy: RetryPolicy(), classify: Self.classify, sleep: sleep.function) { _ -> Int in
                _ = calls.next()
                throw ServiceError(status: 429, code: "ThrottlingException", headers: ["Retry-After": "120"])
            }
        }
        #expect(calls.count == 1)
        #expect(sleep.durations.isEmpty)
    }

    @Test func emptyQuotaStopsRetrying() async throws {
        let quota = RetryQuota(capacity: 20)  // one transient retry (14), then no more
        let sleep = RecordingSleep()
        let calls = Counter()
        await #expect(throws: ServiceError.self) {
            try await withRetries(policy: RetryPolicy(maxAttempts: 10, quota: quota), classify: Self.classify, sleep: sleep.function) { _ -> Int in
                _ = calls.next()
                throw ServiceError(status: 500, code: "InternalServerException")
            }
        }
        #expect(calls.count == 2)
        #expect(quota.available == 6)
    }

    @Test func successAfterRetryRefundsTheQuota() async throws {
        let quota = RetryQuota()
        let sleep = RecordingSleep()
        _ = try await withRetries(policy: RetryPolicy(quota: quota), classify: Self.classify, sleep: sleep.function) { attempt in
            if attempt == 1 { throw ServiceError(status: 500, code: "InternalServerException") }
            return attempt
        }
        #expect(quota.available == 500)
    }
}
