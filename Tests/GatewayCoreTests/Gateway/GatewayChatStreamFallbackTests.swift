import Foundation
import Testing

@testable import GatewayCore

@Suite("Gateway chat streams with tools on models without streaming tool use")
struct GatewayChatStreamFallbackTests {
    static let llama = "meta.llama3-1-70b-instruct-v1:0"

    static func body(model: String) -> String {
        #"{"model":"\#(model)","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"Weather in Paris and Tokyo?"}],"tools":[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object","properties":{"location":{"type":"string"}}}}}]}"#
    }

    static func answer() throws -> ConverseResponse {
        try BedrockJSONDecoder().decode(ConverseResponse.self, from: Golden.data("converse-to-chat/tool-use-with-text.converse"))
    }

    @Test("Llama 3.1 with tools is answered through Converse and streamed as tool call deltas, then [DONE]")
    func fallsBackToConverse() async throws {
        let harness = try GatewayHarness()
        let answer = try Self.answer()
        harness.runtime.onConverse = { _, _ in answer }
        let response = await harness.send("POST", "/v1/chat/completions", json: Self.body(model: Self.llama))
        #expect(response.status == 200)
        #expect(response.header("content-type") == "text/event-stream")
        let events = try await response.events()
        #expect(events.last == "data: [DONE]\n\n")
        #expect(harness.runtime.conversed.map(\.modelID) == [Self.llama])
        #expect(harness.runtime.conversed.first?.request.toolConfig?.tools.count == 1)
        #expect(harness.runtime.streamed.isEmpty)

        let chunks = try events.dropLast().map { event in
            try JSONDecoder().decode(JSONValue.self, from: Data(event.dropFirst("data: ".count).utf8))
        }
        let deltas = chunks.compactMap { $0["choices"]?.arrayValue?.first?["delta"] }
        #expect(deltas.first?["role"] == "assistant")
        let calls = deltas.compactMap { $0["tool_calls"]?.arrayValue?.first }
        #expect(calls.compactMap { $0["id"]?.stringValue } == ["tooluse_2SZtb4iHQ0OFdbJLR2-ELg", "tooluse_u8e1nDkaRLGl8bUZbA4k9w"])
        #expect(calls.compactMap { $0["function"]?["name"]?.stringValue } == ["get_weather", "get_weather"])
        let arguments = calls.compactMap { $0["function"]?["arguments"]?.stringValue }.joined()
        #expect(arguments.contains(#""location":"Paris, France""#))
        #expect(arguments.contains(#""location":"Tokyo, Japan""#))
        let finishes = chunks.compactMap { $0["choices"]?.arrayValue?.first?["finish_reason"]?.stringValue }
        #expect(finishes == ["tool_calls"])
        #expect(chunks.last?["usage"]?["total_tokens"] == 814)

        let record = try #require(harness.logs.records(event: "request").first)
        #expect(record[field: "outcome"] == "completed")
        #expect(record[field: "finish_reason"] == "tool_calls")
    }

    @Test("A model with streaming tool use still calls ConverseStream")
    func streamingToolUseStillStreams() async throws {
        let harness = try GatewayHarness()
        let events = try ConverseStreamFrames.events(golden: "converse-to-chat/text-and-tools.events")
        harness.runtime.onConverseStream = { _, _ in BedrockEventStream(events) }
        let model = "anthropic.claude-3-5-sonnet-20241022-v2:0"
        let response = await harness.send("POST", "/v1/chat/completions", json: Self.body(model: model))
        #expect(response.status == 200)
        #expect(try await response.events().last == "data: [DONE]\n\n")
        #expect(harness.runtime.streamed.map(\.modelID) == [model])
        #expect(harness.runtime.conversed.isEmpty)
    }

    @Test("Throttling of the fallback Converse call is a 429 JSON error, as before a stream starts")
    func throttledFallback() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onConverse = { _, _ in
            throw BedrockError(kind: .throttling, code: "ThrottlingException", message: "Too many requests.", retryAfterSeconds: 2)
        }
        let response = await harness.send("POST", "/v1/chat/completions", json: Self.body(model: Self.llama))
        #expect(response.status == 429)
        #expect(response.header("content-type") == "application/json")
        #expect(response.header("retry-after") == "2")
        let error = try await response.openAIError()
        #expect(error.code == "rate_limit_exceeded")
        #expect(harness.runtime.streamed.isEmpty)
    }
}
