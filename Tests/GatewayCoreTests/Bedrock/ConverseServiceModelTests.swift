import AWSServiceModel
import Foundation
import Testing

@testable import GatewayCore

/// Encoded Converse wire types checked against the official bedrock-runtime model.
@Suite("Converse wire types match the bedrock-runtime service model")
struct ConverseServiceModelTests {
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    static let pdf = Data("%PDF-1.4\n".utf8)

    static let weatherSchema: JSONValue = [
        "type": "object",
        "properties": ["city": ["type": "string"], "days": ["type": "integer", "minimum": 1]],
        "required": ["city"],
    ]

    /// Messages exercising every content-block kind the gateway produces.
    static var messages: [ConverseMessage] {
        [
            ConverseMessage(
                role: .user,
                content: [
                    .text("Compare the chart with the report."),
                    .image(ConverseImageBlock(format: .png, source: .bytes(png))),
                    .image(ConverseImageBlock(format: .jpeg, source: .s3Location(ConverseS3Location(uri: "s3://my-bucket/chart.jpg", bucketOwner: "123456789012")))),
                    .document(ConverseDocumentBlock(format: .pdf, name: "Q3 report", source: .bytes(pdf), context: "Quarterly numbers", citations: ConverseCitationsConfig(enabled: true))),
                    .document(ConverseDocumentBlock(format: .txt, name: "notes", source: .text("Revenue grew."))),
                    .document(ConverseDocumentBlock(name: "chunks", source: .content([.text("part one"), .text("part two")]))),
                    .guardContent(.text(ConverseGuardrailTextBlock(text: "Is this allowed?", qualifiers: ["query"]))),
                    .cachePoint(ConverseCachePointBlock()),
                ]),
            ConverseMessage(
                role: .assistant,
                content: [
                    .reasoningContent(.reasoningText(ConverseReasoningText(text: "The user wants weather.", signature: "EqoBCkgIARABGAIiQL"))),
                    .reasoningContent(.redactedContent(Data("encrypted-thinking".utf8))),
                    .text("Let me check."),
                    .toolUse(ConverseToolUseBlock(toolUseId: "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", name: "get_weather", input: ["city": "Paris", "days": 2])),
                ]),
            ConverseMessage(
                role: .user,
                content: [
                    .toolResult(
                        ConverseToolResultBlock(
                            toolUseId: "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q",
                            content: [
                                .json(["temperature": 21.5, "conditions": "sunny"]),
                                .text("Sunny, 21.5 °C"),
                                .image(ConverseImageBlock(format: .webp, source: .bytes(png))),
                                .document(ConverseDocumentBlock(format: .csv, name: "forecast", source: .text("day,temp\n1,21"))),
                            ],
                            status: .success)),
                    .toolResult(ConverseToolResultBlock(toolUseId: "tooluse_2", content: [.text("timeout")], status: .error)),
                    .cachePoint(ConverseCachePointBlock(ttl: .oneHour)),
                    .text("Thanks!"),
                ]),
        ]
    }

    static var system: [ConverseSystemContentBlock] {
        [
            .text("You are a concise assistant."),
            .guardContent(.text(ConverseGuardrailTextBlock(text: "Company policy", qualifiers: ["grounding_source"]))),
            .cachePoint(ConverseCachePointBlock(type: .default, ttl: .fiveMinutes)),
        ]
    }

    static func toolConfig(_ choice: ConverseToolChoice?) -> ConverseToolConfiguration {
        ConverseToolConfiguration(
            tools: [
                .toolSpec(ConverseToolSpecification(name: "get_weather", description: "Current weather for a city", inputSchema: .json(weatherSchema), strict: true)),
                .toolSpec(ConverseToolSpecification(name: "no_args", inputSchema: .json(["type": "object", "properties": [:]]))),
                .cachePoint(ConverseCachePointBlock()),
            ],
            toolChoice: choice)
    }

    static func fullRequest(toolChoice: ConverseToolChoice? = .auto) -> ConverseRequest {
        ConverseRequest(
            messages: messages,
            system: system,
            inferenceConfig: ConverseInferenceConfiguration(maxTokens: 2048, temperature: 0.7, topP: 0.9, stopSequences: ["</answer>", "STOP"]),
            toolConfig: toolConfig(toolChoice),
            guardrailConfig: ConverseGuardrailConfiguration(guardrailIdentifier: "gr1abc2def3", guardrailVersion: "DRAFT", trace: .enabledFull),
            additionalModelRequestFields: ["thinking": ["type": "enabled", "budget_tokens": 1024], "top_k": 250, "anthropic_beta": ["interleaved-thinking-2025-05-14"]],
            additionalModelResponseFieldPaths: ["/stop_sequence", "/usage"],
            promptVariables: ["genre": .text("jazz")],
            requestMetadata: ["tenant": "acme", "request-id": "r-42"],
            performanceConfig: ConversePerformanceConfiguration(latency: .optimized),
            serviceTier: ConverseServiceTier(type: .priority),
            outputConfig: ConverseOutputConfig(
                textFormat: ConverseOutputFormat(
                    type: .jsonSchema,
                    structure: .jsonSchema(
                        ConverseJSONSchemaDefinition(
                            schema: #"{"type":"object","properties":{"answer":{"type":"string"}},"required":["answer"]}"#,
                            name: "answer", description: "The final answer")))))
    }

    private func expectValid(_ violations: [Violation], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(violations.isEmpty, "\(violations.map(\.description))", sourceLocation: sourceLocation)
    }

    @Test("a full-featured Converse request body has zero violations")
    func converseRequest() throws {
        let body = try BedrockJSONEncoder().encode(Self.fullRequest())
        expectValid(try ServiceModels.bedrockRuntime.validateRequestBody(operation: "Converse", body: body))
    }

    @Test("every tool-choice variant is valid", arguments: [ConverseToolChoice.auto, .any, .tool(name: "get_weather")])
    func toolChoices(_ choice: ConverseToolChoice) throws {
        let body = try BedrockJSONEncoder().encode(Self.fullRequest(toolChoice: choice))
        expectValid(try ServiceModels.bedrockRuntime.validateRequestBody(operation: "Converse", body: body))
    }

    @Test("a full-featured ConverseStream request, with stream processing mode, has zero violations")
    func converseStreamRequest() throws {
        let request = ConverseStreamRequest(Self.fullRequest(toolChoice: .any), guardrailStreamProcessingMode: .async)
        #expect(request.guardrailConfig?.streamProcessingMode == .async)
        let body = try BedrockJSONEncoder().encode(request)
        expectValid(try ServiceModels.bedrockRuntime.validateRequestBody(operation: "ConverseStream", body: body))
        // The stream-only member is not part of the Converse guardrail shape.
        #expect(
            try ServiceModels.bedrockRuntime.validateRequestBody(operation: "Converse", body: body)
                == [Violation(path: "$.guardrailConfig", kind: .unknownMember("streamProcessingMode"), shape: "GuardrailConfiguration")])
    }

    @Test("CountTokens request bodies (converse and invokeModel inputs) have zero violations")
    func countTokensRequests() throws {
        let request = Self.fullRequest()
        let converse = CountTokensRequest(
            input: .converse(
                ConverseTokensRequest(
                    messages: request.messages, system: request.system, toolConfig: request.toolConfig,
                    additionalModelRequestFields: request.additionalModelRequestFields)))
        expectValid(try ServiceModels.bedrockRuntime.validateRequestBody(operation: "CountTokens", body: BedrockJSONEncoder().encode(converse)))

        let anthropicBody = try BedrockJSONEncoder().encode(
            AnthropicMessagesRequest(maxTokens: 500, messages: [AnthropicMessage(role: .user, content: .text("Hello"))]))
        let invoke = CountTokensRequest(input: .invokeModel(InvokeModelTokensRequest(body: anthropicBody)))
        let encoded = try BedrockJSONEncoder().encode(invoke)
        expectValid(try ServiceModels.bedrockRuntime.validateRequestBody(operation: "CountTokens", body: encoded))
        // The blob travels as base64 of the native body.
        #expect(try WireJSON.value(encoded)["input"]?["invokeModel"]?["body"]?.stringValue == anthropicBody.base64EncodedString())
    }

    @Test("a minimal request validates too (optional members stay absent)")
    func minimalRequest() throws {
        let body = try BedrockJSONEncoder().encode(ConverseRequest(messages: [ConverseMessage(role: .user, content: [.text("Hi")])]))
        #expect(try WireJSON.value(body) == WireJSON.value(#"{"messages":[{"role":"user","content":[{"text":"Hi"}]}]}"#))
        expectValid(try ServiceModels.bedrockRuntime.validateRequestBody(operation: "Converse", body: body))
    }

    @Test("the validator catches a wire type used wrongly: empty tool list and an out-of-range temperature")
    func catchesMisuse() throws {
        let request = ConverseRequest(
            inferenceConfig: ConverseInferenceConfiguration(temperature: 1.5), toolConfig: ConverseToolConfiguration(tools: []))
        let violations = try ServiceModels.bedrockRuntime.validateRequestBody(operation: "Converse", body: BedrockJSONEncoder().encode(request))
        #expect(violations.map(\.path).sorted() == ["$.inferenceConfig.temperature", "$.toolConfig.tools"])
    }

    @Test("Converse responses built from the wire types validate against ConverseResponse")
    func converseResponses() throws {
        let responses = [
            ConverseResponse(
                output: .message(ConverseMessage(role: .assistant, content: [.text("Hello!")])), stopReason: .endTurn,
                usage: ConverseTokenUsage(inputTokens: 12, outputTokens: 3, totalTokens: 15), metrics: ConverseMetrics(latencyMs: 420)),
            ConverseResponse(
                output: .message(
                    ConverseMessage(
                        role: .assistant,
                        content: [
                            .reasoningContent(.reasoningText(ConverseReasoningText(text: "Need a tool.", signature: "sig"))),
                            .reasoningContent(.redactedContent(Data([1, 2, 3]))),
                            .toolUse(ConverseToolUseBlock(toolUseId: "tooluse_1", name: "get_weather", input: ["city": "Paris"])),
                        ])),
                stopReason: .toolUse,
                usage: ConverseTokenUsage(
                    inputTokens: 5, outputTokens: 40, totalTokens: 2093, cacheReadInputTokens: 1024, cacheWriteInputTokens: 1024,
                    cacheDetails: [ConverseCacheDetail(ttl: .oneHour, inputTokens: 1024)]),
                metrics: ConverseMetrics(latencyMs: 1175),
                additionalModelResponseFields: ["stop_sequence": nil],
                performanceConfig: ConversePerformanceConfiguration(latency: .standard),
                serviceTier: ConverseServiceTier(type: .default)),
        ]
        for response in responses {
            expectValid(try ServiceModels.bedrockRuntime.validateResponseBody(operation: "Converse", body: BedrockJSONEncoder().encode(response)))
        }
    }

    @Test("documented Converse response examples validate against ConverseResponse")
    func documentedResponses() throws {
        for example in ConverseExamples.responses {
            expectValid(try ServiceModels.bedrockRuntime.validateResponseBody(operation: "Converse", body: Data(example.utf8)))
        }
    }

    @Test("ConverseStream event payloads produced from the wire types validate against their event shapes")
    func streamEventPayloads() throws {
        let model = try ServiceModels.bedrockRuntime
        let events: [ConverseStreamEvent] = [
            .messageStart(ConverseMessageStartEvent(role: .assistant)),
            .contentBlockStart(ConverseContentBlockStartEvent(contentBlockIndex: 1, start: .toolUse(ConverseToolUseBlockStart(toolUseId: "tooluse_1", name: "get_weather")))),
            .contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: 0, delta: .text("Hel"))),
            .contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: 1, delta: .toolUse(ConverseToolUseBlockDelta(input: #"{"city":"#)))),
            .contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: 0, delta: .reasoningContent(.text("Thinking")))),
            .contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: 0, delta: .reasoningContent(.signature("sig")))),
            .contentBlockDelta(ConverseContentBlockDeltaEvent(contentBlockIndex: 0, delta: .reasoningContent(.redactedContent(Data([9, 9]))))),
            .contentBlockStop(ConverseContentBlockStopEvent(contentBlockIndex: 0)),
            .messageStop(ConverseMessageStopEvent(stopReason: .maxTokens, additionalModelResponseFields: ["stop_sequence": nil])),
            .metadata(
                ConverseStreamMetadataEvent(
                    usage: ConverseTokenUsage(inputTokens: 10, outputTokens: 20, totalTokens: 30, cacheReadInputTokens: 0, cacheWriteInputTokens: 0),
                    metrics: ConverseMetrics(latencyMs: 300))),
            .modelStreamErrorException(BedrockModelStreamError(message: "Model failed", originalStatusCode: 500, originalMessage: "boom")),
            .throttlingException(BedrockErrorMessage(message: "Too many requests")),
            .internalServerException(BedrockErrorMessage(message: "oops")),
            .validationException(BedrockErrorMessage(message: "bad")),
            .serviceUnavailableException(BedrockErrorMessage(message: "later")),
        ]
        for event in events {
            let shape = try #require(try model.streamEventShape(operation: "ConverseStream", eventType: event.eventType), "\(event.eventType)")
            expectValid(try model.validate(jsonData: event.payload(), againstShape: shape))
        }
    }
}
