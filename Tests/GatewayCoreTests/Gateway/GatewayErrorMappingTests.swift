import Foundation
import Testing

@testable import GatewayCore

@Suite("Gateway error mapping")
struct GatewayErrorMappingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var error: BedrockError
        var status: Int
        var type: OpenAIErrorType
        var code: String
        var retryAfter: String?

        var testDescription: String { "\(error.code ?? error.kind.rawValue) → \(status)" }
    }

    static let cases: [Case] = [
        Case(error: .init(kind: .validation, code: "ValidationException", message: "messages.0: text is blank", statusCode: 400),
             status: 400, type: .invalidRequest, code: "validation_error"),
        Case(error: .init(kind: .accessDenied, code: "AccessDeniedException",
                          message: "You don't have access to the model with the specified model ID.", statusCode: 403),
             status: 403, type: .permission, code: "model_access_denied"),
        Case(error: .init(kind: .unauthenticated, code: "UnrecognizedClientException", message: "The security token included in the request is invalid.", statusCode: 403),
             status: 502, type: .api, code: "upstream_authentication_failed"),
        Case(error: .init(kind: .resourceNotFound, code: "ResourceNotFoundException", message: "Model not found.", statusCode: 404),
             status: 404, type: .invalidRequest, code: "model_not_found"),
        Case(error: .init(kind: .throttling, code: "ThrottlingException", message: "Too many requests", statusCode: 429, retryAfterSeconds: 2),
             status: 429, type: .rateLimit, code: "rate_limit_exceeded", retryAfter: "2"),
        Case(error: .init(kind: .throttling, code: "ThrottlingException", message: "Too many tokens", statusCode: 429),
             status: 429, type: .rateLimit, code: "rate_limit_exceeded", retryAfter: "5"),
        Case(error: .init(kind: .serviceQuotaExceeded, code: "ServiceQuotaExceededException", message: "Quota exceeded", statusCode: 400),
             status: 429, type: .rateLimit, code: "quota_exceeded", retryAfter: "5"),
        Case(error: .init(kind: .modelNotReady, code: "ModelNotReadyException", message: "Model is not ready", statusCode: 429, retryAfterSeconds: 0.3),
             status: 503, type: .server, code: "model_not_ready", retryAfter: "1"),
        Case(error: .init(kind: .serviceUnavailable, code: "ServiceUnavailableException", message: "Service unavailable", statusCode: 503),
             status: 503, type: .server, code: "service_unavailable", retryAfter: "5"),
        Case(error: .init(kind: .modelTimeout, code: "ModelTimeoutException", message: "Model timed out", statusCode: 408),
             status: 504, type: .timeout, code: "model_timeout"),
        Case(error: .init(kind: .timeout, message: "no answer within 300 s"), status: 504, type: .timeout, code: "upstream_timeout"),
        Case(error: .init(kind: .modelError, code: "ModelErrorException", message: "The model failed", statusCode: 424),
             status: 502, type: .api, code: "model_error"),
        Case(error: .init(kind: .internalServer, code: "InternalServerException", message: "Internal error", statusCode: 500),
             status: 502, type: .api, code: "upstream_error"),
        Case(error: .init(kind: .conflict, code: "ConflictException", message: "Conflict", statusCode: 409),
             status: 502, type: .api, code: "upstream_error"),
        Case(error: .init(kind: .network, message: "Could not resolve host"), status: 502, type: .api, code: "upstream_unreachable"),
        Case(error: .init(kind: .malformedResponse, message: "bad JSON"), status: 502, type: .api, code: "invalid_upstream_response"),
        Case(error: .init(kind: .unknown, code: "WeirdException", message: "?", statusCode: 418), status: 502, type: .api, code: "upstream_error"),
    ]

    @Test("Every Bedrock error kind has its status, envelope and Retry-After", arguments: cases)
    func bedrockKinds(testCase: Case) async throws {
        let harness = try GatewayHarness()
        let failure = testCase.error
        harness.runtime.onConverse = { _, _ in throw failure }
        let response = await harness.send(
            "POST", "/v1/chat/completions", json: #"{"model":"amazon.nova-pro-v1:0","messages":[{"role":"user","content":"Hi"}]}"#)
        #expect(response.status == testCase.status)
        #expect(response.header("retry-after") == testCase.retryAfter)
        #expect(response.header("x-request-id") == "req-1")
        let error = try await response.openAIError()
        #expect(error.type == testCase.type)
        #expect(error.code == testCase.code)
        #expect(!error.message.isEmpty)
    }

    @Test("Every kind is covered by the table above")
    func allKindsCovered() {
        #expect(Set(Self.cases.map(\.error.kind)) == Set(BedrockError.Kind.allCases))
    }

    @Test(
        "A ValidationException saying the model id is unknown is a 404 model_not_found",
        arguments: [
            "The provided model identifier is invalid.",
            "Could not resolve the foundation model from the provided model identifier.",
        ])
    func unknownModelValidation(message: String) async throws {
        let harness = try GatewayHarness()
        harness.runtime.onConverse = { _, _ in throw BedrockError(kind: .validation, code: "ValidationException", message: message, statusCode: 400) }
        let response = await harness.send(
            "POST", "/v1/chat/completions", json: #"{"model":"amazon.nova-ultra-v9:0","messages":[{"role":"user","content":"Hi"}]}"#)
        #expect(response.status == 404)
        let error = try await response.openAIError()
        #expect(error.code == "model_not_found")
        #expect(error.param == "model")
        #expect(error.message.contains("amazon.nova-ultra-v9:0"))
    }

    @Test("On-demand throughput not supported is a 400 that names an inference profile to use")
    func onDemandUnsupported() async throws {
        let harness = try GatewayHarness(configuration: GatewayConfiguration(apiKeySource: .keys([GatewayHarness.apiKey]), region: "eu-west-3"))
        harness.runtime.onConverse = { _, _ in
            throw BedrockError(
                kind: .validation, code: "ValidationException",
                message: "Invocation of model ID anthropic.claude-sonnet-4-5-20250929-v1:0 with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.",
                statusCode: 400)
        }
        let response = await harness.send(
            "POST", "/v1/chat/completions",
            json: #"{"model":"anthropic.claude-sonnet-4-5-20250929-v1:0","messages":[{"role":"user","content":"Hi"}]}"#)
        #expect(response.status == 400)
        let error = try await response.openAIError()
        #expect(error.code == "model_requires_inference_profile")
        #expect(error.param == "model")
        #expect(error.message.contains("'eu.anthropic.claude-sonnet-4-5-20250929-v1:0'"))
    }

    @Test("Access denied tells the operator to enable model access in the Bedrock console")
    func accessDeniedMessage() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onConverse = { _, _ in
            throw BedrockError(kind: .accessDenied, code: "AccessDeniedException", message: "You don't have access to the model with the specified model ID.")
        }
        let response = await harness.send(
            "POST", "/v1/chat/completions", json: #"{"model":"amazon.nova-pro-v1:0","messages":[{"role":"user","content":"Hi"}]}"#)
        let message = try await response.openAIError().message
        #expect(message.contains("Amazon Bedrock console"))
        #expect(message.contains("us-east-1"))
    }

    @Test("An unexpected error is a 502 with a plain sentence; its detail goes to the log only")
    func unexpectedError() async throws {
        struct InternalGlitch: Error, CustomStringConvertible { var description: String { "InternalGlitch at Transport.swift:42" } }
        let harness = try GatewayHarness()
        harness.runtime.onConverse = { _, _ in throw InternalGlitch() }
        let response = await harness.send(
            "POST", "/v1/chat/completions", json: #"{"model":"amazon.nova-pro-v1:0","messages":[{"role":"user","content":"Hi"}]}"#)
        #expect(response.status == 502)
        let text = try await response.text()
        #expect(!text.contains("Transport.swift"))
        let record = try #require(harness.logs.records(event: "request").first)
        #expect(record[field: "error_detail"] == "InternalGlitch at Transport.swift:42")
        #expect(record.level == .error)
    }

    @Test("Gateway.errorResponse gives adapters the same envelope, with x-request-id")
    func adapterErrorResponse() throws {
        let response = Gateway.errorResponse(
            status: 413, error: .invalidRequest("Request body too large.", code: "request_too_large"), requestID: "req-9")
        #expect(response.status == 413)
        #expect(response.header("x-request-id") == "req-9")
        #expect(response.header("content-type") == "application/json")
        guard case .bytes(let data) = response.body else {
            Issue.record("expected bytes")
            return
        }
        #expect(
            String(decoding: data, as: UTF8.self)
                == #"{"error":{"code":"request_too_large","message":"Request body too large.","param":null,"type":"invalid_request_error"}}"#)
    }
}
