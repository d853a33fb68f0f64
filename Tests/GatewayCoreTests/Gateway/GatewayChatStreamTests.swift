import Foundation
import Testing

@testable import GatewayCore

@Suite("Gateway chat completions (server-sent events)")
struct GatewayChatStreamTests {
    static let streamBody = #"{"model":"claude-haiku","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"What is on my calendar?"}]}"#

    static func goldenSSE(_ name: String) throws -> String {
        try String(contentsOf: Golden.directory.appendingPathComponent("converse-to-chat/\(name).sse"), encoding: .utf8)
    }

    /// A harness whose runtime streams `events` (then fails with `failure`, if given).
    static func harness(
        streaming events: [ConverseStreamEvent], failingWith failure: (any Error & Sendable)? = nil
    ) throws -> (GatewayHarness, ProbedEventStream.Probe) {
        let harness = try GatewayHarness()
        let stream = ProbedEventStream(events, failingWith: failure)
        harness.runtime.onConverseStream = { _, _ in BedrockEventStream(stream) }
        return (harness, stream.probe)
    }

    @Test("Text and tool calls stream as the documented SSE bytes, one event per element, [DONE] last")
    func goldenStream() async throws {
        let (harness, probe) = try Self.harness(streaming: try ConverseStreamFrames.events(golden: "converse-to-chat/text-and-tools.events"))
        let response = await harness.send("POST", "/v1/chat/completions", json: Self.streamBody)
        #expect(response.status == 200)
        #expect(response.header("content-type") == "text/event-stream")
        #expect(response.header("cache-control") == "no-cache")
        #expect(response.header("x-accel-buffering") == "no")
        #expect(response.header("x-request-id") == "req-1")

        let events = try await response.events()
        #expect(events.joined() == (try Self.goldenSSE("text-and-tools")))
        for event in events {
            #expect(event.hasPrefix("data: ") && event.hasSuffix("\n\n"))
            #expect(event.dropLast(2).contains("\n\n") == false)
        }
        #expect(events.last == "data: [DONE]\n\n")
        #expect(probe.abandoned == false)
        #expect(harness.runtime.streamed.map(\.modelID) == ["claude-haiku"])
    }

    @Test("The request log line of a stream carries its usage and outcome, written when it ends")
    func streamLogLine() async throws {
        let (harness, _) = try Self.harness(streaming: try ConverseStreamFrames.events(golden: "converse-to-chat/text-and-tools.events"))
        let response = await harness.send("POST", "/v1/chat/completions", json: Self.streamBody)
        #expect(harness.logs.records(event: "request").isEmpty)
        _ = try await response.text()
        let record = try #require(harness.logs.records(event: "request").first)
        #expect(record[field: "status"] == 200)
        #expect(record[field: "stream"] == true)
        #expect(record[field: "outcome"] == "completed")
        #expect(record[field: "prompt_tokens"] == 1059)
        #expect(record[field: "completion_tokens"] == 61)
        #expect(record[field: "cached_tokens"] == 1024)
        #expect(record[field: "finish_reason"] == "tool_calls")
        #expect(harness.logs.records(event: "request").count == 1)
    }

    @Test("An exception after the start is one SSE error event, and no [DONE]")
    func midStreamException() async throws {
        let (harness, _) = try Self.harness(streaming: try ConverseStreamFrames.events(golden: "converse-to-chat/throttled.events"))
        let response = await harness.send("POST", "/v1/chat/completions", json: Self.streamBody)
        #expect(response.status == 200)
        let text = try await response.text()
        #expect(text == (try Self.goldenSSE("throttled")))
        #expect(!text.contains("[DONE]"))
        let record = try #require(harness.logs.records(event: "request").first)
        #expect(record[field: "outcome"] == "failed")
        #expect(record[field: "error_code"] == "rate_limit_exceeded")
    }

    @Test("A connection failure after the start is an SSE error event, and no [DONE]")
    func midStreamTransportFailure() async throws {
        let events = try ConverseStreamFrames.events(ConverseStreamFrames.cachedText).prefix(2)
        let (harness, _) = try Self.harness(
            streaming: Array(events), failingWith: BedrockError(kind: .network, message: "Connection reset by peer"))
        let response = await harness.send("POST", "/v1/chat/completions", json: Self.streamBody)
        #expect(response.status == 200)
        let events2 = try await response.events()
        #expect(events2.count == 3)
        let last = try #require(events2.last)
        #expect(last.hasPrefix(#"data: {"error":"#))
        let error = try JSONDecoder().decode(OpenAIErrorResponse.self, from: Data(last.dropFirst(6).utf8)).error
        #expect(error.code == "upstream_unreachable")
        #expect(error.type == .api)
        #expect(!events2.contains("data: [DONE]\n\n"))
    }

    @Test("A stream cut before messageStop ends with a stream_truncated error event")
    func truncatedStream() async throws {
        let events = try ConverseStreamFrames.events(ConverseStreamFrames.cachedText).prefix(3)
        let (harness, _) = try Self.harness(streaming: Array(events))
        let text = try await harness.send("POST", "/v1/chat/completions", json: Self.streamBody).text()
        #expect(text.contains(#""code":"stream_truncated""#))
        #expect(!text.contains("[DONE]"))
    }

    @Test("A failure before the first event is an ordinary JSON error with its status and Retry-After")
    func failureBeforeStart() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onConverseStream = { _, _ in
            throw BedrockError(
                kind: .throttling, code: "ThrottlingException", message: "Too many requests, please wait before trying again.",
                statusCode: 429, retryAfterSeconds: 6.2)
        }
        let response = await harness.send("POST", "/v1/chat/completions", json: Self.streamBody)
        #expect(!response.isStreamed)
        #expect(response.status == 429)
        #expect(response.header("retry-after") == "7")
        #expect(response.header("content-type") == "application/json")
        #expect(try await response.openAIError().code == "rate_limit_exceeded")
        let record = try #require(harness.logs.records(event: "request").first)
        #expect(record[field: "status"] == 429)
        #expect(record[field: "stream"] == true)
    }

    @Test("An exception as the very first event is answered as a JSON error, not an SSE event")
    func exceptionFirst() async throws {
        let events = try ConverseStreamFrames.events([("throttlingException", #"{"message":"Rate exceeded"}"#)])
        let (harness, _) = try Self.harness(streaming: events)
        let response = await harness.send("POST", "/v1/chat/completions", json: Self.streamBody)
        #expect(!response.isStreamed)
        #expect(response.status == 429)
        #expect(response.header("retry-after") == String(GatewayError.defaultRetryAfterSeconds))
        #expect(try await response.openAIError().message == "Rate exceeded")
    }

    @Test("An empty stream is a 502 JSON error")
    func emptyStream() async throws {
        let (harness, _) = try Self.harness(streaming: [])
        let response = await harness.send("POST", "/v1/chat/completions", json: Self.streamBody)
        #expect(response.status == 502)
        #expect(try await response.openAIError().code == "stream_truncated")
    }

    @Test("When the client stops reading, the Bedrock stream is let go of at once and the request is logged as client_closed")
    func consumerStopsEarly() async throws {
        let (harness, probe) = try Self.harness(streaming: try ConverseStreamFrames.events(golden: "converse-to-chat/text-and-tools.events"))
        let response = await harness.send("POST", "/v1/chat/completions", json: Self.streamBody)
        guard case .stream(let body) = response.body else {
            Issue.record("expected a stream")
            return
        }
        do {
            var iterator = body.makeAsyncIterator()
            _ = try await iterator.next()
            _ = try await iterator.next()
            _ = try await iterator.next()
            #expect(probe.iteratorReleased == false)
        }
        // The adapter dropped its iterator (the `do` scope ended); the response itself is still alive.
        #expect(probe.abandoned)
        #expect(probe.eventsPulled < 12)
        let record = try #require(harness.logs.records(event: "request").first)
        #expect(record[field: "outcome"] == "client_closed")
        withExtendedLifetime(response) {}
    }

    @Test("A stream body can be iterated once; a second iterator is empty")
    func singlePass() async throws {
        let (harness, _) = try Self.harness(streaming: try ConverseStreamFrames.events(golden: "converse-to-chat/text-and-tools.events"))
        let response = await harness.send("POST", "/v1/chat/completions", json: Self.streamBody)
        _ = try await response.text()
        #expect(try await response.text() == "")
    }
}
