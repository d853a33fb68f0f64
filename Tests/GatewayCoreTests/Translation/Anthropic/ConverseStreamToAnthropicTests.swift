import Foundation
import Testing

@testable import GatewayCore

@Suite("ConverseStream events → Anthropic stream events")
struct ConverseStreamToAnthropicTests {
    /// Runs Converse frames through a translator (then `finish()`) and returns the Anthropic
    /// events as wire JSON.
    static func events(_ frames: [(String, String)], finish: Bool = true) throws -> [JSONValue] {
        var translator = ConverseStreamToAnthropic(id: "msg_gw_1", model: "amazon.nova-pro-v1:0")
        var output: [AnthropicStreamEvent] = []
        for event in try ConverseStreamFrames.events(frames) {
            output += try translator.consume(event)
        }
        if finish { output += try translator.finish() }
        return try output.map { try WireJSON.value(JSONEncoder().encode($0)) }
    }

    static func json(_ lines: [String]) throws -> [JSONValue] {
        try lines.map { try WireJSON.value($0) }
    }

    /// The `message_start` Anthropic documents, with zero usage (Converse reports usage last).
    static let messageStart =
        #"{"type":"message_start","message":{"id":"msg_gw_1","type":"message","role":"assistant","content":[],"model":"amazon.nova-pro-v1:0","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":0,"output_tokens":0}}}"#

    @Test("a text answer: message_start, one text block with its deltas, message_delta with usage, message_stop")
    func textAnswer() throws {
        let expected = try Self.json([
            Self.messageStart,
            #"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Bonjour"}}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":" !"}}"#,
            #"{"type":"content_block_stop","index":0}"#,
            #"{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":3,"input_tokens":20,"cache_read_input_tokens":2048,"cache_creation_input_tokens":0}}"#,
            #"{"type":"message_stop"}"#,
        ])
        #expect(try Self.events(ConverseStreamFrames.cachedText) == expected)
    }

    @Test("thinking, text and two tool calls get Anthropic indices 0…3, thinking/signature and input_json deltas")
    func reasoningTextAndTools() throws {
        let expected = try Self.json([
            Self.messageStart,
            #"{"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":"","signature":""}}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"The user wants the weather"}}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":" in Paris and Tokyo."}}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"EqoBCkgIARABGAIiQL2UyQ9W"}}"#,
            #"{"type":"content_block_stop","index":0}"#,
            #"{"type":"content_block_start","index":1,"content_block":{"type":"text","text":""}}"#,
            #"{"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"I'll check "}}"#,
            #"{"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"both cities."}}"#,
            #"{"type":"content_block_stop","index":1}"#,
            #"{"type":"content_block_start","index":2,"content_block":{"type":"tool_use","id":"tooluse_Paris01","name":"get_weather","input":{}}}"#,
            #"{"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta","partial_json":"{\"city\":"}}"#,
            #"{"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta","partial_json":"\"Paris\"}"}}"#,
            #"{"type":"content_block_stop","index":2}"#,
            #"{"type":"content_block_start","index":3,"content_block":{"type":"tool_use","id":"tooluse_Tokyo02","name":"get_weather","input":{}}}"#,
            #"{"type":"content_block_delta","index":3,"delta":{"type":"input_json_delta","partial_json":"{\"city\":\"Tokyo\"}"}}"#,
            #"{"type":"content_block_stop","index":3}"#,
            #"{"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":96,"input_tokens":412}}"#,
            #"{"type":"message_stop"}"#,
        ])
        #expect(try Self.events(ConverseStreamFrames.reasoningTextAndTwoTools) == expected)
    }

    @Test("Anthropic indices count opened blocks, not Converse's block numbers; a missing contentBlockStop is made up")
    func indicesFollowOpenedBlocks() throws {
        let frames: [(String, String)] = [
            ("messageStart", #"{"role":"assistant"}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":""}}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":1,"delta":{"text":"Hi"}}"#),
            ("contentBlockStart", #"{"contentBlockIndex":5,"start":{"toolUse":{"toolUseId":"t1","name":"lookup"}}}"#),
            ("contentBlockStop", #"{"contentBlockIndex":5}"#),
            ("messageStop", #"{"stopReason":"tool_use"}"#),
            ("metadata", #"{"usage":{"inputTokens":5,"outputTokens":2,"totalTokens":7},"metrics":{"latencyMs":10}}"#),
        ]
        let expected = try Self.json([
            Self.messageStart,
            #"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#,
            #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}"#,
            #"{"type":"content_block_stop","index":0}"#,
            #"{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"t1","name":"lookup","input":{}}}"#,
            #"{"type":"content_block_stop","index":1}"#,
            #"{"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":2,"input_tokens":5}}"#,
            #"{"type":"message_stop"}"#,
        ])
        #expect(try Self.events(frames) == expected)
    }

    @Test("redacted reasoning is a whole redacted_thinking block with the bytes as base64 data")
    func redactedReasoning() throws {
        let frames: [(String, String)] = [
            ("messageStart", #"{"role":"assistant"}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"reasoningContent":{"redactedContent":"AQID"}}}"#),
            ("contentBlockStop", #"{"contentBlockIndex":0}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":1,"delta":{"text":"Done."}}"#),
            ("contentBlockStop", #"{"contentBlockIndex":1}"#),
            ("messageStop", #"{"stopReason":"end_turn"}"#),
            ("metadata", #"{"usage":{"inputTokens":5,"outputTokens":2,"totalTokens":7},"metrics":{"latencyMs":10}}"#),
        ]
        let events = try Self.events(frames)
        #expect(events[1] == (try WireJSON.value(#"{"type":"content_block_start","index":0,"content_block":{"type":"redacted_thinking","data":"AQID"}}"#)))
        #expect(events[2] == (try WireJSON.value(#"{"type":"content_block_stop","index":0}"#)))
        #expect(events[3] == (try WireJSON.value(#"{"type":"content_block_start","index":1,"content_block":{"type":"text","text":""}}"#)))
    }

    @Test("message_start comes first even when Bedrock's messageStart is missing")
    func missingMessageStart() throws {
        let frames: [(String, String)] = [
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"Hi"}}"#),
            ("messageStop", #"{"stopReason":"max_tokens"}"#),
            ("metadata", #"{"usage":{"inputTokens":5,"outputTokens":1,"totalTokens":6},"metrics":{"latencyMs":10}}"#),
        ]
        let events = try Self.events(frames)
        #expect(events.first == (try WireJSON.value(Self.messageStart)))
        #expect(events.map { $0["type"]?.stringValue } == [
            "message_start", "content_block_start", "content_block_delta", "content_block_stop", "message_delta", "message_stop",
        ])
        #expect(events[4]["delta"]?["stop_reason"] == "max_tokens")
    }

    @Test("guardrail and content-filter stops are Anthropic's refusal")
    func refusal() throws {
        let frames: [(String, String)] = [
            ("messageStart", #"{"role":"assistant"}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"Sorry."}}"#),
            ("messageStop", #"{"stopReason":"guardrail_intervened"}"#),
            ("metadata", #"{"usage":{"inputTokens":5,"outputTokens":1,"totalTokens":6},"metrics":{"latencyMs":10}}"#),
        ]
        #expect(try Self.events(frames).last(where: { $0["type"] == "message_delta" })?["delta"]?["stop_reason"] == "refusal")
    }

    @Test("without metadata, finish() closes the message with zero output tokens")
    func endWithoutMetadata() throws {
        let frames: [(String, String)] = [
            ("messageStart", #"{"role":"assistant"}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"Hi"}}"#),
            ("messageStop", #"{"stopReason":"end_turn"}"#),
        ]
        let events = try Self.events(frames)
        #expect(events.suffix(2) == (try Self.json([
            #"{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":0}}"#,
            #"{"type":"message_stop"}"#,
        ])))
    }

    @Test("an exception event throws the stream error with Bedrock's status; nothing follows it")
    func exceptionEvent() throws {
        var translator = ConverseStreamToAnthropic(id: "msg_gw_1", model: "m")
        _ = try translator.consume(.messageStart(ConverseMessageStartEvent(role: .assistant)))
        #expect(throws: StreamTranslationError.self) {
            _ = try translator.consume(.throttlingException(BedrockErrorMessage(message: "Too many tokens")))
        }
        #expect(try translator.consume(.serviceUnavailableException(BedrockErrorMessage(message: "later"))).isEmpty)
        #expect(try translator.consume(.messageStop(ConverseMessageStopEvent(stopReason: .endTurn))).isEmpty)
        #expect(try translator.finish().isEmpty)
    }

    @Test("throttling mid-stream is a 429 rate_limit_error for the client")
    func throttlingStatus() throws {
        var translator = ConverseStreamToAnthropic(id: "msg_gw_1", model: "m")
        do {
            _ = try translator.consume(.throttlingException(BedrockErrorMessage(message: "Too many tokens")))
            Issue.record("expected a throw")
        } catch {
            #expect(error.status == 429)
            #expect(error.error.message == "Too many tokens")
        }
    }

    @Test("a stream cut off before messageStop is an error, never a finished message")
    func truncated() throws {
        var translator = ConverseStreamToAnthropic(id: "msg_gw_1", model: "m")
        _ = try translator.consume(.messageStart(ConverseMessageStartEvent(role: .assistant)))
        #expect(throws: StreamTranslationError.truncated) { _ = try translator.finish() }
    }

    @Test("tool input for a block that never started a tool call is a protocol error")
    func toolInputWithoutStart() throws {
        var translator = ConverseStreamToAnthropic(id: "msg_gw_1", model: "m")
        let events = try ConverseStreamFrames.events([
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"toolUse":{"input":"{}"}}}"#),
        ])
        #expect(throws: StreamTranslationError.toolInputWithoutStart(contentBlockIndex: 0)) {
            _ = try translator.consume(events[0])
        }
    }

    @Test("server-side tool blocks and citations send nothing")
    func serverToolsIgnored() throws {
        let frames: [(String, String)] = [
            ("messageStart", #"{"role":"assistant"}"#),
            ("contentBlockStart", #"{"contentBlockIndex":0,"start":{"toolUse":{"toolUseId":"s1","name":"web_search","type":"server_tool_use"}}}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"toolUse":{"input":"{\"q\":1}"}}}"#),
            ("contentBlockStop", #"{"contentBlockIndex":0}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":1,"delta":{"citation":{"title":"x"}}}"#),
            ("messageStop", #"{"stopReason":"end_turn"}"#),
        ]
        #expect(try Self.events(frames).map { $0["type"]?.stringValue } == ["message_start", "message_delta", "message_stop"])
    }

    @Test("usage reported before messageStop is held for the closing message_delta")
    func earlyMetadata() throws {
        let frames: [(String, String)] = [
            ("messageStart", #"{"role":"assistant"}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"Hi"}}"#),
            ("metadata", #"{"usage":{"inputTokens":5,"outputTokens":1,"totalTokens":6},"metrics":{"latencyMs":10}}"#),
            ("messageStop", #"{"stopReason":"end_turn"}"#),
        ]
        let events = try Self.events(frames, finish: false)
        #expect(events.suffix(2) == (try Self.json([
            #"{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":1,"input_tokens":5}}"#,
            #"{"type":"message_stop"}"#,
        ])))
    }
}
