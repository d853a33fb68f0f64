import Foundation
import Testing

@testable import GatewayCore

@Suite("Converse response → Anthropic Messages response")
struct ConverseToAnthropicTests {
    /// Checks a Converse response body against the service model, then translates it.
    static func anthropic(_ json: String) throws -> JSONValue {
        let violations = try ServiceModels.bedrockRuntime.validateResponseBody(operation: "Converse", body: Data(json.utf8))
        #expect(violations.isEmpty, "\(violations)")
        let response = try WireJSON.decode(ConverseResponse.self, json)
        return try WireJSON.encoded(ConverseToAnthropic.translate(response, id: "msg_gw_1", model: "claude-sonnet"))
    }

    @Test("a text answer becomes an Anthropic message with end_turn and the token counts")
    func textAnswer() throws {
        let message = try Self.anthropic(#"""
            {"output": {"message": {"role": "assistant", "content": [{"text": "Hello! How can I help?"}]}},
             "stopReason": "end_turn", "usage": {"inputTokens": 12, "outputTokens": 8, "totalTokens": 20}, "metrics": {"latencyMs": 412}}
            """#)
        #expect(message == (try WireJSON.value(#"""
            {"id": "msg_gw_1", "type": "message", "role": "assistant", "model": "claude-sonnet",
             "content": [{"type": "text", "text": "Hello! How can I help?"}],
             "stop_reason": "end_turn", "stop_sequence": null, "usage": {"input_tokens": 12, "output_tokens": 8}}
            """#)))
    }

    @Test("reasoning, redacted reasoning and tool use become thinking, redacted_thinking and tool_use; cache counts carry over")
    func toolUseWithReasoning() throws {
        let message = try Self.anthropic(#"""
            {"output": {"message": {"role": "assistant", "content": [
               {"reasoningContent": {"reasoningText": {"text": "The user wants weather.", "signature": "EqoBCkgIARABGAIiQL"}}},
               {"reasoningContent": {"redactedContent": "EmwKAhgBEgy3va3pzix/LafPsn4a"}},
               {"text": "Let me check."},
               {"toolUse": {"toolUseId": "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "name": "get_weather", "input": {"city": "Paris"}}}]}},
             "stopReason": "tool_use",
             "usage": {"inputTokens": 30, "outputTokens": 50, "totalTokens": 2080, "cacheReadInputTokens": 2000, "cacheWriteInputTokens": 0},
             "metrics": {"latencyMs": 900}}
            """#)
        #expect(message["content"] == (try WireJSON.value(#"""
            [{"type": "thinking", "thinking": "The user wants weather.", "signature": "EqoBCkgIARABGAIiQL"},
             {"type": "redacted_thinking", "data": "EmwKAhgBEgy3va3pzix/LafPsn4a"},
             {"type": "text", "text": "Let me check."},
             {"type": "tool_use", "id": "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "name": "get_weather", "input": {"city": "Paris"}}]
            """#)))
        #expect(message["stop_reason"] == "tool_use")
        #expect(message["usage"] == ["input_tokens": 30, "output_tokens": 50, "cache_read_input_tokens": 2000, "cache_creation_input_tokens": 0])
    }

    @Test("Converse stop reasons map onto the ones Anthropic clients know")
    func stopReasons() {
        let expected: [(ConverseStopReason, AnthropicStopReason)] = [
            (.endTurn, .endTurn), (.toolUse, .toolUse), (.maxTokens, .maxTokens), (.stopSequence, .stopSequence),
            (.modelContextWindowExceeded, .modelContextWindowExceeded), (.guardrailIntervened, .refusal),
            (.contentFiltered, .refusal), (.malformedModelOutput, .endTurn), (.malformedToolUse, .endTurn),
            (.unknown("new_reason"), .endTurn),
        ]
        for (converse, anthropic) in expected {
            #expect(ConverseToAnthropic.stopReason(converse) == anthropic, "\(converse.rawValue)")
        }
    }
}
