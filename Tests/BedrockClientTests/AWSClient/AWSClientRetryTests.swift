import Foundation
import GatewayCore
import Testing

@testable import BedrockClient

/// Retries of the request pipeline over real HTTP: the stand-in counts attempts, the sleep
/// between them is recorded instead of waited.
@Suite struct AWSClientRetryTests {
    static let request = ConverseRequest(messages: [ConverseMessage(role: .user, content: [.text("Hello")])])
    static let answer = """
        {"output":{"message":{"role":"assistant","content":[{"text":"ok"}]}},"stopReason":"end_turn",
         "usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2},"metrics":{"latencyMs":1}}
        """

    static func converse(_ client: AWSClient) async throws {
        _ = try await LiveBedrockRuntime(client: client).converse(modelID: "amazon.nova-lite-v1:0", request: request)
    }

    @Test func throttlingTwiceThenSuccessTakesThreeAttempts() async throws {
        let sleep = RecordingSleep()
        try await BedrockStandIn.with({ _, number, connection in
            if number <= 2 {
                connection.respondAWSError(status: 429, type: "ThrottlingException", message: "Too many requests")
            } else {
                connection.respondJSON(Self.answer)
            }
        }) { standIn in
            try await AWSTestHarness.withClient(standIn, retryPolicy: RetryPolicy(maxAttempts: 4), sleep: sleep) {
                client in
                try await Self.converse(client)
            }
            #expect(standIn.requestCount == 3)
            #expect(sleep.durations.count == 2)
        }
    }

    @Test func retriesStopAfterMaxAttemptsAndHonourTheSuggestedDelay() async throws {
        let sleep = RecordingSleep()
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondAWSError(
                status: 429, type: "ThrottlingException", message: "Too many requests",
                headers: [("x-amz-retry-after", "1500")])
        }) { standIn in
            let error = await AWSTestHarness.bedrockError {
                try await AWSTestHarness.withClient(standIn, retryPolicy: RetryPolicy(maxAttempts: 3), sleep: sleep) {
                    try await Self.converse($0)
                }
            }
            #expect(error?.kind == .throttling)
            #expect(error?.retryAfterSeconds == 1.5)
            #expect(standIn.requestCount == 3)
            #expect(sleep.durations.count == 2)
            #expect(sleep.durations.allSatisfy { $0 >= .milliseconds(1500) }, "\(sleep.durations)")
        }
    }

    @Test func noRetryStartsBeyondTheTimeLimit() async throws {
        let sleep = RecordingSleep()
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondAWSError(
                status: 503, type: "ServiceUnavailableException", message: "busy",
                headers: [("x-amz-retry-after", "15000")])
        }) { standIn in
            let error = await AWSTestHarness.bedrockError {
                try await AWSTestHarness.withClient(
                    standIn, retryPolicy: RetryPolicy(maxAttempts: 3), retryTimeLimit: .seconds(5), sleep: sleep
                ) { try await Self.converse($0) }
            }
            #expect(error?.kind == .serviceUnavailable)
            #expect(standIn.requestCount == 1)
            #expect(sleep.durations.isEmpty)
        }
    }

    @Test func modelNotReadyIsRetried() async throws {
        try await BedrockStandIn.with({ _, number, connection in
            if number == 1 {
                connection.respondAWSError(status: 429, type: "ModelNotReadyException", message: "loading")
            } else {
                connection.respondJSON(Self.answer)
            }
        }) { standIn in
            try await AWSTestHarness.withClient(standIn, retryPolicy: RetryPolicy(maxAttempts: 3)) {
                try await Self.converse($0)
            }
            #expect(standIn.requestCount == 2)
        }
    }

    @Test func aValidationErrorIsNotRetried() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondAWSError(status: 400, type: "ValidationException", message: "bad")
        }) { standIn in
            let error = await AWSTestHarness.bedrockError {
                try await AWSTestHarness.withClient(standIn, retryPolicy: RetryPolicy(maxAttempts: 3)) {
                    try await Self.converse($0)
                }
            }
            #expect(error?.kind == .validation)
            #expect(standIn.requestCount == 1)
        }
    }

    @Test func anExpiredTokenRefreshesTheCredentialsAndRetriesOnce() async throws {
        let provider = CountingCredentialsProvider()
        try await BedrockStandIn.with({ request, _, connection in
            if request.header("Authorization")?.contains("Credential=AKID1/") == true {
                connection.respondAWSError(
                    status: 403, type: "ExpiredTokenException",
                    message: "The security token included in the request is expired")
            } else {
                connection.respondJSON(Self.answer)
            }
        }) { standIn in
            try await AWSTestHarness.withClient(standIn, credentialsProvider: provider) { client in
                try await Self.converse(client)
                try await Self.converse(client)
            }
            #expect(standIn.requestCount == 3)
            #expect(provider.calls == 2, "fetched once, refreshed once, then cached")
            #expect(
                standIn.requests.map { $0.header("Authorization")?.contains("Credential=AKID2/") == true } == [
                    false, true, true,
                ])
        }
    }

    @Test func aSecondExpiredTokenIsReported() async throws {
        let provider = CountingCredentialsProvider()
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondAWSError(status: 403, type: "ExpiredTokenException", message: "expired")
        }) { standIn in
            let error = await AWSTestHarness.bedrockError {
                try await AWSTestHarness.withClient(
                    standIn, retryPolicy: RetryPolicy(maxAttempts: 3), credentialsProvider: provider
                ) {
                    try await Self.converse($0)
                }
            }
            #expect(error?.kind == .unauthenticated)
            #expect(error?.code == "ExpiredTokenException")
            #expect(standIn.requestCount == 2)
            #expect(provider.calls == 2)
        }
    }

    @Test func aModelCallWhoseConnectionDiedAfterSendingIsNotRepeated() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.closeNow()  // read the whole request, then vanish without answering
        }) { standIn in
            let error = await AWSTestHarness.bedrockError {
                try await AWSTestHarness.withClient(standIn, retryPolicy: RetryPolicy(maxAttempts: 3)) {
                    try await Self.converse($0)
                }
            }
            #expect(error?.kind == .network)
            #expect(standIn.requestCount == 1, "the model may have run: a retry could bill it twice")
        }
    }

    @Test func anIdempotentCallWhoseConnectionDiedIsRetried() async throws {
        try await BedrockStandIn.with({ _, number, connection in
            if number == 1 {
                connection.closeNow()
            } else {
                connection.respondJSON(#"{"modelSummaries":[]}"#)
            }
        }) { standIn in
            let models = try await AWSTestHarness.withClient(standIn, retryPolicy: RetryPolicy(maxAttempts: 3)) {
                client in
                try await LiveBedrockCatalog(client: client).listFoundationModels()
            }
            #expect(models.isEmpty)
            #expect(standIn.requestCount == 2)
        }
    }

    /// A kept-alive connection that died in between (as after a Lambda freeze): the next call's
    /// request is lost on it, and is sent again on a fresh connection.
    @Test func aResetOnAReusedConnectionIsRetriedOnAFreshOne() async throws {
        try await BedrockStandIn.with({ _, number, connection in
            if number == 2 {
                connection.closeNow()
            } else {
                connection.respondJSON(Self.answer)
            }
        }) { standIn in
            try await AWSTestHarness.withClient(standIn) { client in
                try await Self.converse(client)
                try await Self.converse(client)
            }
            #expect(standIn.requestCount == 3)
            #expect(standIn.acceptedConnections == 2)
        }
    }

    @Test func aResetOnAReusedConnectionEarnsExactlyOneExtraAttempt() {
        let operation = AWSOperation.restJSON(
            service: .bedrockRuntime, name: "Converse", method: .post, pathSegments: ["model", "m", "converse"],
            isIdempotent: false)
        let reset = AWSAttemptError(
            transport: HTTPClientError(
                .connectionClosed, message: "reset", requestBodySent: true, failedOnReusedConnection: true),
            operation: operation)
        let freshReset = AWSAttemptError(
            transport: HTTPClientError(.connectionClosed, message: "reset", requestBodySent: true), operation: operation
        )

        var rules = AWSRetryRules()
        #expect(rules.decision(for: freshReset) == .doNotRetry)
        #expect(rules.decision(for: reset) == .retry(.transient, retryAfter: nil))
        #expect(rules.decision(for: reset) == .doNotRetry)
    }
}
