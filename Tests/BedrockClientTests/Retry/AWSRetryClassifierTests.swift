import Foundation
import Testing

@testable import BedrockClient

@Suite struct AWSRetryClassifierTests {
    private func classify(_ status: Int?, _ code: String?, headers: [(name: String, value: String)] = []) -> RetryDecision {
        AWSRetryClassifier.classify(AttemptFailure(statusCode: status, errorCode: code, headers: headers))
    }

    @Test func throttlingErrorsAreRetriedAsThrottling() {
        #expect(classify(429, "ThrottlingException") == .retry(.throttling, retryAfter: nil))
        #expect(classify(429, "TooManyRequestsException") == .retry(.throttling, retryAfter: nil))
        #expect(classify(400, "RequestLimitExceeded") == .retry(.throttling, retryAfter: nil))
        #expect(classify(400, "Throttling") == .retry(.throttling, retryAfter: nil))
        #expect(classify(503, "ServiceUnavailableException") == .retry(.throttling, retryAfter: nil))
        #expect(classify(503, "SlowDown") == .retry(.throttling, retryAfter: nil))
        // A bare 429 from something in between still means "slow down".
        #expect(classify(429, nil) == .retry(.throttling, retryAfter: nil))
    }

    @Test func bedrockModelNotReadyIsRetriedAsTransient() {
        // bedrock-runtime service-2.json: ModelNotReadyException, HTTP 429, retryable {throttling: false}.
        #expect(classify(429, "ModelNotReadyException") == .retry(.transient, retryAfter: nil))
    }

    @Test func transientStatusesAreRetried() {
        for status in [500, 502, 503, 504] {
            #expect(classify(status, nil) == .retry(.transient, retryAfter: nil))
        }
        #expect(classify(500, "InternalServerException") == .retry(.transient, retryAfter: nil))
        #expect(classify(400, "RequestTimeout") == .retry(.transient, retryAfter: nil))
        #expect(classify(400, "IDPCommunicationError") == .retry(.transient, retryAfter: nil))
    }

    @Test func clientErrorsAreNeverRetried() {
        #expect(classify(400, "ValidationException") == .doNotRetry)
        #expect(classify(403, "AccessDeniedException") == .doNotRetry)
        #expect(classify(404, "ResourceNotFoundException") == .doNotRetry)
        #expect(classify(400, "ServiceQuotaExceededException") == .doNotRetry)
        #expect(classify(424, "ModelErrorException") == .doNotRetry)
        #expect(classify(408, "ModelTimeoutException") == .doNotRetry)
        #expect(classify(400, nil) == .doNotRetry)
        #expect(classify(413, nil) == .doNotRetry)
        // The code wins over a status that would otherwise be retried.
        #expect(classify(500, "ValidationException") == .doNotRetry)
    }

    @Test func errorCodesAreNormalizedFromHeaderAndJSONForms() {
        #expect(AWSRetryClassifier.normalizedErrorCode("ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/") == "ThrottlingException")
        #expect(AWSRetryClassifier.normalizedErrorCode("com.amazon.bedrock#ThrottlingException") == "ThrottlingException")
        #expect(AWSRetryClassifier.normalizedErrorCode("ValidationException") == "ValidationException")
        #expect(classify(400, "com.amazonaws.bedrock#ValidationException") == .doNotRetry)
        #expect(classify(429, "ThrottlingException:http://internal.amazon.com/coral/") == .retry(.throttling, retryAfter: nil))
    }

    @Test func connectionFailureBeforeTheRequestWasSentIsRetried() {
        #expect(AWSRetryClassifier.classify(AttemptFailure(connectionFailure: .beforeRequestSent)) == .retry(.transient, retryAfter: nil))
    }

    @Test func connectionFailureAfterSendingIsRetriedOnlyWhenIdempotent() {
        #expect(AWSRetryClassifier.classify(AttemptFailure(connectionFailure: .afterRequestSent)) == .doNotRetry)
        #expect(
            AWSRetryClassifier.classify(AttemptFailure(connectionFailure: .afterRequestSent, isIdempotent: true))
                == .retry(.transient, retryAfter: nil)
        )
    }

    @Test func aResponseAlreadyStreamedToTheCallerIsNeverRetried() {
        #expect(AWSRetryClassifier.classify(AttemptFailure(statusCode: 500, responseStarted: true)) == .doNotRetry)
        #expect(AWSRetryClassifier.classify(AttemptFailure(errorCode: "ThrottlingException", responseStarted: true)) == .doNotRetry)
        #expect(AWSRetryClassifier.classify(AttemptFailure(connectionFailure: .beforeRequestSent, responseStarted: true)) == .doNotRetry)
    }

    @Test func retryAfterHintsAreRead() {
        #expect(AWSRetryClassifier.retryAfter(from: [(name: "x-amz-retry-after", value: "1500")]) == .milliseconds(1500))
        #expect(AWSRetryClassifier.retryAfter(from: [(name: "Retry-After", value: "3")]) == .seconds(3))
        #expect(AWSRetryClassifier.retryAfter(from: [(name: "Retry-After", value: "Wed, 21 Oct 2015 07:28:00 GMT")]) == nil)
        #expect(AWSRetryClassifier.retryAfter(from: [(name: "x-amz-retry-after", value: "soon")]) == nil)
        #expect(AWSRetryClassifier.retryAfter(from: [(name: "x-amz-retry-after", value: "-5")]) == nil)
        #expect(
            AWSRetryClassifier.retryAfter(from: [(name: "Retry-After", value: "9"), (name: "X-Amz-Retry-After", value: "250")])
                == .milliseconds(250)
        )
        #expect(classify(429, "ThrottlingException", headers: [(name: "Retry-After", value: "2")]) == .retry(.throttling, retryAfter: .seconds(2)))
    }
}
