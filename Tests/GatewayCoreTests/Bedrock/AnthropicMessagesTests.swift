import AWSServiceModel
import Foundation
import Testing

@testable import GatewayCore

@Suite("Anthropic Messages on Bedrock (InvokeModel bodies)")
struct AnthropicMessagesTests {
    @Test("a documented request body round-trips: version, system blocks with cache_control, tools, thinking")
    func requestRoundTrip() throws {
        // After the Bedrock user guide's Claude Messages examples.
        let json = """
            {
              "anthropic_version": "bedrock-2023-05-31",
              "anthropic_beta": ["computer-use-2025-01-24"],
              "max_tokens": 4096,
              "system": [{"type": "text", "text": "You are a weather bot.", "cache_control": {"type": "ephemeral"}}],
              "messages": [
                {"role": "user", "content": "What's the weather in San Francisco?"},
                {"role": "assistant", "content": [
                  {"type": "thinking", "thinking": "I should call get_weather.", "signature": "EqQBCgIYAhIM1gbcDa9GJwZA2b3h"},
                  {"type": "redacted_thinking", "data": "EmwKAhgBEgy3va3pzix/LafPsn4a"},
                  {"type": "text", "text": "Let me check."},
                  {"type": "tool_use", "id": "toolu_01A09q90qw90lq917835lq9", "name": "get_weather", "input": {"location": "San Francisco, CA"}}
                ]},
                {"role": "user", "content": [
                  {"type": "tool_result", "tool_use_id": "toolu_01A09q90qw90lq917835lq9", "content": "15 degrees"},
                  {"type": "tool_result", "tool_use_id": "toolu_02", "content": [{"type": "text", "text": "error: timeout"}], "is_error": true},
                  {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}},
                  {"type": "image", "source": {"type": "url", "url": "https://example.com/cat.png"}},
                  {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0xLjQK"}, "title": "Report", "cache_control": {"type": "ephemeral", "ttl": "1h"}},
                  {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "The grass is green."}, "citations": {"enabled": true}},
                  {"type": "text", "text": "Thanks", "cache_control": {"type": "ephemeral"}}
                ]}
              ],
              "temperature": 1,
              "top_p": 0.95,
              "top_k": 250,
              "stop_sequences": ["\\n\\nHuman:"],
              "tools": [
                {"name": "get_weather", "description": "Get the current weather", "input_schema": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}, "cache_control": {"type": "ephemeral"}},
                {"type": "bash_20250124", "name": "bash"}
              ],
              "tool_choice": {"type": "auto", "disable_parallel_tool_use": true},
              "thinking": {"type": "enabled", "budget_tokens": 2048},
              "metadata": {"user_id": "user-123"}
            }
            """
        let request = try WireJSON.decode(AnthropicMessagesRequest.self, json)
        #expect(request.anthropicVersion == AnthropicMessagesRequest.bedrockAnthropicVersion)
        #expect(request.system == .blocks([AnthropicTextBlock(text: "You are a weather bot.", cacheControl: .ephemeral)]))
        #expect(request.messages[0].content == .text("What's the weather in San Francisco?"))
        #expect(request.thinking == .enabled(budgetTokens: 2048))
        #expect(request.toolChoice == AnthropicToolChoice(type: .auto, disableParallelToolUse: true))
        #expect(request.tools?[1] == AnthropicTool(name: "bash", type: "bash_20250124"))
        guard case .blocks(let assistant) = request.messages[1].content, case .blocks(let user) = request.messages[2].content else {
            Issue.record("expected block content")
            return
        }
        #expect(assistant[0] == .thinking(AnthropicThinkingBlock(thinking: "I should call get_weather.", signature: "EqQBCgIYAhIM1gbcDa9GJwZA2b3h")))
        #expect(assistant[1] == .redactedThinking(AnthropicRedactedThinkingBlock(data: "EmwKAhgBEgy3va3pzix/LafPsn4a")))
        #expect(assistant[3] == .toolUse(AnthropicToolUseBlock(id: "toolu_01A09q90qw90lq917835lq9", name: "get_weather", input: ["location": "San Francisco, CA"])))
        #expect(user[0] == .toolResult(AnthropicToolResultBlock(toolUseId: "toolu_01A09q90qw90lq917835lq9", content: .text("15 degrees"))))
        #expect(user[1] == .toolResult(AnthropicToolResultBlock(toolUseId: "toolu_02", content: .blocks([.text(AnthropicTextBlock(text: "error: timeout"))]), isError: true)))
        #expect(user[2] == .image(AnthropicImageBlock(source: .base64(mediaType: "image/png", data: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])))))
        #expect(user[3] == .image(AnthropicImageBlock(source: .url("https://example.com/cat.png"))))
        #expect(user[5] == .document(AnthropicDocumentBlock(source: .text("The grass is green."), citations: AnthropicCitationsConfig(enabled: true))))
        #expect(try WireJSON.encoded(request) == WireJSON.value(json))
    }

    @Test("a minimal request encodes the Bedrock version and snake_case keys")
    func minimalRequest() throws {
        let request = AnthropicMessagesRequest(
            maxTokens: 1024, messages: [AnthropicMessage(role: .user, content: .text("Hello, world"))], system: .text("Be brief."),
            toolChoice: .tool(named: "get_weather"), thinking: .disabled)
        #expect(
            try WireJSON.encoded(request)
                == WireJSON.value(
                    """
                    {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 1024, "system": "Be brief.",
                     "messages": [{"role": "user", "content": "Hello, world"}],
                     "tool_choice": {"type": "tool", "name": "get_weather"}, "thinking": {"type": "disabled"}}
                    """))
    }

    @Test("system prompts accept only text blocks")
    func systemRejectsNonText() {
        #expect(throws: DecodingError.self) {
            try WireJSON.decode(AnthropicSystemPrompt.self, #"[{"type": "image", "source": {"type": "url", "url": "https://x"}}]"#)
        }
    }

    @Test("unknown block, source and thinking types are kept whole")
    func unknownTypes() throws {
        let block = try WireJSON.decode(AnthropicContentBlock.self, #"{"type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search", "input": {"query": "x"}}"#)
        #expect(block == .unknown("server_tool_use", ["type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search", "input": ["query": "x"]]))
        #expect(try WireJSON.encoded(block) == ["type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search", "input": ["query": "x"]])
        #expect(try WireJSON.decode(AnthropicImageSource.self, #"{"type": "file", "file_id": "f1"}"#) == .unknown("file", ["type": "file", "file_id": "f1"]))
        #expect(try WireJSON.decode(AnthropicThinkingConfig.self, #"{"type": "adaptive"}"#) == .unknown("adaptive", ["type": "adaptive"]))
    }

    @Test("documented responses decode: text, tool use, thinking; nulls are written back explicitly")
    func responses() throws {
        let text = """
            {"id": "msg_01XFDUDYJgAACzvnptvVoYEL", "type": "message", "role": "assistant",
             "content": [{"type": "text", "text": "Hello!"}], "model": "claude-3-5-sonnet-20241022",
             "stop_reason": "end_turn", "stop_sequence": null,
             "usage": {"input_tokens": 12, "output_tokens": 6}}
            """
        let response = try WireJSON.decode(AnthropicMessagesResponse.self, text)
        #expect(response.content == [.text(AnthropicTextBlock(text: "Hello!"))])
        #expect(response.stopReason == .endTurn)
        #expect(response.stopSequence == nil)
        #expect(response.usage == AnthropicUsage(inputTokens: 12, outputTokens: 6))
        #expect(try WireJSON.encoded(response) == WireJSON.value(text))

        let toolUse = """
            {"id": "msg_01Aq9w938a90dw8q", "type": "message", "role": "assistant", "model": "claude-3-7-sonnet-20250219",
             "content": [
               {"type": "thinking", "thinking": "I need the weather.", "signature": "WaUjzkypQ2mUEVM36O2TxuC06KN8xyfbJwyem2dw3URve/op91XWHOEBLLqIOMfFG/UvLEczmEsUjavL"},
               {"type": "text", "text": "<thinking>I need to use get_weather</thinking>"},
               {"type": "tool_use", "id": "toolu_01A09q90qw90lq917835lq9", "name": "get_weather", "input": {"location": "San Francisco, CA", "unit": "celsius"}}
             ],
             "stop_reason": "tool_use", "stop_sequence": null,
             "usage": {"input_tokens": 472, "output_tokens": 89, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 1024}}
            """
        let toolResponse = try WireJSON.decode(AnthropicMessagesResponse.self, toolUse)
        #expect(toolResponse.stopReason == .toolUse)
        #expect(toolResponse.usage.cacheReadInputTokens == 1024)
        #expect(toolResponse.content.count == 3)
        #expect(try WireJSON.encoded(toolResponse) == WireJSON.value(toolUse))

        for reason in ["max_tokens", "stop_sequence", "pause_turn", "refusal"] {
            let body = text.replacingOccurrences(of: #""end_turn""#, with: "\"\(reason)\"")
            let decoded = try WireJSON.decode(AnthropicMessagesResponse.self, body)
            if case .unknown = decoded.stopReason { Issue.record("\(reason) should be a named case") }
            #expect(decoded.stopReason?.rawValue == reason)
        }
        #expect(try WireJSON.decode(AnthropicMessagesResponse.self, text.replacingOccurrences(of: #""end_turn""#, with: #""new_reason""#)).stopReason == .unknown("new_reason"))
    }

    /// The documented streaming example, one event per line, as the base64 `bytes` of chunks.
    static let streamEvents = [
        #"{"type": "message_start", "message": {"id": "msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY", "type": "message", "role": "assistant", "content": [], "model": "claude-3-5-sonnet-20241022", "stop_reason": null, "stop_sequence": null, "usage": {"input_tokens": 25, "output_tokens": 1}}}"#,
        #"{"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}"#,
        #"{"type": "ping"}"#,
        #"{"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hello"}}"#,
        #"{"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "!"}}"#,
        #"{"type": "content_block_stop", "index": 0}"#,
        #"{"type": "content_block_start", "index": 1, "content_block": {"type": "tool_use", "id": "toolu_01T1x1fJ34qAmk2tNTrN7Up6", "name": "get_weather", "input": {}}}"#,
        #"{"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": "{\"location\": \"San Fra"}}"#,
        #"{"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": "ncisco, CA\"}"}}"#,
        #"{"type": "content_block_stop", "index": 1}"#,
        #"{"type": "message_delta", "delta": {"stop_reason": "tool_use", "stop_sequence": null}, "usage": {"output_tokens": 89}}"#,
        #"{"type": "message_stop", "amazon-bedrock-invocationMetrics": {"inputTokenCount": 25, "outputTokenCount": 89, "invocationLatency": 2412, "firstByteLatency": 371}}"#,
    ]

    @Test("the documented stream decodes from InvokeModelWithResponseStream chunks")
    func streamFromChunks() throws {
        var events: [AnthropicStreamEvent] = []
        for line in Self.streamEvents {
            // What Bedrock sends: a `chunk` frame whose payload is a PayloadPart.
            let payload = Data(#"{"bytes":"\#(Data(line.utf8).base64EncodedString())","p":"abcdefghij"}"#.utf8)
            guard case .chunk(let part) = try InvokeModelStreamEvent(eventType: "chunk", payload: payload) else {
                Issue.record("expected a chunk")
                return
            }
            events.append(try AnthropicStreamEvent(payloadPart: part))
        }
        #expect(events.map(\.type) == [
            "message_start", "content_block_start", "ping", "content_block_delta", "content_block_delta", "content_block_stop",
            "content_block_start", "content_block_delta", "content_block_delta", "content_block_stop", "message_delta", "message_stop",
        ])
        guard case .messageStart(let start) = events[0] else {
            Issue.record("expected message_start")
            return
        }
        #expect(start.content.isEmpty)
        #expect(start.stopReason == nil)
        #expect(start.usage == AnthropicUsage(inputTokens: 25, outputTokens: 1))
        #expect(events[1] == .contentBlockStart(index: 0, contentBlock: .text(AnthropicTextBlock(text: ""))))
        #expect(events[3] == .contentBlockDelta(index: 0, delta: .textDelta("Hello")))
        #expect(events[6] == .contentBlockStart(index: 1, contentBlock: .toolUse(AnthropicToolUseBlock(id: "toolu_01T1x1fJ34qAmk2tNTrN7Up6", name: "get_weather", input: [:]))))
        var arguments = ""
        for case .contentBlockDelta(1, .inputJSONDelta(let partial)) in events { arguments += partial }
        #expect(try WireJSON.value(arguments) == ["location": "San Francisco, CA"])
        #expect(events[10] == .messageDelta(AnthropicMessageDelta(stopReason: .toolUse), usage: AnthropicMessageDeltaUsage(outputTokens: 89)))
        #expect(events[11] == .messageStop(invocationMetrics: BedrockInvocationMetrics(inputTokenCount: 25, outputTokenCount: 89, invocationLatency: 2412, firstByteLatency: 371)))
        for (event, line) in zip(events, Self.streamEvents) {
            #expect(try WireJSON.encoded(event) == WireJSON.value(line))
        }
    }

    @Test("thinking, signature and citation deltas, errors and unknown events decode")
    func otherEvents() throws {
        #expect(try WireJSON.decode(AnthropicStreamEvent.self, #"{"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": "Let me solve this"}}"#)
            == .contentBlockDelta(index: 0, delta: .thinkingDelta("Let me solve this")))
        #expect(try WireJSON.decode(AnthropicStreamEvent.self, #"{"type": "content_block_delta", "index": 0, "delta": {"type": "signature_delta", "signature": "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds"}}"#)
            == .contentBlockDelta(index: 0, delta: .signatureDelta("EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds")))
        #expect(try WireJSON.decode(AnthropicStreamEvent.self, #"{"type": "content_block_delta", "index": 2, "delta": {"type": "citations_delta", "citation": {"type": "char_location", "cited_text": "green"}}}"#)
            == .contentBlockDelta(index: 2, delta: .citationsDelta(["type": "char_location", "cited_text": "green"])))
        #expect(try WireJSON.decode(AnthropicStreamEvent.self, #"{"type": "content_block_start", "index": 0, "content_block": {"type": "thinking", "thinking": "", "signature": ""}}"#)
            == .contentBlockStart(index: 0, contentBlock: .thinking(AnthropicThinkingBlock(thinking: "", signature: ""))))
        #expect(try WireJSON.decode(AnthropicStreamEvent.self, #"{"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}"#)
            == .error(AnthropicErrorDetail(type: "overloaded_error", message: "Overloaded")))
        #expect(try WireJSON.decode(AnthropicStreamEvent.self, #"{"type": "message_stop"}"#) == .messageStop(invocationMetrics: nil))
        let future = try WireJSON.decode(AnthropicStreamEvent.self, #"{"type": "future_event", "x": 1}"#)
        #expect(future == .unknown("future_event", ["type": "future_event", "x": 1]))
        #expect(try WireJSON.encoded(future) == ["type": "future_event", "x": 1])
    }

    @Test("stream exceptions of InvokeModelWithResponseStream decode from their :exception-type")
    func invokeStreamExceptions() throws {
        let timeout = try InvokeModelStreamEvent(eventType: "modelTimeoutException", payload: Data(#"{"message":"Model timed out"}"#.utf8))
        #expect(timeout == .modelTimeoutException(BedrockErrorMessage(message: "Model timed out")))
        #expect(timeout.isException)
        #expect(try InvokeModelStreamEvent(eventType: "somethingNew", payload: Data("{}".utf8)) == .unknown("somethingNew"))
        let chunk = InvokeModelStreamEvent.chunk(BedrockPayloadPart(bytes: Data(#"{"type":"ping"}"#.utf8)))
        #expect(try WireJSON.value(chunk.payload()) == ["bytes": "eyJ0eXBlIjoicGluZyJ9"])
        #expect(try InvokeModelStreamEvent(eventType: chunk.eventType, payload: chunk.payload()) == chunk)
    }

    @Test("chunk payloads validate against the model's PayloadPart shape")
    func payloadPartMatchesModel() throws {
        let model = try ServiceModels.bedrockRuntime
        let shape = try #require(try model.streamEventShape(operation: "InvokeModelWithResponseStream", eventType: "chunk"))
        let chunk = InvokeModelStreamEvent.chunk(BedrockPayloadPart(bytes: Data(Self.streamEvents[0].utf8)))
        #expect(try model.validate(jsonData: chunk.payload(), againstShape: shape) == [])
    }
}
