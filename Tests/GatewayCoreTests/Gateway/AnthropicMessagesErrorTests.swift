import Foundation
import Testing

@testable import GatewayCore

@Suite("Gateway Anthropic Messages (auth and errors)")
struct AnthropicMessagesErrorTests {
    static let claude = AnthropicMessagesEndpointTests.claude

    /// The `error` object of an Anthropic error body, after checking the envelope around it.
    static func anthropicError(_ response: GatewayResponse) async throws -> JSONValue {
        let body = try await response.json()
        #expect(body["type"] == "error")
        #expect(body["request_id"] == "req-1")
        #expect(response.header("request-id") == "req-1")
        #expect(response.header("content-type") == "application/json")
        #expect(body.objectValue?.keys.sorted() == ["error", "request_id", "type"])
        return try #require(body["error"])
    }

    @Test("x-api-key (Anthropic SDKs) and Authorization: Bearer both authenticate; anthropic-version is optional")
    func authentication() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onInvokeModel = { _, _ in InvokeModelResult(body: Data(AnthropicMessagesEndpointTests.claudeAnswer.utf8)) }
        #expect(await harness.sendAnthropic(AnthropicMessagesEndpointTests.body(model: Self.claude)).status == 200)
        let bearer = await harness.send("POST", "/v1/messages", json: AnthropicMessagesEndpointTests.body(model: Self.claude))
        #expect(bearer.status == 200)
    }

    @Test("No key and a wrong key are 401 authentication_error in Anthropic's error shape")
    func unauthenticated() async throws {
        let harness = try GatewayHarness()
        let missing = await harness.sendAnthropic(AnthropicMessagesEndpointTests.body(model: Self.claude), key: nil)
        #expect(missing.status == 401)
        #expect(try await Self.anthropicError(missing)["type"] == "authentication_error")

        let wrong = await harness.sendAnthropic(AnthropicMessagesEndpointTests.body(model: Self.claude), key: "sk-wrong")
        #expect(wrong.status == 401)
        #expect(try await Self.anthropicError(wrong) == ["type": "authentication_error", "message": "Incorrect API key provided."])
        #expect(harness.runtime.invoked.isEmpty)
    }

    @Test(
        "Invalid bodies are 400 invalid_request_error naming the field as Anthropic does",
        arguments: [
            ("{not json", "The request body is not valid JSON."),
            ("[1,2]", "The request body must be a JSON object."),
            (#"{"max_tokens":10,"messages":[{"role":"user","content":"Hi"}]}"#, "model: Field required"),
            (#"{"model":42,"max_tokens":10,"messages":[]}"#, "model: Input should be a valid string"),
            (#"{"model":"m","stream":"yes","max_tokens":10,"messages":[]}"#, "stream: Input should be a valid boolean"),
            (#"{"model":"m","messages":[{"role":"user","content":"Hi"}]}"#, "max_tokens: Field required"),
            (#"{"model":"m","max_tokens":"ten","messages":[]}"#, "max_tokens: Input should be a valid integer"),
            (#"{"model":"m","max_tokens":10,"messages":[{"role":"user"}]}"#, "messages.0.content: Field required"),
        ])
    func invalidBody(body: String, message: String) async throws {
        let harness = try GatewayHarness()
        let response = await harness.sendAnthropic(body)
        #expect(response.status == 400)
        #expect(try await Self.anthropicError(response) == ["type": "invalid_request_error", "message": .string(message)])
        #expect(harness.runtime.invoked.isEmpty && harness.runtime.conversed.isEmpty)
    }

    @Test("A request Converse cannot carry is a 400 naming the parameter")
    func untranslatable() async throws {
        let harness = try GatewayHarness()
        let response = await harness.sendAnthropic(
            #"{"model":"amazon.nova-pro-v1:0","max_tokens":10,"messages":[{"role":"user","content":"Hi"}],"tools":[{"type":"bash_20250124","name":"bash"}]}"#)
        #expect(response.status == 400)
        let error = try await Self.anthropicError(response)
        #expect(error["type"] == "invalid_request_error")
        #expect(error["message"]?.stringValue?.hasPrefix("tools[0].type: ") == true)
    }

    @Test(
        "Bedrock's errors keep the gateway's status and get Anthropic's error type",
        arguments: [
            (BedrockError.Kind.validation, "ValidationException", "max_tokens is too large", 400, "invalid_request_error"),
            (.validation, "ValidationException", "The provided model identifier is invalid.", 404, "not_found_error"),
            (.resourceNotFound, "ResourceNotFoundException", "Model not found.", 404, "not_found_error"),
            (.accessDenied, "AccessDeniedException", "You don't have access to the model.", 403, "permission_error"),
            (.throttling, "ThrottlingException", "Too many requests.", 429, "rate_limit_error"),
            (.serviceQuotaExceeded, "ServiceQuotaExceededException", "Quota.", 429, "rate_limit_error"),
            (.serviceUnavailable, "ServiceUnavailableException", "Unavailable.", 503, "overloaded_error"),
            (.modelNotReady, "ModelNotReadyException", "Not ready.", 503, "overloaded_error"),
            (.modelTimeout, "ModelTimeoutException", "Timed out.", 504, "timeout_error"),
            (.internalServer, "InternalServerException", "Internal.", 502, "api_error"),
            (.modelError, "ModelErrorException", "Model failed.", 502, "api_error"),
        ])
    func bedrockErrors(kind: BedrockError.Kind, code: String, message: String, status: Int, type: String) async throws {
        let harness = try GatewayHarness()
        let failure = BedrockError(kind: kind, code: code, message: message, retryAfterSeconds: 2)
        harness.runtime.onInvokeModel = { _, _ in throw failure }
        harness.runtime.onConverse = { _, _ in throw failure }
        for model in [Self.claude, "amazon.nova-pro-v1:0"] {
            let response = await harness.sendAnthropic(AnthropicMessagesEndpointTests.body(model: model))
            #expect(response.status == status, "\(model)")
            let error = try await Self.anthropicError(response)
            #expect(error["type"] == .string(type), "\(model)")
            #expect(error["message"]?.stringValue?.isEmpty == false)
            if status == 429 || status == 503 { #expect(response.header("retry-after") == "2") }
        }
        #expect(harness.runtime.invoked.count == 1)
        #expect(harness.runtime.conversed.count == 1)
    }

    @Test("A url image the fetcher refuses is a 400 naming the block")
    func refusedImage() async throws {
        let harness = try GatewayHarness()
        harness.fetcher.failure = RemoteMediaError(
            param: "messages[0].content[0].source.url", url: "http://169.254.169.254/x", reason: .blockedAddress)
        let response = await harness.sendAnthropic(
            #"{"model":"\#(Self.claude)","max_tokens":10,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"url","url":"http://169.254.169.254/x"}}]}]}"#)
        #expect(response.status == 400)
        let error = try await Self.anthropicError(response)
        #expect(error["type"] == "invalid_request_error")
        #expect(error["message"]?.stringValue?.hasPrefix("messages[0].content[0].source.url: ") == true)
        #expect(harness.runtime.invoked.isEmpty)
    }

    @Test("Claude's answer that is not an Anthropic message is a 502 api_error")
    func unreadableAnswer() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onInvokeModel = { _, _ in InvokeModelResult(body: Data(#"{"completion":"old format"}"#.utf8)) }
        let response = await harness.sendAnthropic(AnthropicMessagesEndpointTests.body(model: Self.claude))
        #expect(response.status == 502)
        #expect(try await Self.anthropicError(response)["type"] == "api_error")
    }

    @Test("The OpenAI routes keep the OpenAI error envelope")
    func openAIRoutesUnchanged() async throws {
        let harness = try GatewayHarness()
        let response = await harness.send("POST", "/v1/chat/completions", json: "{}", key: "sk-wrong")
        #expect(response.status == 401)
        #expect(try await response.openAIError().code == "invalid_api_key")
        #expect(response.header("request-id") == nil)
    }
}
