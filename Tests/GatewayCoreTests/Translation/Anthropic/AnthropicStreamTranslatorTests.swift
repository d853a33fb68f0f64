import Foundation
import Testing

@testable import GatewayCore

@Suite("Anthropic stream events → chat.completion.chunk")
struct AnthropicStreamTranslatorTests {
    /// Runs event lines (one JSON event each, as carried in the `bytes` of Bedrock chunks)
    /// through a translator and returns the chunks as wire JSON.
    static func chunks(_ lines: [String], includeUsage: Bool) throws -> [JSONValue] {
        var translator = AnthropicStreamTranslator(id: "chatcmpl-s1", created: 1_700_000_000, model: "claude", includeUsage: includeUsage)
        var output: [JSONValue] = []
        for line in lines {
            let event = try AnthropicStreamEvent(payloadPart: BedrockPayloadPart(bytes: Data(line.utf8)))
            for chunk in try translator.translate(event) {
                output.append(try WireJSON.value(JSONEncoder().encode(chunk)))
            }
        }
        return output
    }

    /// An expected chunk with one choice.
    static func chunk(_ delta: String, finish: String = "null") throws -> JSONValue {
        try WireJSON.value(#"""
            {"id": "chatcmpl-s1", "object": "chat.completion.chunk", "created": 1700000000, "model": "claude",
             "choices": [{"index": 0, "delta": \#(delta), "logprobs": null, "finish_reason": \#(finish)}]}
            """#)
    }

    /// The expected usage chunk (`choices: []`).
    static func usageChunk(_ usage: String) throws -> JSONValue {
        try WireJSON.value(#"""
            {"id": "chatcmpl-s1", "object": "chat.completion.chunk", "created": 1700000000, "model": "claude", "choices": [], "usage": \#(usage)}
            """#)
    }

    /// Anthropic's documented "streaming request with tool use" example (text, then a tool_use
    /// block whose input arrives as input_json_delta fragments, the first one empty), with the
    /// invocation metrics Bedrock appends to message_stop.
    static let toolUseStream = [
        #"{"type":"message_start","message":{"id":"msg_014p7gG3wDgGV9EUtLvnow3U","type":"message","role":"assistant","model":"claude-opus-4-6","stop_sequence":null,"usage":{"input_tokens":472,"output_tokens":2},"content":[],"stop_reason":null}}"#,
        #"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#,
        #"{"type":"ping"}"#,
        #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Okay"}}"#,
        #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":", let's check the weather for San Francisco, CA:"}}"#,
        #"{"type":"content_block_stop","index":0}"#,
        #"{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_01T1x1fJ34qAmk2tNTrN7Up6","name":"get_weather","input":{}}}"#,
        #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":""}}"#,
        #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"location\":"}}"#,
        #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":" \"San Francisc"}}"#,
        #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"o, CA\", \"unit\": \"fah"}}"#,
        #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"renheit\"}"}}"#,
        #"{"type":"content_block_stop","index":1}"#,
        #"{"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":89}}"#,
        #"{"type":"message_stop","amazon-bedrock-invocationMetrics":{"inputTokenCount":472,"outputTokenCount":89,"invocationLatency":2412,"firstByteLatency":371}}"#,
    ]

    @Test("the documented text + tool_use stream becomes the exact OpenAI chunk sequence, ending with usage")
    func toolUseStream() throws {
        let expected = try [
            Self.chunk(#"{"role": "assistant", "content": ""}"#),
            Self.chunk(#"{"content": "Okay"}"#),
            Self.chunk(#"{"content": ", let's check the weather for San Francisco, CA:"}"#),
            Self.chunk(#"{"tool_calls": [{"index": 0, "id": "toolu_01T1x1fJ34qAmk2tNTrN7Up6", "type": "function", "function": {"name": "get_weather", "arguments": ""}}]}"#),
            Self.chunk(#"{"tool_calls": [{"index": 0, "function": {"arguments": "{\"location\":"}}]}"#),
            Self.chunk(#"{"tool_calls": [{"index": 0, "function": {"arguments": " \"San Francisc"}}]}"#),
            Self.chunk(#"{"tool_calls": [{"index": 0, "function": {"arguments": "o, CA\", \"unit\": \"fah"}}]}"#),
            Self.chunk(#"{"tool_calls": [{"index": 0, "function": {"arguments": "renheit\"}"}}]}"#),
            Self.chunk("{}", finish: #""tool_calls""#),
            Self.usageChunk(#"{"prompt_tokens": 472, "completion_tokens": 89, "total_tokens": 561}"#),
        ]
        let actual = try Self.chunks(Self.toolUseStream, includeUsage: true)
        #expect(actual == expected)
        // The concatenated fragments are the tool input.
        let arguments = actual.compactMap { $0["choices"]?.arrayValue?.first?["delta"]?["tool_calls"]?.arrayValue?.first?["function"]?["arguments"]?.stringValue }.joined()
        #expect(try WireJSON.value(arguments) == ["location": "San Francisco, CA", "unit": "fahrenheit"])
    }

    @Test("without include_usage no usage chunk is sent")
    func noUsageChunk() throws {
        let actual = try Self.chunks(Self.toolUseStream, includeUsage: false)
        #expect(actual.count == 9)
        #expect(actual.allSatisfy { $0["usage"] == nil })
    }

    @Test("thinking deltas become reasoning_content; the signature shows nothing")
    func thinkingStream() throws {
        let lines = [
            #"{"type": "message_start", "message": {"id": "msg_01", "type": "message", "role": "assistant", "content": [], "model": "claude-sonnet-4-5", "stop_reason": null, "stop_sequence": null, "usage": {"input_tokens": 60, "cache_read_input_tokens": 1000, "cache_creation_input_tokens": 0, "output_tokens": 1}}}"#,
            #"{"type": "content_block_start", "index": 0, "content_block": {"type": "thinking", "thinking": "", "signature": ""}}"#,
            #"{"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": "I need to find the GCD of 1071 and 462 using the Euclidean algorithm.\n\n1071 = 2 × 462 + 147"}}"#,
            #"{"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": "\n462 = 3 × 147 + 21\n147 = 7 × 21 + 0"}}"#,
            #"{"type": "content_block_delta", "index": 0, "delta": {"type": "signature_delta", "signature": "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds..."}}"#,
            #"{"type": "content_block_stop", "index": 0}"#,
            #"{"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}}"#,
            #"{"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": "The greatest common divisor (GCD) of 1071 and 462 is **21**."}}"#,
            #"{"type": "content_block_stop", "index": 1}"#,
            #"{"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": null}, "usage": {"output_tokens": 300}}"#,
            #"{"type": "message_stop"}"#,
        ]
        let expected = try [
            Self.chunk(#"{"role": "assistant", "content": ""}"#),
            Self.chunk(#"{"reasoning_content": "I need to find the GCD of 1071 and 462 using the Euclidean algorithm.\n\n1071 = 2 × 462 + 147"}"#),
            Self.chunk(#"{"reasoning_content": "\n462 = 3 × 147 + 21\n147 = 7 × 21 + 0"}"#),
            Self.chunk(#"{"content": "The greatest common divisor (GCD) of 1071 and 462 is **21**."}"#),
            Self.chunk("{}", finish: #""stop""#),
            Self.usageChunk(#"{"prompt_tokens": 1060, "completion_tokens": 300, "total_tokens": 1360, "prompt_tokens_details": {"cached_tokens": 1000}}"#),
        ]
        #expect(try Self.chunks(lines, includeUsage: true) == expected)
    }

    @Test("tool calls are numbered 0, 1, … in order, whatever their content-block index")
    func toolCallNumbering() throws {
        let lines = [
            #"{"type": "message_start", "message": {"id": "msg_2", "type": "message", "role": "assistant", "content": [], "model": "m", "stop_reason": null, "stop_sequence": null, "usage": {"input_tokens": 5, "output_tokens": 1}}}"#,
            #"{"type": "content_block_start", "index": 0, "content_block": {"type": "thinking", "thinking": "", "signature": ""}}"#,
            #"{"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}}"#,
            #"{"type": "content_block_start", "index": 2, "content_block": {"type": "tool_use", "id": "toolu_a", "name": "first", "input": {}}}"#,
            #"{"type": "content_block_delta", "index": 2, "delta": {"type": "input_json_delta", "partial_json": "{}"}}"#,
            #"{"type": "content_block_start", "index": 3, "content_block": {"type": "tool_use", "id": "toolu_b", "name": "second", "input": {}}}"#,
            #"{"type": "content_block_delta", "index": 3, "delta": {"type": "input_json_delta", "partial_json": "{\"x\": 1}"}}"#,
            #"{"type": "message_delta", "delta": {"stop_reason": "tool_use", "stop_sequence": null}, "usage": {"output_tokens": 30}}"#,
            #"{"type": "message_stop"}"#,
        ]
        let calls = try Self.chunks(lines, includeUsage: false).compactMap { $0["choices"]?.arrayValue?.first?["delta"]?["tool_calls"]?.arrayValue?.first }
        #expect(calls == [
            ["index": 0, "id": "toolu_a", "type": "function", "function": ["name": "first", "arguments": ""]],
            ["index": 0, "function": ["arguments": "{}"]],
            ["index": 1, "id": "toolu_b", "type": "function", "function": ["name": "second", "arguments": ""]],
            ["index": 1, "function": ["arguments": "{\"x\": 1}"]],
        ])
    }

    @Test("usage: message_delta's cumulative counts update message_start's, and Bedrock's invocation metrics win")
    func usageSources() throws {
        let start = #"{"type": "message_start", "message": {"id": "msg_3", "type": "message", "role": "assistant", "content": [], "model": "m", "stop_reason": null, "stop_sequence": null, "usage": {"input_tokens": 849, "output_tokens": 10}}}"#
        let delta = #"{"type":"message_delta","delta":{"stop_reason":"max_tokens","stop_sequence":null},"usage":{"input_tokens":849,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":47}}"#
        let repeated = try Self.chunks([start, delta, #"{"type": "message_stop"}"#], includeUsage: true)
        #expect(repeated.last == (try Self.usageChunk(#"{"prompt_tokens": 849, "completion_tokens": 47, "total_tokens": 896, "prompt_tokens_details": {"cached_tokens": 0}}"#)))
        #expect(repeated.dropLast().last == (try Self.chunk("{}", finish: #""length""#)))

        let metrics = #"{"type": "message_stop", "amazon-bedrock-invocationMetrics": {"inputTokenCount": 850, "outputTokenCount": 48, "invocationLatency": 900, "firstByteLatency": 200, "cacheReadInputTokenCount": 2000, "cacheWriteInputTokenCount": 10}}"#
        let billed = try Self.chunks([start, delta, metrics], includeUsage: true)
        #expect(billed.last == (try Self.usageChunk(#"{"prompt_tokens": 2860, "completion_tokens": 48, "total_tokens": 2908, "prompt_tokens_details": {"cached_tokens": 2000}}"#)))
    }

    @Test("a stream that stops without a stop reason still finishes the choice once")
    func finishWithoutStopReason() throws {
        let lines = [
            #"{"type": "message_start", "message": {"id": "msg_4", "type": "message", "role": "assistant", "content": [], "model": "m", "stop_reason": null, "stop_sequence": null, "usage": {"input_tokens": 3, "output_tokens": 1}}}"#,
            #"{"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}"#,
            #"{"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hi"}}"#,
            #"{"type": "message_stop"}"#,
        ]
        let chunks = try Self.chunks(lines, includeUsage: false)
        #expect(chunks.last == (try Self.chunk("{}", finish: #""stop""#)))
        #expect(chunks.filter { $0["choices"]?.arrayValue?.first?["finish_reason"] != .null }.count == 1)
    }

    @Test("an error event throws a typed error that becomes an OpenAI error for the SSE stream")
    func errorEvent() throws {
        var translator = AnthropicStreamTranslator(id: "chatcmpl-s1", created: 1, model: "claude", includeUsage: false)
        let event = try WireJSON.decode(AnthropicStreamEvent.self, #"{"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}"#)
        #expect(throws: AnthropicStreamError(type: "overloaded_error", message: "Overloaded")) {
            _ = try translator.translate(event)
        }
        let overloaded = AnthropicStreamError(type: "overloaded_error", message: "Overloaded").openAIError
        #expect(try WireJSON.value(JSONEncoder().encode(OpenAIErrorResponse(error: overloaded)))
            == ["error": ["message": "Overloaded", "type": "api_error", "param": nil, "code": "overloaded_error"]])
        #expect(AnthropicStreamError(type: "rate_limit_error", message: "slow down").openAIError.type == .rateLimit)
        #expect(AnthropicStreamError(type: "invalid_request_error", message: "bad").openAIError.type == .invalidRequest)
    }
}
