import AWSServiceModel
import BedrockClient
import Foundation
import GatewayCore
import Testing

@Suite("ConverseStream over HTTP")
struct ConverseStreamTests {
    static let novaMicro = "amazon.nova-micro-v1:0"
    static let question = #"{"messages":[{"role":"user","content":[{"text":"Stream this sentence back to me, please"}]}]}"#

    static func events(_ messages: [EventStreamMessage]) throws -> [ConverseStreamEvent] {
        try messages.map { try ConverseStreamEvent(eventType: $0.eventType ?? $0.exceptionType ?? "", payload: $0.payload) }
    }

    @Test func framesDecodeIntoEventsInTheDocumentedOrder() async throws {
        try await SimulatorHarness.with { harness in
            let (status, headers, messages) = try await harness.stream(
                SimulatorHarness.modelPath(Self.novaMicro, "converse-stream"), Self.question)
            #expect(status == 200)
            #expect(headers["Content-Type"] == "application/vnd.amazon.eventstream")
            for message in messages {
                #expect(message.messageType == .event)
                #expect(message.contentType == "application/json")
                #expect(message.eventType != nil)
                let payload = try BedrockJSONDecoder().decode(JSONValue.self, from: message.payload)
                #expect(payload["p"]?.stringValue?.isEmpty == false, "Bedrock pads every event with p")
            }
            let events = try Self.events(messages)
            let types = events.map(\.eventType)
            #expect(types.first == "messageStart")
            #expect(Array(types.suffix(3)) == ["contentBlockStop", "messageStop", "metadata"])
            #expect(Array(types.dropFirst().dropLast(3)).allSatisfy { $0 == "contentBlockDelta" })
            #expect(types.filter { $0 == "contentBlockDelta" }.count > 2, "long enough to stream in several deltas")

            let text = events.compactMap { event -> String? in
                guard case .contentBlockDelta(let delta) = event, case .text(let text) = delta.delta else { return nil }
                return text
            }.joined()
            let unary = try await harness.post(SimulatorHarness.modelPath(Self.novaMicro, "converse"), Self.question)
                .decoded(ConverseResponse.self)
            #expect(text == unary.text)
            guard case .metadata(let metadata) = events.last, case .messageStop(let stop) = events[events.count - 2] else {
                Issue.record("missing messageStop/metadata")
                return
            }
            #expect(metadata.usage == unary.usage)
            #expect(stop.stopReason == .endTurn)
        }
    }

    @Test func eventPayloadsMatchTheServiceModelsEventShapes() async throws {
        try await SimulatorHarness.with { harness in
            let model = try #require(ReferenceModels.runtime)
            let body = #"{"messages":[{"role":"user","content":[{"text":"call lookup"}]}],"toolConfig":{"tools":[{"toolSpec":{"name":"lookup","inputSchema":{"json":{"type":"object","properties":{"q":{"type":"string"}},"required":["q"]}}}}]}}"#
            let (_, _, messages) = try await harness.stream(SimulatorHarness.modelPath(Self.novaMicro, "converse-stream"), body)
            for message in messages {
                let eventType = try #require(message.eventType)
                let shape = try #require(try model.streamEventShape(operation: "ConverseStream", eventType: eventType))
                // `p` is Bedrock's padding, not a modeled member; SDKs ignore unknown members.
                let violations = try model.validate(
                    jsonData: message.payload, againstShape: shape, options: ValidationOptions(reportUnknownMembers: false))
                #expect(violations.isEmpty, "\(eventType): \(violations)")
            }
        }
    }

    @Test func toolUseStreamsAStartThenInputDeltas() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"messages":[{"role":"user","content":[{"text":"call lookup {\"q\": \"swift concurrency\"}"}]}],"toolConfig":{"tools":[{"toolSpec":{"name":"lookup","inputSchema":{"json":{"type":"object"}}}}]}}"#
            let events = try Self.events(
                try await harness.stream(SimulatorHarness.modelPath(Self.novaMicro, "converse-stream"), body).messages)
            let starts = events.compactMap { event -> (Int, ConverseToolUseBlockStart)? in
                guard case .contentBlockStart(let start) = event, case .toolUse(let tool) = start.start else { return nil }
                return (start.contentBlockIndex, tool)
            }
            let (index, start) = try #require(starts.first)
            #expect(start.name == "lookup")
            let input = events.compactMap { event -> String? in
                guard case .contentBlockDelta(let delta) = event, delta.contentBlockIndex == index,
                    case .toolUse(let piece) = delta.delta
                else { return nil }
                return piece.input
            }.joined()
            #expect(try BedrockJSONDecoder().decode(JSONValue.self, from: Data(input.utf8)) == ["q": "swift concurrency"])
            guard case .messageStop(let stop) = events[events.count - 2] else {
                Issue.record("missing messageStop")
                return
            }
            #expect(stop.stopReason == .toolUse)
        }
    }

    @Test func reasoningStreamsTextDeltasThenASignature() async throws {
        try await SimulatorHarness.with { harness in
            let events = try Self.events(
                try await harness.stream(
                    SimulatorHarness.modelPath("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "converse-stream"), Self.question,
                    headers: [("x-simulator-scenario", "reasoning")]
                ).messages)
            let reasoning = events.compactMap { event -> ConverseReasoningContentBlockDelta? in
                guard case .contentBlockDelta(let delta) = event, delta.contentBlockIndex == 0,
                    case .reasoningContent(let piece) = delta.delta
                else { return nil }
                return piece
            }
            #expect(reasoning.count > 1)
            guard case .signature(let signature) = reasoning.last else {
                Issue.record("the signature delta closes the reasoning block")
                return
            }
            #expect(!signature.isEmpty)
            #expect(reasoning.dropLast().allSatisfy { if case .text = $0 { true } else { false } })
        }
    }

    @Test(arguments: [
        ("stream_error", "modelStreamErrorException"),
        ("stream_error:throttlingException:2", "throttlingException"),
        ("stream_error:internalServerException:2", "internalServerException"),
        ("stream_error:serviceUnavailableException:2", "serviceUnavailableException"),
    ])
    func midStreamFailureSendsAnExceptionFrameAfterTwoDeltas(directive: String, exceptionType: String) async throws {
        try await SimulatorHarness.with { harness in
            let (status, _, messages) = try await harness.stream(
                SimulatorHarness.modelPath(Self.novaMicro, "converse-stream"), Self.question,
                headers: [("x-simulator-scenario", directive)])
            #expect(status == 200)
            let last = try #require(messages.last)
            #expect(last.messageType == .exception)
            #expect(last.exceptionType == exceptionType)
            #expect(messages.filter { $0.eventType == "contentBlockDelta" }.count == 2)
            let event = try ConverseStreamEvent(eventType: exceptionType, payload: last.payload)
            #expect(event.isException)
            if case .modelStreamErrorException(let error) = event {
                #expect(error.originalStatusCode == 500)
            }
        }
    }

    @Test func latencyScenarioStillDeliversTheWholeStream() async throws {
        try await SimulatorHarness.with { harness in
            let (status, _, messages) = try await harness.stream(
                SimulatorHarness.modelPath(Self.novaMicro, "converse-stream"), Self.question,
                headers: [("x-simulator-scenario", "delay:30,interval:3")])
            #expect(status == 200)
            #expect(messages.last?.eventType == "metadata")
        }
    }

    @Test func identicalStreamsAreByteIdentical() async throws {
        try await SimulatorHarness.with { harness in
            let path = SimulatorHarness.modelPath(Self.novaMicro, "converse-stream")
            let first = try await harness.stream(path, Self.question).messages
            let second = try await harness.stream(path, Self.question).messages
            #expect(first == second)
        }
    }
}
