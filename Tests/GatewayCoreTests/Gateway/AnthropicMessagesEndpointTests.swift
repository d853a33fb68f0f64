import Foundation
import Testing

@testable import GatewayCore

/// Sending Anthropic Messages requests the way the Anthropic SDKs do.
extension GatewayHarness {
    /// `POST /v1/messages` (or `path`) with `x-api-key` and `anthropic-version`, as the Anthropic
    /// SDKs send them, plus `headers`.
    func sendAnthropic(
        _ json: String, path: String = "/v1/messages", key: String? = GatewayHarness.apiKey,
        headers: [(name: String, value: String)] = []
    ) async -> GatewayResponse {
        var allHeaders: [(name: String, value: String)] = [("anthropic-version", "2023-06-01"), ("content-type", "application/json")]
        if let key { allHeaders.append(("x-api-key", key)) }
        return await gateway.handle(
            GatewayRequest(method: "POST", path: path, headers: allHeaders + headers, body: Data(json.utf8), requestID: "req-1"))
    }
}

@Suite("Gateway Anthropic Messages (JSON)")
struct AnthropicMessagesEndpointTests {
    static let claude = "us.anthropic.claude-sonnet-4-5-20250929-v1:0"

    /// A Messages request as the Anthropic SDK sends it, for `model`.
    static func body(model: String, extra: String = "") -> String {
        #"{"model":"\#(model)","max_tokens":1024,"system":"Be brief.","messages":[{"role":"user","content":"Hello, Claude"}]\#(extra)}"#
    }

    /// Anthropic's documented Messages response, as Claude on Bedrock returns it from InvokeModel.
    static let claudeAnswer = #"{"id":"msg_bdrk_01XFDUDYJgAACzvnptvVoYEL","type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929","content":[{"type":"text","text":"Hi! My name is Claude."}],"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":2095,"output_tokens":503,"cache_read_input_tokens":0,"cache_creation_input_tokens":0}}"#

    static func sentBody(_ data: Data) throws -> JSONValue {
        try WireJSON.value(data)
    }

    @Test("Claude goes through InvokeModel: the body as sent, less model and stream, with Bedrock's anthropic_version")
    func claudeInvokeBody() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onInvokeModel = { _, _ in InvokeModelResult(body: Data(Self.claudeAnswer.utf8)) }
        let response = await harness.sendAnthropic(
            Self.body(model: Self.claude, extra: #","stream":false,"top_k":5,"context_management":{"edits":[{"type":"clear_tool_uses_20250919"}]}"#))
        #expect(response.status == 200)
        #expect(harness.runtime.invoked.map(\.modelID) == [Self.claude])
        let sent = try Self.sentBody(try #require(harness.runtime.invoked.first).body)
        #expect(sent == (try WireJSON.value(#"""
            {"anthropic_version":"bedrock-2023-05-31","max_tokens":1024,"system":"Be brief.",
             "messages":[{"role":"user","content":"Hello, Claude"}],"top_k":5,
             "context_management":{"edits":[{"type":"clear_tool_uses_20250919"}]}}
            """#)))
        #expect(harness.runtime.conversed.isEmpty)
    }

    @Test("Claude's answer comes back as Bedrock sent it, with the model the client named")
    func claudeAnswerPassedBack() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onInvokeModel = { _, _ in InvokeModelResult(body: Data(Self.claudeAnswer.utf8)) }
        let response = await harness.sendAnthropic(Self.body(model: Self.claude))
        #expect(response.status == 200)
        #expect(response.header("content-type") == "application/json")
        #expect(response.header("request-id") == "req-1")
        #expect(response.header("x-request-id") == "req-1")
        var expected = try WireJSON.value(Self.claudeAnswer).objectValue ?? [:]
        expected["model"] = .string(Self.claude)
        #expect(try await response.json() == .object(expected))
    }

    @Test("anthropic-beta header values join the body's anthropic_beta for Claude, each once")
    func betaHeader() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onInvokeModel = { _, _ in InvokeModelResult(body: Data(Self.claudeAnswer.utf8)) }
        let response = await harness.sendAnthropic(
            Self.body(model: Self.claude, extra: #","anthropic_beta":["context-1m-2025-08-07"]"#),
            headers: [("anthropic-beta", "interleaved-thinking-2025-05-14, context-1m-2025-08-07")])
        #expect(response.status == 200)
        let sent = try Self.sentBody(try #require(harness.runtime.invoked.first).body)
        #expect(sent["anthropic_beta"] == ["context-1m-2025-08-07", "interleaved-thinking-2025-05-14"])
    }

    @Test("An application inference profile of a Claude model is invoked by its ARN with the Messages body")
    func claudeThroughCatalog() async throws {
        let harness = try GatewayHarness(catalogSource: try .fixture())
        harness.runtime.onInvokeModel = { _, _ in InvokeModelResult(body: Data(Self.claudeAnswer.utf8)) }
        let response = await harness.sendAnthropic(Self.body(model: "a1b2c3d4e5f6"))
        #expect(response.status == 200)
        #expect(
            harness.runtime.invoked.map(\.modelID)
                == ["arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6"])
        #expect(try await response.json()["model"] == "a1b2c3d4e5f6")
    }

    @Test("Other models go through Converse and answer an Anthropic message")
    func converseAnswer() async throws {
        let harness = try GatewayHarness()
        let answer = try WireJSON.decode(ConverseResponse.self, ConverseStreamFrames.reasoningTextAndTwoToolsResponse)
        harness.runtime.onConverse = { _, _ in answer }
        let response = await harness.sendAnthropic(
            Self.body(model: "amazon.nova-pro-v1:0", extra: #","temperature":0.5,"stop_sequences":["END"]"#),
            headers: [("anthropic-beta", "interleaved-thinking-2025-05-14")])
        #expect(response.status == 200)
        #expect(try await response.json() == (try WireJSON.value(#"""
            {"id":"msg_golden","type":"message","role":"assistant","model":"amazon.nova-pro-v1:0",
             "content":[
               {"type":"thinking","thinking":"The user wants the weather in Paris and Tokyo.","signature":"EqoBCkgIARABGAIiQL2UyQ9W"},
               {"type":"text","text":"I'll check both cities."},
               {"type":"tool_use","id":"tooluse_Paris01","name":"get_weather","input":{"city":"Paris"}},
               {"type":"tool_use","id":"tooluse_Tokyo02","name":"get_weather","input":{"city":"Tokyo"}}],
             "stop_reason":"tool_use","stop_sequence":null,
             "usage":{"input_tokens":412,"output_tokens":96}}
            """#)))
        let call = try #require(harness.runtime.conversed.first)
        #expect(call.modelID == "amazon.nova-pro-v1:0")
        #expect(try WireJSON.encoded(call.request) == (try WireJSON.value(#"""
            {"messages":[{"role":"user","content":[{"text":"Hello, Claude"}]}],"system":[{"text":"Be brief."}],
             "inferenceConfig":{"maxTokens":1024,"temperature":0.5,"stopSequences":["END"]}}
            """#)))
        #expect(harness.runtime.invoked.isEmpty)
    }

    @Test("A url image is fetched by the gateway and sent inline: base64 for Claude, bytes for Converse")
    func remoteImages() async throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        let url = "https://example.com/cat.png"
        let content = #"[{"type":"image","source":{"type":"url","url":"\#(url)"}},{"type":"text","text":"What is this?"}]"#
        let request = { (model: String) in
            #"{"model":"\#(model)","max_tokens":100,"messages":[{"role":"user","content":\#(content)}]}"#
        }

        let claude = try GatewayHarness()
        claude.fetcher.media[url] = FetchedMedia.Item(data: png, mediaType: "image/png")
        claude.runtime.onInvokeModel = { _, _ in InvokeModelResult(body: Data(Self.claudeAnswer.utf8)) }
        #expect(await claude.sendAnthropic(request(Self.claude)).status == 200)
        #expect(claude.fetcher.fetches == [[RemoteMediaReference(url: url, param: "messages[0].content[0].source.url")]])
        let sent = try Self.sentBody(try #require(claude.runtime.invoked.first).body)
        #expect(sent["messages"]?.arrayValue?.first?["content"]?.arrayValue?.first == (try WireJSON.value(#"""
            {"type":"image","source":{"type":"base64","media_type":"image/png","data":"\#(png.base64EncodedString())"}}
            """#)))

        let nova = try GatewayHarness()
        nova.fetcher.media[url] = FetchedMedia.Item(data: png, mediaType: "image/png")
        let answer = try WireJSON.decode(ConverseResponse.self, ConverseStreamFrames.reasoningTextAndTwoToolsResponse)
        nova.runtime.onConverse = { _, _ in answer }
        #expect(await nova.sendAnthropic(request("amazon.nova-pro-v1:0")).status == 200)
        let converse = try #require(nova.runtime.conversed.first).request
        guard case .image(let image)? = converse.messages?.first?.content.first else {
            Issue.record("expected an image block")
            return
        }
        #expect(image.format == .png)
        #expect(image.source == .bytes(png))
    }

    @Test("One request log line: route, model, status, usage and stop reason")
    func logLine() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onInvokeModel = { _, _ in InvokeModelResult(body: Data(Self.claudeAnswer.utf8)) }
        _ = await harness.sendAnthropic(Self.body(model: Self.claude))
        let records = harness.logs.records(event: "request")
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record[field: "route"] == "/messages")
        #expect(record[field: "model"] == .string(Self.claude))
        #expect(record[field: "status"] == 200)
        #expect(record[field: "stream"] == false)
        #expect(record[field: "prompt_tokens"] == 2095)
        #expect(record[field: "completion_tokens"] == 503)
        #expect(record[field: "finish_reason"] == "stop")
        #expect(harness.logs.requestLines.first?.contains("Hello, Claude") == false)
    }

    @Test("The route is also served under the configured prefix")
    func underPrefix() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onInvokeModel = { _, _ in InvokeModelResult(body: Data(Self.claudeAnswer.utf8)) }
        #expect(await harness.sendAnthropic(Self.body(model: Self.claude), path: "/api/v1/messages").status == 200)
        #expect(GatewayRoute(method: "POST", path: "/v1/messages/", prefix: "/api/v1") == .anthropicMessages)
        #expect(GatewayRoute(method: "POST", path: "/api/v1/messages/count_tokens", prefix: "/api/v1") == .anthropicCountTokens)
        #expect(GatewayRoute(method: "GET", path: "/v1/messages", prefix: "/api/v1") == .methodNotAllowed(allowed: ["POST"]))
    }

    @Test("count_tokens counts Claude's Messages body (max_tokens filled in) on the foundation model")
    func countTokensClaude() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onCountTokens = { _, _ in CountTokensResponse(inputTokens: 14) }
        let response = await harness.sendAnthropic(
            #"{"model":"\#(Self.claude)","messages":[{"role":"user","content":"Hello"}],"thinking":{"type":"enabled","budget_tokens":2048}}"#,
            path: "/v1/messages/count_tokens")
        #expect(response.status == 200)
        #expect(try await response.json() == ["input_tokens": 14])
        let call = try #require(harness.runtime.countedTokens.first)
        #expect(call.modelID == "anthropic.claude-sonnet-4-5-20250929-v1:0")
        guard case .invokeModel(let input) = call.request.input else {
            Issue.record("expected an invokeModel input")
            return
        }
        #expect(try WireJSON.value(input.body) == (try WireJSON.value(#"""
            {"anthropic_version":"bedrock-2023-05-31","max_tokens":2049,"messages":[{"role":"user","content":"Hello"}],
             "thinking":{"type":"enabled","budget_tokens":2048}}
            """#)))
    }

    @Test("count_tokens for other models counts the Converse translation")
    func countTokensConverse() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onCountTokens = { _, _ in CountTokensResponse(inputTokens: 9) }
        let response = await harness.sendAnthropic(
            #"{"model":"us.amazon.nova-pro-v1:0","system":"Be brief.","messages":[{"role":"user","content":"Hello"}]}"#,
            path: "/v1/messages/count_tokens")
        #expect(response.status == 200)
        #expect(try await response.json() == ["input_tokens": 9])
        let call = try #require(harness.runtime.countedTokens.first)
        #expect(call.modelID == "amazon.nova-pro-v1:0")
        #expect(try WireJSON.encoded(call.request) == (try WireJSON.value(#"""
            {"input":{"converse":{"messages":[{"role":"user","content":[{"text":"Hello"}]}],"system":[{"text":"Be brief."}]}}}
            """#)))
    }
}
