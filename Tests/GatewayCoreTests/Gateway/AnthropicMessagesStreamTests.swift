import Foundation
import Testing

@testable import GatewayCore

@Suite("Gateway Anthropic Messages (server-sent events)")
struct AnthropicMessagesStreamTests {
    static let claude = "us.anthropic.claude-opus-4-1-20250805-v1:0"

    static func body(model: String) -> String {
        #"{"model":"\#(model)","max_tokens":1024,"stream":true,"messages":[{"role":"user","content":"What is the weather like in San Francisco?"}],"tools":[{"name":"get_weather","input_schema":{"type":"object","properties":{"location":{"type":"string"}}}}]}"#
    }

    /// Claude's events as InvokeModelWithResponseStream `chunk`s.
    static func chunks(_ lines: [String]) -> [InvokeModelStreamEvent] {
        lines.map { .chunk(BedrockPayloadPart(bytes: Data($0.utf8))) }
    }

    /// A harness whose runtime streams `events` for InvokeModelWithResponseStream.
    static func claudeHarness(
        _ events: [InvokeModelStreamEvent], failingWith failure: (any Error & Sendable)? = nil
    ) throws -> GatewayHarness {
        let harness = try GatewayHarness()
        harness.runtime.onInvokeModelWithResponseStream = { _, _ in BedrockEventStream(events, failingWith: failure) }
        return harness
    }

    static func sse(_ type: String, _ json: String) -> String {
        "event: \(type)\ndata: \(json)\n\n"
    }

    @Test("Claude's stream events are passed on as Anthropic SSE: model renamed, Bedrock's metrics dropped")
    func claudePassThrough() async throws {
        let lines = AnthropicStreamTranslatorTests.toolUseStream
        let harness = try Self.claudeHarness(Self.chunks(lines))
        let response = await harness.sendAnthropic(Self.body(model: Self.claude))
        #expect(response.status == 200)
        #expect(response.header("content-type") == "text/event-stream")
        #expect(response.header("cache-control") == "no-cache")
        #expect(response.header("request-id") == "req-1")

        let events = try await response.events()
        var expected = [
            Self.sse(
                "message_start",
                #"{"message":{"content":[],"id":"msg_014p7gG3wDgGV9EUtLvnow3U","model":"\#(Self.claude)","role":"assistant","stop_reason":null,"stop_sequence":null,"type":"message","usage":{"input_tokens":472,"output_tokens":2}},"type":"message_start"}"#),
        ]
        for line in lines.dropFirst().dropLast() {
            let type = try #require(try WireJSON.value(line)["type"]?.stringValue)
            expected.append(Self.sse(type, line))
        }
        expected.append(Self.sse("message_stop", #"{"type":"message_stop"}"#))
        #expect(events == expected)

        let sent = try WireJSON.value(try #require(harness.runtime.invokedWithStream.first).body)
        #expect(sent["stream"] == nil)
        #expect(sent["model"] == nil)
        #expect(sent["anthropic_version"] == "bedrock-2023-05-31")
        #expect(harness.runtime.invokedWithStream.map(\.modelID) == [Self.claude])
    }

    @Test("The log line of a Claude stream is written when it ends, with Bedrock's billed counts")
    func claudeStreamLog() async throws {
        let harness = try Self.claudeHarness(Self.chunks(AnthropicStreamTranslatorTests.toolUseStream))
        let response = await harness.sendAnthropic(Self.body(model: Self.claude))
        #expect(harness.logs.records(event: "request").isEmpty)
        _ = try await response.text()
        let records = harness.logs.records(event: "request")
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record[field: "stream"] == true)
        #expect(record[field: "outcome"] == "completed")
        #expect(record[field: "prompt_tokens"] == 472)
        #expect(record[field: "completion_tokens"] == 89)
        #expect(record[field: "finish_reason"] == "tool_calls")
    }

    @Test("Throttling on the first event is a 429 with Anthropic's error body, not a stream")
    func claudeThrottledAtStart() async throws {
        let harness = try Self.claudeHarness([.throttlingException(BedrockErrorMessage(message: "Too many requests, please wait."))])
        let response = await harness.sendAnthropic(Self.body(model: Self.claude))
        #expect(response.status == 429)
        #expect(response.isStreamed == false)
        #expect(response.header("retry-after") == "5")
        #expect(try await response.json() == (try WireJSON.value(#"""
            {"type":"error","error":{"type":"rate_limit_error","message":"Too many requests, please wait."},"request_id":"req-1"}
            """#)))
    }

    @Test("A Bedrock exception mid-stream ends the stream with an Anthropic error event")
    func claudeMidStreamException() async throws {
        let lines = Array(AnthropicStreamTranslatorTests.toolUseStream.prefix(4))
        let harness = try Self.claudeHarness(
            Self.chunks(lines) + [.serviceUnavailableException(BedrockErrorMessage(message: "Bedrock is unavailable."))])
        let response = await harness.sendAnthropic(Self.body(model: Self.claude))
        #expect(response.status == 200)
        let events = try await response.events()
        #expect(events.count == 5)
        #expect(events.last == Self.sse("error", #"{"error":{"message":"Bedrock is unavailable.","type":"overloaded_error"},"type":"error"}"#))
        let record = try #require(harness.logs.records(event: "request").first)
        #expect(record[field: "outcome"] == "failed")
        #expect(record[field: "error_code"] == "service_unavailable")
    }

    @Test("Claude's own error event is passed on and ends the stream")
    func claudeErrorEvent() async throws {
        let lines = Array(AnthropicStreamTranslatorTests.toolUseStream.prefix(4)) + [
            #"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#,
            #"{"type":"content_block_stop","index":0}"#,
        ]
        let harness = try Self.claudeHarness(Self.chunks(lines))
        let events = try await harness.sendAnthropic(Self.body(model: Self.claude)).events()
        #expect(events.count == 5)
        #expect(events.last == Self.sse("error", #"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#))
    }

    @Test("A broken connection mid-stream ends it with an api_error event; a stream cut before message_stop too")
    func claudeBrokenStream() async throws {
        let lines = Array(AnthropicStreamTranslatorTests.toolUseStream.prefix(4))
        let broken = try Self.claudeHarness(
            Self.chunks(lines), failingWith: BedrockError(kind: .network, message: "connection reset"))
        let brokenEvents = try await broken.sendAnthropic(Self.body(model: Self.claude)).events()
        #expect(brokenEvents.last?.hasPrefix("event: error\ndata: ") == true)
        #expect(try WireJSON.value(String(try #require(brokenEvents.last).dropFirst("event: error\ndata: ".count)))["error"]?["type"] == "api_error")

        let cut = try Self.claudeHarness(Self.chunks(lines))
        let cutEvents = try await cut.sendAnthropic(Self.body(model: Self.claude)).events()
        #expect(cutEvents.count == 5)
        #expect(cutEvents.last == Self.sse(
            "error", #"{"error":{"message":"The Bedrock stream ended before the answer was complete.","type":"api_error"},"type":"error"}"#))
    }

    @Test("Other models stream through ConverseStream as the exact Anthropic SSE bytes")
    func converseStream() async throws {
        let harness = try GatewayHarness()
        let events = try ConverseStreamFrames.events(ConverseStreamFrames.cachedText)
        harness.runtime.onConverseStream = { _, _ in BedrockEventStream(events) }
        let response = await harness.sendAnthropic(Self.body(model: "amazon.nova-pro-v1:0"))
        #expect(response.status == 200)
        #expect(response.header("content-type") == "text/event-stream")
        let text = try await response.text()
        #expect(text == [
            Self.sse(
                "message_start",
                #"{"message":{"content":[],"id":"msg_golden","model":"amazon.nova-pro-v1:0","role":"assistant","stop_reason":null,"stop_sequence":null,"type":"message","usage":{"input_tokens":0,"output_tokens":0}},"type":"message_start"}"#),
            Self.sse("content_block_start", #"{"content_block":{"text":"","type":"text"},"index":0,"type":"content_block_start"}"#),
            Self.sse("content_block_delta", #"{"delta":{"text":"Bonjour","type":"text_delta"},"index":0,"type":"content_block_delta"}"#),
            Self.sse("content_block_delta", #"{"delta":{"text":" !","type":"text_delta"},"index":0,"type":"content_block_delta"}"#),
            Self.sse("content_block_stop", #"{"index":0,"type":"content_block_stop"}"#),
            Self.sse(
                "message_delta",
                #"{"delta":{"stop_reason":"end_turn","stop_sequence":null},"type":"message_delta","usage":{"cache_creation_input_tokens":0,"cache_read_input_tokens":2048,"input_tokens":20,"output_tokens":3}}"#),
            Self.sse("message_stop", #"{"type":"message_stop"}"#),
        ].joined())
        #expect(harness.runtime.streamed.map(\.modelID) == ["amazon.nova-pro-v1:0"])
        let record = try #require(harness.logs.records(event: "request").first)
        #expect(record[field: "outcome"] == "completed")
        #expect(record[field: "prompt_tokens"] == 2068)
        #expect(record[field: "cached_tokens"] == 2048)
    }

    static func goldenSSE(_ name: String) throws -> String {
        try String(contentsOf: Golden.directory.appendingPathComponent("converse-to-anthropic/\(name).sse"), encoding: .utf8)
    }

    @Test("Golden: a non-Claude tool call through ConverseStream is the documented SSE, byte for byte")
    func goldenConverseStream() async throws {
        let harness = try GatewayHarness()
        let events = try ConverseStreamFrames.events(golden: "converse-to-anthropic/nova-tools.events")
        harness.runtime.onConverseStream = { _, _ in BedrockEventStream(events) }
        let response = await harness.sendAnthropic(Self.body(model: "us.amazon.nova-pro-v1:0"))
        #expect(response.status == 200)
        let sse = try await response.events()
        #expect(sse.joined() == (try Self.goldenSSE("nova-tools")))
        for event in sse {
            #expect(event.hasPrefix("event: ") && event.hasSuffix("\n\n"))
            #expect(event.dropLast(2).contains("\n\n") == false)
        }
    }

    @Test("Golden: Claude's thinking stream through InvokeModelWithResponseStream is passed on byte for byte")
    func goldenClaudeStream() async throws {
        let lines = try #require(try Golden.json("converse-to-anthropic/claude-thinking.chunks").arrayValue).compactMap(\.stringValue)
        #expect(lines.count == 10)
        let harness = try Self.claudeHarness(Self.chunks(lines))
        let response = await harness.sendAnthropic(Self.body(model: "us.anthropic.claude-sonnet-4-5-20250929-v1:0"))
        #expect(response.status == 200)
        #expect(try await response.text() == (try Self.goldenSSE("claude-thinking")))
        let record = try #require(harness.logs.records(event: "request").first)
        #expect(record[field: "prompt_tokens"] == 36)
        #expect(record[field: "completion_tokens"] == 58)
    }

    @Test("Tool calls stream through ConverseStream as tool_use blocks with input_json_delta fragments")
    func converseToolStream() async throws {
        let harness = try GatewayHarness()
        let events = try ConverseStreamFrames.events(ConverseStreamFrames.reasoningTextAndTwoTools)
        harness.runtime.onConverseStream = { _, _ in BedrockEventStream(events) }
        let response = await harness.sendAnthropic(Self.body(model: "amazon.nova-pro-v1:0"))
        let sse = try await response.events()
        #expect(sse.filter { $0.hasPrefix("event: content_block_start\n") }.count == 4)
        #expect(sse.contains(Self.sse(
            "content_block_delta", #"{"delta":{"partial_json":"{\"city\":","type":"input_json_delta"},"index":2,"type":"content_block_delta"}"#)))
        #expect(sse.last == Self.sse("message_stop", #"{"type":"message_stop"}"#))
        let request = try #require(harness.runtime.streamed.first).request
        #expect(request.toolConfig?.tools.count == 1)
    }

    @Test("When the client stops reading, the Bedrock stream is let go of at once and logged as client_closed")
    func consumerStopsEarly() async throws {
        let harness = try GatewayHarness()
        let stream = ProbedEventStream(try ConverseStreamFrames.events(golden: "converse-to-anthropic/nova-tools.events"))
        let probe = stream.probe
        harness.runtime.onConverseStream = { _, _ in BedrockEventStream(stream) }
        let response = await harness.sendAnthropic(Self.body(model: "amazon.nova-pro-v1:0"))
        guard case .stream(let body) = response.body else {
            Issue.record("expected a stream")
            return
        }
        do {
            var iterator = body.makeAsyncIterator()
            _ = try await iterator.next()
            _ = try await iterator.next()
            #expect(probe.iteratorReleased == false)
        }
        #expect(probe.abandoned)
        #expect(probe.eventsPulled < 10)
        let record = try #require(harness.logs.records(event: "request").first)
        #expect(record[field: "outcome"] == "client_closed")
        withExtendedLifetime(response) {}
    }

    @Test("A Converse exception mid-stream ends the stream with the Anthropic error event for its status")
    func converseMidStreamException() async throws {
        let harness = try GatewayHarness()
        let events = try ConverseStreamFrames.events(Array(ConverseStreamFrames.cachedText.prefix(2)))
            + [.throttlingException(BedrockErrorMessage(message: "Too many tokens"))]
        harness.runtime.onConverseStream = { _, _ in BedrockEventStream(events) }
        let sse = try await harness.sendAnthropic(Self.body(model: "amazon.nova-pro-v1:0")).events()
        #expect(sse.last == Self.sse("error", #"{"error":{"message":"Too many tokens","type":"rate_limit_error"},"type":"error"}"#))
        #expect(sse.filter { $0.hasPrefix("event: message_stop") }.isEmpty)
    }

    @Test("ConverseStream refused before the first event is an error response with Anthropic's body")
    func converseRefusedAtStart() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onConverseStream = { _, _ in
            throw BedrockError(kind: .modelTimeout, code: "ModelTimeoutException", message: "Model timed out.")
        }
        let response = await harness.sendAnthropic(Self.body(model: "amazon.nova-pro-v1:0"))
        #expect(response.status == 504)
        #expect(try await response.json()["error"] == ["type": "timeout_error", "message": "Model timed out."])
    }
}
