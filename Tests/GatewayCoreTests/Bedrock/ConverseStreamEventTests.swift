import AWSServiceModel
import Foundation
import Testing

@testable import GatewayCore

@Suite("Decoding ConverseStream events from frame headers and payloads")
struct ConverseStreamEventTests {
    private func event(_ type: String, _ payload: String) throws -> ConverseStreamEvent {
        try ConverseStreamEvent(eventType: type, payload: Data(payload.utf8))
    }

    @Test("a text stream decodes in order, ignoring the padding member p")
    func textStream() throws {
        // Frames as Bedrock sends them: each payload padded with a random-length `p`.
        let frames: [(String, String)] = [
            ("messageStart", #"{"p":"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVW","role":"assistant"}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"Hello"},"p":"abcdefghijklmnopqrstu"}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":" world"},"p":"abcd"}"#),
            ("contentBlockStop", #"{"contentBlockIndex":0,"p":"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRS"}"#),
            ("messageStop", #"{"p":"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV","stopReason":"end_turn"}"#),
            ("metadata", #"{"metrics":{"latencyMs":631},"p":"abcdefghijklmnopq","usage":{"inputTokens":14,"outputTokens":9,"totalTokens":23}}"#),
        ]
        let events = try frames.map { try event($0.0, $0.1) }
        #expect(
            events == [
                .messageStart(ConverseMessageStartEvent(role: .assistant)),
                .contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: 0, delta: .text("Hello"))),
                .contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: 0, delta: .text(" world"))),
                .contentBlockStop(ConverseContentBlockStopEvent(contentBlockIndex: 0)),
                .messageStop(ConverseMessageStopEvent(stopReason: .endTurn)),
                .metadata(ConverseStreamMetadataEvent(usage: ConverseTokenUsage(inputTokens: 14, outputTokens: 9, totalTokens: 23), metrics: ConverseMetrics(latencyMs: 631))),
            ])
        #expect(events.map(\.eventType) == frames.map(\.0))
        #expect(events.allSatisfy { !$0.isException })
    }

    @Test("a streamed tool call: start with id and name, then input fragments as strings")
    func toolUseStream() throws {
        let start = try event(
            "contentBlockStart",
            #"{"contentBlockIndex":1,"p":"abcdefgh","start":{"toolUse":{"name":"top_song","toolUseId":"tooluse_kZJMlvQmRJ6eAyJE5GIl7Q"}}}"#)
        #expect(
            start
                == .contentBlockStart(
                    ConverseContentBlockStartEvent(contentBlockIndex: 1, start: .toolUse(ConverseToolUseBlockStart(toolUseId: "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", name: "top_song")))))
        let fragments = [#"{\"sign\": "#, #"\"WZPZ\"}"#]
        let deltas = try fragments.map { try event("contentBlockDelta", #"{"contentBlockIndex":1,"delta":{"toolUse":{"input":"\#($0)"}},"p":"ab"}"#) }
        var arguments = ""
        for delta in deltas {
            guard case .contentBlockDelta(let body) = delta, case .toolUse(let fragment) = body.delta else {
                Issue.record("expected a toolUse delta, got \(delta)")
                return
            }
            arguments += fragment.input
        }
        #expect(try WireJSON.value(arguments) == ["sign": "WZPZ"])
        #expect(try event("messageStop", #"{"stopReason":"tool_use"}"#) == .messageStop(ConverseMessageStopEvent(stopReason: .toolUse)))
    }

    @Test("reasoning deltas: text, then the signature, or redacted bytes")
    func reasoningDeltas() throws {
        #expect(
            try event("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"reasoningContent":{"text":"Let me think"}},"p":"a"}"#)
                == .contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: 0, delta: .reasoningContent(.text("Let me think")))))
        #expect(
            try event("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"reasoningContent":{"signature":"EqoBCkgIARAB"}}}"#)
                == .contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: 0, delta: .reasoningContent(.signature("EqoBCkgIARAB")))))
        #expect(
            try event("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"reasoningContent":{"redactedContent":"RW1vS0FoZ0JFZ3kzdmEzcHppeA=="}}}"#)
                == .contentBlockDelta(
                    ConverseContentBlockDeltaEvent(contentBlockIndex: 0, delta: .reasoningContent(.redactedContent(Data("EmoKAhgBEgy3va3pzix".utf8))))))
    }

    @Test("citation deltas are kept as raw JSON; unknown deltas and starts are tolerated")
    func toleratedDeltas() throws {
        let citation = try event(
            "contentBlockDelta",
            #"{"contentBlockIndex":2,"delta":{"citation":{"title":"doc","location":{"documentChar":{"documentIndex":0,"start":0,"end":5}}}}}"#)
        #expect(
            citation
                == .contentBlockDelta(
                    ConverseContentBlockDeltaEvent(
                        contentBlockIndex: 2,
                        delta: .citation(["title": "doc", "location": ["documentChar": ["documentIndex": 0, "start": 0, "end": 5]]]))))
        #expect(
            try event("contentBlockDelta", #"{"contentBlockIndex":3,"delta":{"image":{"source":{"bytes":"AA=="}}}}"#)
                == .contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: 3, delta: .unknown("image", ["source": ["bytes": "AA=="]]))))
        #expect(
            try event("contentBlockStart", #"{"contentBlockIndex":4,"start":{"toolResult":{"toolUseId":"t1"}}}"#)
                == .contentBlockStart(ConverseContentBlockStartEvent(contentBlockIndex: 4, start: .unknown("toolResult", ["toolUseId": "t1"]))))
    }

    @Test("metadata with cached-token usage and trace")
    func metadataWithCache() throws {
        let metadata = try event(
            "metadata",
            #"{"metrics":{"latencyMs":900},"usage":{"inputTokens":3,"outputTokens":50,"totalTokens":2101,"cacheReadInputTokens":2048,"cacheWriteInputTokens":0},"trace":{"promptRouter":{"invokedModelId":"arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-haiku-20241022-v1:0"}},"p":"abc"}"#
        )
        guard case .metadata(let body) = metadata else {
            Issue.record("expected metadata, got \(metadata)")
            return
        }
        #expect(body.usage.cacheReadInputTokens == 2048)
        #expect(body.usage.cacheWriteInputTokens == 0)
        #expect(body.trace?["promptRouter"]?["invokedModelId"]?.stringValue?.hasSuffix("claude-3-5-haiku-20241022-v1:0") == true)
    }

    @Test("stream exceptions decode from their :exception-type")
    func exceptions() throws {
        let modelError = try event(
            "modelStreamErrorException",
            #"{"message":"Received error from model","originalStatusCode":529,"originalMessage":"Overloaded"}"#)
        #expect(modelError == .modelStreamErrorException(BedrockModelStreamError(message: "Received error from model", originalStatusCode: 529, originalMessage: "Overloaded")))
        #expect(modelError.isException)
        #expect(try event("throttlingException", #"{"message":"Too many tokens, please wait before trying again."}"#) == .throttlingException(BedrockErrorMessage(message: "Too many tokens, please wait before trying again.")))
        #expect(try event("validationException", #"{"message":"bad"}"#) == .validationException(BedrockErrorMessage(message: "bad")))
        #expect(try event("internalServerException", #"{"message":"oops"}"#) == .internalServerException(BedrockErrorMessage(message: "oops")))
        #expect(try event("serviceUnavailableException", #"{}"#) == .serviceUnavailableException(BedrockErrorMessage()))
    }

    @Test("unknown event types are tolerated")
    func unknownEventType() throws {
        let unknown = try event("futureEvent", #"{"anything":true}"#)
        #expect(unknown == .unknown("futureEvent"))
        #expect(!unknown.isException)
        #expect(try unknown.payload() == Data("{}".utf8))
    }

    @Test("a payload that does not fit its event is a decoding error")
    func malformedPayload() {
        #expect(throws: DecodingError.self) { try event("contentBlockDelta", #"{"delta":{"text":"x"}}"#) }
        #expect(throws: DecodingError.self) { try event("messageStart", "not json") }
        #expect(throws: DecodingError.self) { try event("messageStart", #"{"role":"system"}"#) }
    }

    @Test("events survive payload() → init(eventType:payload:)")
    func payloadRoundTrip() throws {
        let events: [ConverseStreamEvent] = [
            .messageStart(ConverseMessageStartEvent(role: .assistant)),
            .contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: 0, delta: .reasoningContent(.redactedContent(Data([0, 255]))))),
            .messageStop(ConverseMessageStopEvent(stopReason: .unknown("brand_new"), additionalModelResponseFields: ["x": [1, 2]])),
            .modelStreamErrorException(BedrockModelStreamError(message: "m", originalStatusCode: 500)),
        ]
        for original in events {
            #expect(try ConverseStreamEvent(eventType: original.eventType, payload: original.payload()) == original)
        }
    }
}
