import BedrockClient
import Foundation
import GatewayCore
import Testing

@Suite("InvokeModel and InvokeModelWithResponseStream over HTTP")
struct InvokeModelTests {
    static let haiku = "anthropic.claude-3-haiku-20240307-v1:0"
    static let messages = #"{"anthropic_version":"bedrock-2023-05-31","max_tokens":256,"messages":[{"role":"user","content":"Hello from the Messages API"}]}"#

    @Test func anthropicMessagesBodyGetsAMessagesResponseWithTokenHeaders() async throws {
        try await SimulatorHarness.with { harness in
            let response = try await harness.post(SimulatorHarness.modelPath(Self.haiku, "invoke"), Self.messages)
            #expect(response.status == 200)
            let reply = try response.decoded(AnthropicMessagesResponse.self)
            #expect(reply.type == "message")
            #expect(reply.role == .assistant)
            #expect(reply.model == Self.haiku)
            #expect(reply.id.hasPrefix("msg_bdrk_"))
            #expect(reply.stopReason == .endTurn)
            guard case .text(let text) = reply.content.first else {
                Issue.record("expected a text block")
                return
            }
            #expect(text.text == "You said: Hello from the Messages API")
            #expect(response.headers["X-Amzn-Bedrock-Input-Token-Count"] == String(reply.usage.inputTokens))
            #expect(response.headers["X-Amzn-Bedrock-Output-Token-Count"] == String(reply.usage.outputTokens))
            // The JSON carries stop_sequence explicitly, even when null.
            #expect(try response.json.objectValue?.keys.contains("stop_sequence") == true)
        }
    }

    @Test(arguments: [
        (#"{"anthropic_version":"bedrock-2023-05-31","messages":[{"role":"user","content":"Hi"}]}"#,
         "Malformed input request: #: required key [max_tokens] not found, please reformat your input and try again."),
        (#"{"anthropic_version":"bedrock-2023-05-31","max_tokens":10,"messages":[{"role":"user","content":"Hi"}],"colour":"blue"}"#,
         "Malformed input request: #: extraneous key [colour] is not permitted, please reformat your input and try again."),
    ])
    func malformedMessagesBodyIsRejectedLikeBedrock(body: String, message: String) async throws {
        try await SimulatorHarness.with { harness in
            let error = try BedrockErrorAnswer(try await harness.post(SimulatorHarness.modelPath(Self.haiku, "invoke"), body))
            #expect(error.status == 400)
            #expect(error.type == "ValidationException")
            #expect(error.message == message)
        }
    }

    @Test func responseStreamCarriesAnthropicEventsInChunks() async throws {
        try await SimulatorHarness.with { harness in
            let (status, headers, messages) = try await harness.stream(
                SimulatorHarness.modelPath(Self.haiku, "invoke-with-response-stream"), Self.messages)
            #expect(status == 200)
            #expect(headers["Content-Type"] == "application/vnd.amazon.eventstream")
            #expect(headers["X-Amzn-Bedrock-Content-Type"] == "application/json")
            var events: [AnthropicStreamEvent] = []
            for message in messages {
                #expect(message.eventType == "chunk")
                #expect(message.messageType == .event)
                guard case .chunk(let part) = try InvokeModelStreamEvent(eventType: "chunk", payload: message.payload) else {
                    Issue.record("expected a chunk")
                    continue
                }
                events.append(try AnthropicStreamEvent(payloadPart: part))
            }
            let types = events.map(\.type)
            #expect(Array(types.prefix(2)) == ["message_start", "content_block_start"])
            #expect(Array(types.suffix(3)) == ["content_block_stop", "message_delta", "message_stop"])
            let text = events.compactMap { event -> String? in
                guard case .contentBlockDelta(_, .textDelta(let text)) = event else { return nil }
                return text
            }.joined()
            #expect(text == "You said: Hello from the Messages API")
            guard case .messageStop(let metrics) = events.last, case .messageDelta(let delta, let usage) = events[events.count - 2]
            else {
                Issue.record("missing message_delta / message_stop")
                return
            }
            #expect(delta.stopReason == .endTurn)
            let invocation = try #require(metrics)
            #expect(invocation.outputTokenCount == usage.outputTokens)
            #expect(invocation.inputTokenCount > 0)
        }
    }

    @Test func responseStreamFailsMidwayWithTheScenariosException() async throws {
        try await SimulatorHarness.with { harness in
            let (_, _, messages) = try await harness.stream(
                SimulatorHarness.modelPath(Self.haiku, "invoke-with-response-stream"), Self.messages,
                headers: [("x-simulator-scenario", "stream_error:modelTimeoutException:1")])
            let last = try #require(messages.last)
            #expect(last.messageType == .exception)
            #expect(last.exceptionType == "modelTimeoutException")
            #expect(try InvokeModelStreamEvent(eventType: "modelTimeoutException", payload: last.payload).isException)
        }
    }

    @Test func toolCallThroughTheMessagesAPIUsesAnthropicIDs() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"anthropic_version":"bedrock-2023-05-31","max_tokens":300,"tools":[{"name":"get_time","input_schema":{"type":"object","properties":{"zone":{"type":"string"}},"required":["zone"]}}],"messages":[{"role":"user","content":"call get_time"}]}"#
            let reply = try await harness.post(SimulatorHarness.modelPath(Self.haiku, "invoke"), body).decoded(AnthropicMessagesResponse.self)
            #expect(reply.stopReason == .toolUse)
            let use = try #require(reply.content.compactMap { if case .toolUse(let use) = $0 { use } else { nil } }.first)
            #expect(use.id.hasPrefix("toolu_bdrk_"))
            #expect(use.input == ["zone": "example"])
        }
    }

    @Test func titanV1ReturnsA1536DimensionEmbedding() async throws {
        try await SimulatorHarness.with { harness in
            let response = try await harness.post(
                SimulatorHarness.modelPath("amazon.titan-embed-text-v1", "invoke"), #"{"inputText":"Embed me"}"#)
            let reply = try response.decoded(TitanTextEmbeddingsV1Response.self)
            #expect(reply.embedding.count == 1536)
            #expect(reply.inputTextTokenCount == 2)
            #expect(response.headers["X-Amzn-Bedrock-Input-Token-Count"] == "2")
        }
    }

    @Test func titanV2HonoursDimensionsNormalizationAndTypes() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"inputText":"Embed me","dimensions":256,"normalize":true,"embeddingTypes":["float","binary"]}"#
            let reply = try await harness.post(SimulatorHarness.modelPath("amazon.titan-embed-text-v2:0", "invoke"), body)
                .decoded(TitanTextEmbeddingsV2Response.self)
            let vector = try #require(reply.embedding)
            #expect(vector.count == 256)
            let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            #expect(abs(norm - 1) < 0.001)
            #expect(reply.embeddingsByType?.float == vector)
            #expect(reply.embeddingsByType?.binary?.count == 256)
            #expect(reply.embeddingsByType?.binary?.allSatisfy { $0 == 0 || $0 == 1 } == true)
        }
    }

    @Test func titanV2RejectsUnsupportedDimensions() async throws {
        try await SimulatorHarness.with { harness in
            let error = try BedrockErrorAnswer(
                try await harness.post(
                    SimulatorHarness.modelPath("amazon.titan-embed-text-v2:0", "invoke"), #"{"inputText":"x","dimensions":300}"#))
            #expect(error.type == "ValidationException")
            #expect(error.message.hasPrefix("Malformed input request: #/dimensions"))
        }
    }

    @Test func cohereV3EmbedsEachTextAsFloats() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"texts":["first","second"],"input_type":"search_document"}"#
            let reply = try await harness.post(SimulatorHarness.modelPath("cohere.embed-english-v3", "invoke"), body)
                .decoded(CohereEmbedResponse.self)
            #expect(reply.responseType == .embeddingsFloats)
            let vectors = try #require(reply.embeddings.floats)
            #expect(vectors.count == 2)
            #expect(vectors.allSatisfy { $0.count == 1024 })
            #expect(vectors[0] != vectors[1])
            #expect(reply.texts == ["first", "second"])
        }
    }

    @Test func cohereV4ReturnsEmbeddingsByType() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"texts":["first"],"input_type":"search_query","output_dimension":512,"embedding_types":["float","int8"]}"#
            let reply = try await harness.post(SimulatorHarness.modelPath("cohere.embed-v4:0", "invoke"), body)
                .decoded(CohereEmbedResponse.self)
            #expect(reply.responseType == .embeddingsByType)
            guard case .byType(let byType) = reply.embeddings else {
                Issue.record("expected embeddings by type")
                return
            }
            #expect(byType.float?.first?.count == 512)
            #expect(byType.int8?.first?.count == 512)
            #expect(byType.int8?.first?.allSatisfy { (-128...127).contains($0) } == true)
        }
    }

    @Test func cohereRequiresInputType() async throws {
        try await SimulatorHarness.with { harness in
            let error = try BedrockErrorAnswer(
                try await harness.post(SimulatorHarness.modelPath("cohere.embed-english-v3", "invoke"), #"{"texts":["x"]}"#))
            #expect(error.message == "Malformed input request: #: required key [input_type] not found, please reformat your input and try again.")
        }
    }

    @Test func novaMultimodalEmbedsText() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"schemaVersion":"nova-multimodal-embed-v1","taskType":"SINGLE_EMBEDDING","singleEmbeddingParams":{"embeddingPurpose":"GENERIC_INDEX","embeddingDimension":1024,"text":{"truncationMode":"END","value":"Embed me"}}}"#
            let reply = try await harness.post(
                SimulatorHarness.modelPath("amazon.nova-2-multimodal-embeddings-v1:0", "invoke"), body
            ).decoded(NovaEmbeddingResponse.self)
            #expect(reply.embeddings.count == 1)
            #expect(reply.embeddings.first?.embeddingType == "TEXT")
            #expect(reply.embeddings.first?.embedding.count == 1024)
        }
    }

    @Test func embeddingsAreDeterministicPerText() async throws {
        try await SimulatorHarness.with { harness in
            let path = SimulatorHarness.modelPath("amazon.titan-embed-text-v2:0", "invoke")
            let first = try await harness.post(path, #"{"inputText":"same"}"#).decoded(TitanTextEmbeddingsV2Response.self)
            let again = try await harness.post(path, #"{"inputText":"same"}"#).decoded(TitanTextEmbeddingsV2Response.self)
            let other = try await harness.post(path, #"{"inputText":"different"}"#).decoded(TitanTextEmbeddingsV2Response.self)
            #expect(first.embedding == again.embedding)
            #expect(first.embedding != other.embedding)
        }
    }

    @Test func embeddingModelsDoNotStream() async throws {
        try await SimulatorHarness.with { harness in
            let error = try BedrockErrorAnswer(
                try await harness.post(
                    SimulatorHarness.modelPath("amazon.titan-embed-text-v2:0", "invoke-with-response-stream"), #"{"inputText":"x"}"#))
            #expect(error.type == "ValidationException")
        }
    }

    @Test func imageModelReturnsBase64PNGs() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"taskType":"TEXT_IMAGE","textToImageParams":{"text":"a lighthouse"},"imageGenerationConfig":{"numberOfImages":2}}"#
            let json = try await harness.post(SimulatorHarness.modelPath("amazon.nova-canvas-v1:0", "invoke"), body).json
            let images = try #require(json["images"]?.arrayValue)
            #expect(images.count == 2)
            let png = try #require(images.first?.stringValue.flatMap { Data(base64Encoded: $0) })
            #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        }
    }

    @Test func thinkingStreamsThinkingDeltasThenASignatureDelta() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"anthropic_version":"bedrock-2023-05-31","max_tokens":4096,"thinking":{"type":"enabled","budget_tokens":1024},"messages":[{"role":"user","content":"Reason about this"}]}"#
            let (_, _, messages) = try await harness.stream(
                SimulatorHarness.modelPath("us.anthropic.claude-3-7-sonnet-20250219-v1:0", "invoke-with-response-stream"), body)
            var deltas: [AnthropicContentBlockDelta] = []
            var firstBlock: AnthropicContentBlock?
            for message in messages {
                guard case .chunk(let part) = try InvokeModelStreamEvent(eventType: "chunk", payload: message.payload) else { continue }
                switch try AnthropicStreamEvent(payloadPart: part) {
                case .contentBlockStart(0, let block): firstBlock = block
                case .contentBlockDelta(0, let delta): deltas.append(delta)
                default: break
                }
            }
            guard case .thinking = firstBlock else {
                Issue.record("the first block is thinking, got \(String(describing: firstBlock))")
                return
            }
            guard case .signatureDelta(let signature) = deltas.last else {
                Issue.record("the thinking block closes with a signature delta")
                return
            }
            #expect(!signature.isEmpty)
            #expect(deltas.dropLast().allSatisfy { if case .thinkingDelta = $0 { true } else { false } })
        }
    }

    @Test func cacheControlWritesThenReadsThroughTheMessagesAPI() async throws {
        try await SimulatorHarness.with { harness in
            let system = String(repeating: "Answer as a ship's captain would. ", count: 10)
            let body = #"{"anthropic_version":"bedrock-2023-05-31","max_tokens":100,"system":[{"type":"text","text":"\#(system)","cache_control":{"type":"ephemeral"}}],"messages":[{"role":"user","content":"Ahoy"}]}"#
            let path = SimulatorHarness.modelPath("us.anthropic.claude-sonnet-4-20250514-v1:0", "invoke")
            let first = try await harness.post(path, body).decoded(AnthropicMessagesResponse.self).usage
            let second = try await harness.post(path, body).decoded(AnthropicMessagesResponse.self).usage
            let written = try #require(first.cacheCreationInputTokens)
            #expect(written > 0)
            #expect(first.cacheReadInputTokens == 0)
            #expect(second.cacheReadInputTokens == written)
            #expect(second.cacheCreationInputTokens == 0)
        }
    }
}
