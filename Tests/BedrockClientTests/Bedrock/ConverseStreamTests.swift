import Foundation
import GatewayCore
import Testing

@testable import BedrockClient

/// ConverseStream and InvokeModelWithResponseStream over real HTTP: event-stream frames written
/// by the stand-in in small, odd-sized pieces, with pauses, exceptions, corruption and resets.
@Suite struct ConverseStreamTests {
    static let request = ConverseStreamRequest(messages: [ConverseMessage(role: .user, content: [.text("Hello")])])
    static let modelID = "anthropic.claude-3-5-haiku-20241022-v1:0"

    static let expectedEvents: [ConverseStreamEvent] = [
        .messageStart(ConverseMessageStartEvent(role: .assistant)),
        .contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: 0, delta: .text("Hel"))),
        .contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: 0, delta: .text("lo"))),
        .contentBlockStop(ConverseContentBlockStopEvent(contentBlockIndex: 0)),
        .messageStop(ConverseMessageStopEvent(stopReason: .endTurn)),
    ]

    @Test func theFirstEventArrivesBeforeTheResponseEnds() async throws {
        let release = TestSignal()
        try await BedrockStandIn.with({ _, _, connection in
            connection.writeEventStreamHead()
            connection.writeChunked(BedrockFrames.messageStart + BedrockFrames.textDelta("Hel"))
            _ = release.waitBlocking()  // the rest is held back until the test has its first event
            connection.writeChunked(
                BedrockFrames.textDelta("lo") + BedrockFrames.blockStop + BedrockFrames.messageStop,
                sizes: [5, 11, 1, 29])
            connection.endChunkedBody()
        }) { standIn in
            let events = try await AWSTestHarness.withClient(standIn) { client in
                let stream = try await LiveBedrockRuntime(client: client).converseStream(
                    modelID: Self.modelID, request: Self.request)
                var events: [ConverseStreamEvent] = []
                for try await event in stream {
                    if events.isEmpty {
                        #expect(!release.isFired, "the first event came while the server still held the rest")
                        release.fire()
                    }
                    events.append(event)
                }
                return events
            }
            release.fire()
            #expect(events == Self.expectedEvents)
            let received = try #require(standIn.requests.first)
            #expect(received.target == "/model/anthropic.claude-3-5-haiku-20241022-v1%3A0/converse-stream")
            #expect(received.header("Accept") == "application/vnd.amazon.eventstream")
            #expect(received.header("Content-Type") == "application/json")
        }
    }

    @Test func anExceptionFrameMidStreamIsDeliveredAsAnExceptionEvent() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.writeEventStreamHead()
            connection.writeChunked(
                BedrockFrames.messageStart + BedrockFrames.textDelta("Hel")
                    + BedrockFrames.exception(
                        "modelStreamErrorException",
                        #"{"message":"model failed","originalStatusCode":500,"originalMessage":"overloaded"}"#))
            connection.endChunkedBody()
        }) { standIn in
            let events = try await AWSTestHarness.withClient(standIn, retryPolicy: RetryPolicy(maxAttempts: 3)) {
                client in
                try await Self.collect(
                    try await LiveBedrockRuntime(client: client).converseStream(
                        modelID: Self.modelID, request: Self.request))
            }
            #expect(events.count == 3)
            #expect(
                events.last
                    == .modelStreamErrorException(
                        BedrockModelStreamError(
                            message: "model failed", originalStatusCode: 500, originalMessage: "overloaded")))
            #expect(standIn.requestCount == 1, "events were handed out: no retry")
        }
    }

    @Test func anErrorStatusIsAPlainJSONErrorBeforeAnyEvent() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondAWSError(status: 400, type: "ValidationException", message: "maxTokens is too large")
        }) { standIn in
            let error = await AWSTestHarness.bedrockError {
                try await AWSTestHarness.withClient(standIn) { client in
                    _ = try await LiveBedrockRuntime(client: client).converseStream(
                        modelID: Self.modelID, request: Self.request)
                }
            }
            #expect(error?.kind == .validation)
            #expect(error?.code == "ValidationException")
            #expect(error?.statusCode == 400)
            #expect(error?.message.contains("maxTokens is too large") == true)
            #expect(error?.requestID == LoopbackConnection.requestID)
        }
    }

    @Test func aTruncatedStreamThrowsMalformedResponse() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.writeEventStreamHead()
            let delta = BedrockFrames.textDelta("Hel")
            connection.writeChunked(BedrockFrames.messageStart + delta.prefix(delta.count / 2))
            connection.endChunkedBody()
        }) { standIn in
            let (events, error) = try await AWSTestHarness.withClient(standIn) { client in
                await Self.collectUntilError(
                    try await LiveBedrockRuntime(client: client).converseStream(
                        modelID: Self.modelID, request: Self.request))
            }
            #expect(events == [Self.expectedEvents[0]])
            #expect(error?.kind == .malformedResponse)
        }
    }

    @Test func aCorruptFrameThrowsMalformedResponse() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.writeEventStreamHead()
            var delta = BedrockFrames.textDelta("Hel")
            delta[delta.count - 8] ^= 0x20  // a payload byte: the message CRC no longer matches
            connection.writeChunked(BedrockFrames.messageStart + delta + BedrockFrames.messageStop)
            connection.endChunkedBody()
        }) { standIn in
            let (events, error) = try await AWSTestHarness.withClient(standIn) { client in
                await Self.collectUntilError(
                    try await LiveBedrockRuntime(client: client).converseStream(
                        modelID: Self.modelID, request: Self.request))
            }
            #expect(events == [Self.expectedEvents[0]])
            #expect(error?.kind == .malformedResponse)
        }
    }

    @Test func anErrorFrameIsThrownWithTheKindOfItsCode() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.writeEventStreamHead()
            connection.writeChunked(
                BedrockFrames.messageStart
                    + BedrockFrames.error(code: "InternalServerException", message: "stream broke"))
            connection.endChunkedBody()
        }) { standIn in
            let (events, error) = try await AWSTestHarness.withClient(standIn) { client in
                await Self.collectUntilError(
                    try await LiveBedrockRuntime(client: client).converseStream(
                        modelID: Self.modelID, request: Self.request))
            }
            #expect(events == [Self.expectedEvents[0]])
            #expect(error?.kind == .internalServer)
            #expect(error?.code == "InternalServerException")
            #expect(error?.message.contains("stream broke") == true)
        }
    }

    @Test func leavingTheLoopEarlyClosesTheConnection() async throws {
        let peerClosed = TestSignal()
        try await BedrockStandIn.with({ _, _, connection in
            connection.writeEventStreamHead()
            connection.writeChunked(BedrockFrames.messageStart + BedrockFrames.textDelta("Hel"))
            if connection.waitForPeerClose(timeout: .seconds(30)) { peerClosed.fire() }
        }) { standIn in
            try await AWSTestHarness.withClient(standIn) { client in
                let stream = try await LiveBedrockRuntime(client: client).converseStream(
                    modelID: Self.modelID, request: Self.request)
                for try await event in stream {
                    #expect(event == Self.expectedEvents[0])
                    break
                }
                #expect(await peerClosed.wait(), "the stand-in saw the connection close")
                _ = stream  // still alive: leaving the loop alone ends the transfer
            }
        }
    }

    @Test func cancellingTheConsumingTaskEndsTheTransfer() async throws {
        let peerClosed = TestSignal()
        let firstEvent = TestSignal()
        try await BedrockStandIn.with({ _, _, connection in
            connection.writeEventStreamHead()
            connection.writeChunked(BedrockFrames.messageStart)
            if connection.waitForPeerClose(timeout: .seconds(30)) { peerClosed.fire() }
        }) { standIn in
            try await AWSTestHarness.withClient(standIn) { client in
                let runtime = LiveBedrockRuntime(client: client)
                let consumer = Task {
                    let stream = try await runtime.converseStream(modelID: Self.modelID, request: Self.request)
                    for try await _ in stream { firstEvent.fire() }
                }
                #expect(await firstEvent.wait())
                consumer.cancel()
                let outcome = await consumer.result
                #expect(throws: CancellationError.self) { try outcome.get() }
                #expect(await peerClosed.wait())
            }
        }
    }

    @Test func anErrorStatusBeforeTheFirstEventIsRetried() async throws {
        let sleep = RecordingSleep()
        try await BedrockStandIn.with({ _, number, connection in
            if number == 1 {
                connection.respondAWSError(status: 503, type: "ServiceUnavailableException", message: "try again")
                return
            }
            connection.writeEventStreamHead()
            connection.writeChunked(
                BedrockFrames.messageStart + BedrockFrames.textDelta("Hel") + BedrockFrames.textDelta("lo")
                    + BedrockFrames.blockStop + BedrockFrames.messageStop)
            connection.endChunkedBody()
        }) { standIn in
            let events = try await AWSTestHarness.withClient(
                standIn, retryPolicy: RetryPolicy(maxAttempts: 3), sleep: sleep
            ) {
                client in
                try await Self.collect(
                    try await LiveBedrockRuntime(client: client).converseStream(
                        modelID: Self.modelID, request: Self.request))
            }
            #expect(events == Self.expectedEvents)
            #expect(standIn.requestCount == 2)
            #expect(sleep.durations.count == 1)
        }
    }

    /// Bedrock may refuse a stream with a throttling exception as its first frame; nothing has
    /// been handed out, so it is retried like a 429, and delivered once retries are over.
    @Test func aThrottlingExceptionAsFirstFrameIsRetriedThenDelivered() async throws {
        let sleep = RecordingSleep()
        try await BedrockStandIn.with({ _, _, connection in
            connection.writeEventStreamHead()
            connection.writeChunked(BedrockFrames.exception("throttlingException", #"{"message":"slow down"}"#))
            connection.endChunkedBody()
        }) { standIn in
            let events = try await AWSTestHarness.withClient(
                standIn, retryPolicy: RetryPolicy(maxAttempts: 3), sleep: sleep
            ) {
                client in
                try await Self.collect(
                    try await LiveBedrockRuntime(client: client).converseStream(
                        modelID: Self.modelID, request: Self.request))
            }
            #expect(events == [.throttlingException(BedrockErrorMessage(message: "slow down"))])
            #expect(standIn.requestCount == 3)
            #expect(sleep.durations.count == 2)
        }
    }

    @Test func aConnectionLostAfterTheFirstEventIsANetworkErrorAndNotRetried() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.writeEventStreamHead()
            connection.writeChunked(BedrockFrames.messageStart)
            connection.closeNow()
        }) { standIn in
            let (events, error) = try await AWSTestHarness.withClient(standIn, retryPolicy: RetryPolicy(maxAttempts: 3))
            {
                client in
                await Self.collectUntilError(
                    try await LiveBedrockRuntime(client: client).converseStream(
                        modelID: Self.modelID, request: Self.request))
            }
            #expect(events == [Self.expectedEvents[0]])
            #expect(error?.kind == .network)
            #expect(standIn.requestCount == 1)
        }
    }

    @Test func invokeModelWithResponseStreamDecodesChunkEvents() async throws {
        let native = #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}"#
        let chunk = #"{"bytes":"\#(Data(native.utf8).base64EncodedString())"}"#
        try await BedrockStandIn.with({ _, _, connection in
            connection.writeEventStreamHead()
            connection.writeChunked(BedrockFrames.event("chunk", chunk) + BedrockFrames.event("chunk", chunk))
            connection.endChunkedBody()
        }) { standIn in
            let events = try await AWSTestHarness.withClient(standIn) { client in
                try await Self.collect(
                    try await LiveBedrockRuntime(client: client).invokeModelWithResponseStream(
                        modelID: Self.modelID, body: Data(#"{"anthropic_version":"bedrock-2023-05-31"}"#.utf8)))
            }
            #expect(events == Array(repeating: .chunk(BedrockPayloadPart(bytes: Data(native.utf8))), count: 2))
            let received = try #require(standIn.requests.first)
            #expect(
                received.target == "/model/anthropic.claude-3-5-haiku-20241022-v1%3A0/invoke-with-response-stream")
            #expect(received.header("Accept") == "application/vnd.amazon.eventstream")
            #expect(received.header("X-Amzn-Bedrock-Accept") == "application/json")
        }
    }

    // MARK: - Helpers

    static func collect<Event>(_ stream: BedrockEventStream<Event>) async throws -> [Event] {
        var events: [Event] = []
        for try await event in stream { events.append(event) }
        return events
    }

    /// The events before the stream failed, and its failure as a `BedrockError` (`nil` if it ended cleanly).
    static func collectUntilError<Event>(_ stream: BedrockEventStream<Event>) async -> ([Event], BedrockError?) {
        var events: [Event] = []
        let error = await AWSTestHarness.bedrockError {
            for try await event in stream { events.append(event) }
        }
        return (events, error)
    }
}
