import Foundation
import Testing

@testable import GatewayCore

@Suite("Gateway chat completions (JSON)")
struct GatewayChatCompletionsTests {
    static func converseResponse(golden name: String) throws -> ConverseResponse {
        try BedrockJSONDecoder().decode(ConverseResponse.self, from: Golden.data("converse-to-chat/\(name).converse"))
    }

    static func chatBody(model: String, extra: String = "") -> String {
        #"{"model":"\#(model)","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Weather in Paris and Tokyo?"}]\#(extra)}"#
    }

    @Test("A Converse answer with text and tool calls comes back as the documented chat completion")
    func toolCallsEndToEnd() async throws {
        let harness = try GatewayHarness()
        let answer = try Self.converseResponse(golden: "tool-use-with-text")
        harness.runtime.onConverse = { _, _ in answer }
        let model = "anthropic.claude-3-5-sonnet-20241022-v2:0"

        let response = await harness.send("POST", "/v1/chat/completions", json: Self.chatBody(model: model))
        #expect(response.status == 200)
        #expect(response.header("content-type") == "application/json")
        #expect(response.header("x-request-id") == "req-1")
        try Golden.expectMatches(try await response.json(), "converse-to-chat/tool-use-with-text.chat")
        #expect(harness.runtime.conversed.map(\.modelID) == [model])
    }

    @Test("Readable reasoning is returned as reasoning_content, and usage counts cached tokens")
    func reasoningAndCachedUsage() async throws {
        let harness = try GatewayHarness()
        let answer = try Self.converseResponse(golden: "reasoning-cached")
        harness.runtime.onConverse = { _, _ in answer }
        let response = await harness.send(
            "POST", "/api/v1/chat/completions", json: Self.chatBody(model: "us.anthropic.claude-sonnet-4-5-20250929-v1:0"))
        #expect(response.status == 200)
        let body = try await response.json()
        let golden = try Golden.json("converse-to-chat/reasoning-cached.chat")
        #expect(body["choices"] == golden["choices"])
        #expect(body["usage"] == golden["usage"])
    }

    @Test("Clients that sent legacy functions get a function_call back")
    func legacyFunctions() async throws {
        let harness = try GatewayHarness()
        let answer = try Self.converseResponse(golden: "tool-use-with-text")
        harness.runtime.onConverse = { _, _ in answer }
        let body = Self.chatBody(
            model: "anthropic.claude-3-5-sonnet-20241022-v2:0",
            extra: #","functions":[{"name":"get_weather","parameters":{"type":"object","properties":{"location":{"type":"string"}}}}]"#)
        let response = await harness.send("POST", "/v1/chat/completions", json: body)
        let choice = try #require(try await response.json()["choices"]?.arrayValue?.first)
        #expect(choice["finish_reason"] == "function_call")
        #expect(choice["message"]?["function_call"]?["name"] == "get_weather")
        #expect(choice["message"]?["tool_calls"] == nil)
    }

    @Test("A known inference profile is invoked by its catalog id (application profile → ARN)")
    func resolvesThroughCatalog() async throws {
        let harness = try GatewayHarness(catalogSource: try .fixture())
        let answer = try Self.converseResponse(golden: "tool-use-with-text")
        harness.runtime.onConverse = { _, _ in answer }
        let response = await harness.send("POST", "/v1/chat/completions", json: Self.chatBody(model: "a1b2c3d4e5f6"))
        #expect(response.status == 200)
        #expect(try await response.json()["model"] == "a1b2c3d4e5f6")
        #expect(
            harness.runtime.conversed.map(\.modelID)
                == ["arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6"])
    }

    @Test("A catalog outage does not block a chat call: the id is tried as written")
    func catalogOutage() async throws {
        let catalog = FakeCatalogSource()
        catalog.fail(models: BedrockError(kind: .accessDenied, code: "AccessDeniedException", message: "no ListFoundationModels"))
        let harness = try GatewayHarness(catalogSource: catalog)
        let answer = try Self.converseResponse(golden: "tool-use-with-text")
        harness.runtime.onConverse = { _, _ in answer }
        let response = await harness.send("POST", "/v1/chat/completions", json: Self.chatBody(model: "brand-new.model-v9:0"))
        #expect(response.status == 200)
        #expect(harness.runtime.conversed.map(\.modelID) == ["brand-new.model-v9:0"])
    }

    @Test(
        "An invalid body is a 400 naming the parameter, before Bedrock is called",
        arguments: [
            (#"{"model":"m","messages":[{"role":"wizard","content":"hi"}]}"#, "messages[0].role"),
            (#"{"model":"m"}"#, "messages"),
            (#"{"model":"m","messages":[{"role":"user","content":"hi"}],"temperature":3}"#, "temperature"),
            (#"{"model":"","messages":[{"role":"user","content":"hi"}]}"#, "model"),
        ])
    func invalidBody(body: String, param: String) async throws {
        let harness = try GatewayHarness()
        let response = await harness.send("POST", "/v1/chat/completions", json: body)
        #expect(response.status == 400)
        let error = try await response.openAIError()
        #expect(error.type == .invalidRequest)
        #expect(error.param == param)
        #expect(harness.runtime.conversed.isEmpty)
    }

    @Test("A body that is not JSON is a 400 without param")
    func notJSON() async throws {
        let harness = try GatewayHarness()
        let response = await harness.send("POST", "/v1/chat/completions", json: "model=x")
        #expect(response.status == 400)
        #expect(try await response.openAIError().param == nil)
    }

    @Test("A request the translation refuses is a 400 with its param (n > 1)")
    func translationError() async throws {
        let harness = try GatewayHarness()
        let response = await harness.send(
            "POST", "/v1/chat/completions", json: Self.chatBody(model: "amazon.nova-pro-v1:0", extra: #","n":2"#))
        #expect(response.status == 400)
        #expect(try await response.openAIError().param == "n")
        #expect(harness.runtime.conversed.isEmpty)
    }

    @Test("Remote images are fetched through the fetcher before Bedrock is called")
    func remoteImageFetched() async throws {
        let harness = try GatewayHarness()
        let url = "https://example.com/cat.png"
        harness.fetcher.media[url] = .init(data: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), mediaType: "image/png")
        let answer = try Self.converseResponse(golden: "tool-use-with-text")
        harness.runtime.onConverse = { _, _ in answer }
        let body = #"{"model":"amazon.nova-pro-v1:0","messages":[{"role":"user","content":[{"type":"text","text":"What is this?"},{"type":"image_url","image_url":{"url":"\#(url)"}}]}]}"#
        let response = await harness.send("POST", "/v1/chat/completions", json: body)
        #expect(harness.fetcher.fetches == [[RemoteMediaReference(url: url, param: "messages[0].content[1].image_url.url")]])
        #expect(response.status == 200)
    }

    @Test("An image the fetcher refuses is a 400 naming the image's param, and Bedrock is not called")
    func remoteImageRefused() async throws {
        let harness = try GatewayHarness()
        let url = "http://169.254.169.254/latest/meta-data"
        harness.fetcher.failure = RemoteMediaError(
            param: "messages[0].content[1].image_url.url", url: url, reason: .blockedAddress, detail: "link-local address")
        let body = #"{"model":"amazon.nova-pro-v1:0","messages":[{"role":"user","content":[{"type":"text","text":"Look"},{"type":"image_url","image_url":{"url":"\#(url)"}}]}]}"#
        let response = await harness.send("POST", "/v1/chat/completions", json: body)
        #expect(response.status == 400)
        let error = try await response.openAIError()
        #expect(error.type == .invalidRequest)
        #expect(error.param == "messages[0].content[1].image_url.url")
        #expect(error.code == "image_url_blocked")
        #expect(harness.runtime.conversed.isEmpty)
    }
}
