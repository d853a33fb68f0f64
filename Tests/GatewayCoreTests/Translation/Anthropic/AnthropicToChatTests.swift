import Foundation
import Testing

@testable import GatewayCore

@Suite("Anthropic Messages response → chat completion")
struct AnthropicToChatTests {
    static func completion(_ json: String) throws -> JSONValue {
        let response = try WireJSON.decode(AnthropicMessagesResponse.self, json)
        return try WireJSON.value(JSONEncoder().encode(
            AnthropicToChat.translate(response, id: "chatcmpl-gw1", created: 1_741_569_952, model: "claude-sonnet")))
    }

    @Test("the documented text response becomes a chat.completion with stop and consistent usage")
    func textResponse() throws {
        let completion = try Self.completion(#"""
            {"id": "msg_01XFDUDYJgAACzvnptvVoYEL", "type": "message", "role": "assistant",
             "content": [{"type": "text", "text": "Hello!"}], "model": "claude-3-5-sonnet-20241022",
             "stop_reason": "end_turn", "stop_sequence": null, "usage": {"input_tokens": 12, "output_tokens": 6}}
            """#)
        #expect(completion == (try WireJSON.value(#"""
            {"id": "chatcmpl-gw1", "object": "chat.completion", "created": 1741569952, "model": "claude-sonnet",
             "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello!", "refusal": null},
                          "logprobs": null, "finish_reason": "stop"}],
             "usage": {"prompt_tokens": 12, "completion_tokens": 6, "total_tokens": 18}}
            """#)))
    }

    @Test("thinking becomes reasoning_content, tool_use becomes tool_calls, cache reads and writes count as prompt tokens")
    func thinkingAndTools() throws {
        let completion = try Self.completion(#"""
            {"id": "msg_01Aq9w938a90dw8q", "type": "message", "role": "assistant", "model": "claude-3-7-sonnet-20250219",
             "content": [
               {"type": "thinking", "thinking": "I need the weather.", "signature": "WaUjzkypQ2mUEVM36O2TxuC06KN8xyfbJwyem2dw3URve/op91XWHOEBLLqIOMfFG/UvLEczmEsUjavL"},
               {"type": "redacted_thinking", "data": "EmwKAhgBEgy3va3pzix/LafPsn4a"},
               {"type": "text", "text": "Let me check the weather."},
               {"type": "tool_use", "id": "toolu_01A09q90qw90lq917835lq9", "name": "get_weather", "input": {"unit": "celsius", "location": "San Francisco, CA"}}],
             "stop_reason": "tool_use", "stop_sequence": null,
             "usage": {"input_tokens": 472, "output_tokens": 89, "cache_creation_input_tokens": 100, "cache_read_input_tokens": 1024}}
            """#)
        #expect(completion["choices"]?.arrayValue?.first == (try WireJSON.value(#"""
            {"index": 0, "logprobs": null, "finish_reason": "tool_calls",
             "message": {"role": "assistant", "content": "Let me check the weather.", "refusal": null,
                         "reasoning_content": "I need the weather.",
                         "tool_calls": [{"id": "toolu_01A09q90qw90lq917835lq9", "type": "function",
                                         "function": {"name": "get_weather", "arguments": "{\"location\":\"San Francisco, CA\",\"unit\":\"celsius\"}"}}]}}
            """#)))
        #expect(completion["usage"] == (try WireJSON.value(#"""
            {"prompt_tokens": 1596, "completion_tokens": 89, "total_tokens": 1685, "prompt_tokens_details": {"cached_tokens": 1024}}
            """#)))
    }

    @Test("an answer that only calls tools has content null")
    func toolOnlyAnswer() throws {
        let completion = try Self.completion(#"""
            {"id": "msg_1", "type": "message", "role": "assistant", "model": "m",
             "content": [{"type": "tool_use", "id": "toolu_1", "name": "noop", "input": {}}],
             "stop_reason": "tool_use", "stop_sequence": null, "usage": {"input_tokens": 5, "output_tokens": 3}}
            """#)
        let message = completion["choices"]?.arrayValue?.first?["message"]
        #expect(message?["content"] == .null)
        #expect(message?["tool_calls"]?.arrayValue?.first?["function"] == ["name": "noop", "arguments": "{}"])
    }

    @Test("stop reasons map to OpenAI finish reasons")
    func finishReasons() {
        let expected: [(AnthropicStopReason?, FinishReason)] = [
            (.endTurn, .stop), (.stopSequence, .stop), (.maxTokens, .length), (.toolUse, .toolCalls),
            (.refusal, .contentFilter), (.pauseTurn, .stop), (.modelContextWindowExceeded, .length),
            (.unknown("something_new"), .stop), (nil, .stop),
        ]
        for (reason, finish) in expected {
            #expect(AnthropicToChat.finishReason(for: reason) == finish, "\(String(describing: reason))")
        }
    }

    @Test("a refusal keeps what was said and finishes with content_filter")
    func refusal() throws {
        let completion = try Self.completion(#"""
            {"id": "msg_1", "type": "message", "role": "assistant", "model": "m", "content": [{"type": "text", "text": "I can't help with that."}],
             "stop_reason": "refusal", "stop_sequence": null, "usage": {"input_tokens": 9, "output_tokens": 7}}
            """#)
        #expect(completion["choices"]?.arrayValue?.first?["finish_reason"] == "content_filter")
        #expect(completion["choices"]?.arrayValue?.first?["message"]?["content"] == "I can't help with that.")
    }
}
