import Foundation
import Testing

@testable import GatewayCore

@Suite("Decoding Converse responses")
struct ConverseResponseDecodingTests {
    @Test("a text answer decodes with stop reason, usage and latency")
    func textAnswer() throws {
        let response = try WireJSON.decode(ConverseResponse.self, ConverseExamples.text)
        #expect(response.output.message == ConverseMessage(role: .assistant, content: [.text("Here is a short poem about the sea...")]))
        #expect(response.stopReason == .endTurn)
        #expect(response.usage == ConverseTokenUsage(inputTokens: 125, outputTokens: 60, totalTokens: 185))
        #expect(response.metrics.latencyMs == 1175)
        #expect(response.additionalModelResponseFields == nil)
    }

    @Test("a tool call decodes its id, name and input document")
    func toolCall() throws {
        let response = try WireJSON.decode(ConverseResponse.self, ConverseExamples.toolUse)
        #expect(response.stopReason == .toolUse)
        let content = try #require(response.output.message?.content)
        #expect(content.count == 2)
        #expect(content[1] == .toolUse(ConverseToolUseBlock(toolUseId: "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", name: "top_song", input: ["sign": "WZPZ"])))
    }

    @Test("reasoning keeps its signature, and redacted reasoning decodes from base64")
    func reasoning() throws {
        let response = try WireJSON.decode(ConverseResponse.self, ConverseExamples.reasoning)
        let content = try #require(response.output.message?.content)
        #expect(
            content[0]
                == .reasoningContent(
                    .reasoningText(ConverseReasoningText(text: "The user asks for 27 * 453. 27 * 453 = 12231.", signature: "EqoBCkgIARABGAIiQL2UyQ9W"))))
        #expect(content[1] == .reasoningContent(.redactedContent(Data("EmoKAhgBEgy3va3pzix".utf8))))
    }

    @Test("citations content is kept as raw JSON and re-encodes unchanged")
    func citations() throws {
        let response = try WireJSON.decode(ConverseResponse.self, ConverseExamples.citations)
        let content = try #require(response.output.message?.content)
        guard case .citationsContent(let citations) = content.first else {
            Issue.record("expected citationsContent, got \(content)")
            return
        }
        #expect(citations["citations"]?.arrayValue?.first?["location"]?["documentChar"]?["end"] == 20)
        #expect(try WireJSON.encoded(response) == WireJSON.value(ConverseExamples.citations))
    }

    @Test("cached-token usage decodes reads, writes and per-TTL details")
    func cachedUsage() throws {
        let response = try WireJSON.decode(ConverseResponse.self, ConverseExamples.cachedUsage)
        #expect(
            response.usage
                == ConverseTokenUsage(
                    inputTokens: 12, outputTokens: 100, totalTokens: 4208, cacheReadInputTokens: 2048, cacheWriteInputTokens: 2048,
                    cacheDetails: [ConverseCacheDetail(ttl: .oneHour, inputTokens: 2048)]))
        #expect(response.stopReason == .maxTokens)
        #expect(response.performanceConfig?.latency == .optimized)
        #expect(response.serviceTier?.type == .flex)
    }

    @Test("every documented example survives decode → encode unchanged")
    func roundTrips() throws {
        for example in ConverseExamples.responses {
            let response = try WireJSON.decode(ConverseResponse.self, example)
            #expect(try WireJSON.encoded(response) == WireJSON.value(example))
        }
    }

    @Test("unknown union members are kept as .unknown and re-encoded")
    func unknownUnionMembers() throws {
        let json = """
            {"output": {"message": {"role": "assistant", "content": [
                {"searchResult": {"source": "https://example.com", "title": "Ex", "content": [{"text": "t"}]}},
                {"hologram": {"depth": 3}}
             ]}},
             "stopReason": "end_turn", "usage": {"inputTokens": 1, "outputTokens": 1, "totalTokens": 2}, "metrics": {"latencyMs": 1}}
            """
        let response = try WireJSON.decode(ConverseResponse.self, json)
        let content = try #require(response.output.message?.content)
        #expect(content[0] == .unknown("searchResult", ["source": "https://example.com", "title": "Ex", "content": [["text": "t"]]]))
        #expect(content[1] == .unknown("hologram", ["depth": 3]))
        #expect(try WireJSON.encoded(response) == WireJSON.value(json))
    }

    @Test("an unknown output member and an unknown stop reason are tolerated")
    func unknownOutputAndStopReason() throws {
        let json = """
            {"output": {"audio": {"bytes": "AAA="}}, "stopReason": "paused_for_reflection",
             "usage": {"inputTokens": 1, "outputTokens": 1, "totalTokens": 2}, "metrics": {"latencyMs": 1}}
            """
        let response = try WireJSON.decode(ConverseResponse.self, json)
        #expect(response.output == .unknown("audio", ["bytes": "AAA="]))
        #expect(response.output.message == nil)
        #expect(response.stopReason == .unknown("paused_for_reflection"))
        #expect(response.stopReason.rawValue == "paused_for_reflection")
        #expect(try WireJSON.encoded(response) == WireJSON.value(json))
    }

    @Test("members Bedrock adds later are ignored")
    func unknownKeysIgnored() throws {
        let json = """
            {"output": {"message": {"role": "assistant", "content": [{"text": "hi"}], "id": "m1"}},
             "stopReason": "end_turn", "usage": {"inputTokens": 1, "outputTokens": 1, "totalTokens": 2, "reasoningTokens": 0},
             "metrics": {"latencyMs": 1, "timeToFirstTokenMs": 1}, "brandNewField": {"x": 1}}
            """
        let response = try WireJSON.decode(ConverseResponse.self, json)
        #expect(response.output.message?.content == [.text("hi")])
    }

    @Test("every stop reason of the service model maps to its own case")
    func stopReasonsCoverTheModel() throws {
        let values = try #require(try ServiceModels.bedrockRuntime.shape(named: "StopReason")?.enumValues)
        for value in values {
            let reason = ConverseStopReason(rawValue: value)
            if case .unknown = reason { Issue.record("\(value) should be a named case") }
            #expect(reason.rawValue == value)
        }
    }

    @Test("a union with no member set is a decoding error")
    func emptyUnion() {
        #expect(throws: DecodingError.self) { try WireJSON.decode(ConverseContentBlock.self, "{}") }
        #expect(throws: DecodingError.self) { try WireJSON.decode(ConverseContentBlock.self, #"{"text": null}"#) }
    }

    @Test("invalid base64 in a blob is a decoding error, not a crash")
    func invalidBlob() {
        #expect(throws: DecodingError.self) {
            try WireJSON.decode(ConverseReasoningContentBlock.self, #"{"redactedContent": "%%%"}"#)
        }
    }
}
