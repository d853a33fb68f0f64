import AWSServiceModel
import Foundation
import Testing

@testable import GatewayCore

/// Checks that the Swift wire types model every member of the service-model shapes they mirror,
/// so a member we forgot — or one AWS adds to the model file — fails here.
@Suite("Wire types cover every member of their service-model shapes")
struct ServiceModelCoverageTests {
    /// JSON keys of the body members of `shape`.
    private func modelKeys(_ model: ServiceModel, _ shape: String) throws -> Set<String> {
        let shape = try #require(model.shape(named: shape), "no shape \(shape)")
        return Set(shape.members.filter(\.isInBody).map(\.jsonKey))
    }

    /// All member keys used by `values` of one union type.
    private func keys<T: Encodable>(_ values: [T]) throws -> Set<String> {
        try values.reduce(into: Set<String>()) { $0.formUnion(try encodedKeys($1)) }
    }

    private func encodedKeys(_ value: some Encodable) throws -> Set<String> {
        Set(try WireJSON.encoded(value).objectValue?.keys ?? [:].keys)
    }

    /// Fully populated values paired with the structure shape each mirrors.
    private var structures: [(any Encodable, String)] {
        let full = ConverseServiceModelTests.fullRequest()
        let stream = ConverseStreamRequest(full, guardrailStreamProcessingMode: .sync)
        let usage = ConverseTokenUsage(
            inputTokens: 1, outputTokens: 1, totalTokens: 2, cacheReadInputTokens: 0, cacheWriteInputTokens: 0,
            cacheDetails: [ConverseCacheDetail(ttl: .fiveMinutes, inputTokens: 0)])
        let response = ConverseResponse(
            output: .message(ConverseMessage(role: .assistant, content: [])), stopReason: .endTurn, usage: usage,
            metrics: ConverseMetrics(latencyMs: 1), additionalModelResponseFields: [:], trace: [:],
            performanceConfig: ConversePerformanceConfiguration(latency: .standard), serviceTier: ConverseServiceTier(type: .default))
        let document = ConverseDocumentBlock(format: .pdf, name: "n", source: .text("t"), context: "c", citations: ConverseCitationsConfig(enabled: true))
        return [
            (full, "ConverseRequest"),
            (stream, "ConverseStreamRequest"),
            (response, "ConverseResponse"),
            (usage, "TokenUsage"),
            (ConverseMessage(role: .user, content: []), "Message"),
            (ConverseInferenceConfiguration(maxTokens: 1, temperature: 0, topP: 0, stopSequences: []), "InferenceConfiguration"),
            (ConverseToolConfiguration(tools: [], toolChoice: .auto), "ToolConfiguration"),
            (ConverseToolSpecification(name: "f", description: "d", inputSchema: .json([:]), strict: true), "ToolSpecification"),
            (ConverseImageBlock(format: .png, source: .bytes(Data([1])), error: ConverseErrorBlock(message: "m")), "ImageBlock"),
            (document, "DocumentBlock"),
            (ConverseVideoBlock(format: "mp4", source: .bytes(Data([1]))), "VideoBlock"),
            (ConverseAudioBlock(format: "wav", source: .bytes(Data([1])), error: ConverseErrorBlock(message: "m")), "AudioBlock"),
            (ConverseS3Location(uri: "s3://b/k", bucketOwner: "123456789012"), "S3Location"),
            (ConverseToolUseBlock(toolUseId: "t", name: "f", input: [:], type: "server_tool_use"), "ToolUseBlock"),
            (ConverseToolResultBlock(toolUseId: "t", content: [], status: .success, type: "t"), "ToolResultBlock"),
            (ConverseReasoningText(text: "t", signature: "s"), "ReasoningTextBlock"),
            (ConverseCachePointBlock(type: .default, ttl: .oneHour), "CachePointBlock"),
            (ConverseGuardrailTextBlock(text: "t", qualifiers: ["query"]), "GuardrailConverseTextBlock"),
            (ConverseGuardrailImageBlock(format: .png, source: .bytes(Data([1]))), "GuardrailConverseImageBlock"),
            (ConverseGuardrailConfiguration(guardrailIdentifier: "g", guardrailVersion: "1", trace: .enabled), "GuardrailConfiguration"),
            (ConverseGuardrailStreamConfiguration(guardrailIdentifier: "g", guardrailVersion: "1", trace: .enabled, streamProcessingMode: .sync), "GuardrailStreamConfiguration"),
            (ConverseOutputFormat(structure: .jsonSchema(ConverseJSONSchemaDefinition(schema: "{}"))), "OutputFormat"),
            (ConverseJSONSchemaDefinition(schema: "{}", name: "n", description: "d"), "JsonSchemaDefinition"),
            (ConverseOutputConfig(textFormat: ConverseOutputFormat(structure: .jsonSchema(ConverseJSONSchemaDefinition(schema: "{}")))), "OutputConfig"),
            (ConverseMessageStopEvent(stopReason: .endTurn, additionalModelResponseFields: [:]), "MessageStopEvent"),
            (ConverseStreamMetadataEvent(usage: usage, metrics: ConverseMetrics(latencyMs: 1), trace: [:], performanceConfig: ConversePerformanceConfiguration(), serviceTier: ConverseServiceTier(type: .flex)), "ConverseStreamMetadataEvent"),
            (ConverseToolUseBlockStart(toolUseId: "t", name: "f", type: "server_tool_use"), "ToolUseBlockStart"),
            (ConverseContentBlockDeltaEvent(contentBlockIndex: 0, delta: .text("")), "ContentBlockDeltaEvent"),
            (ConverseContentBlockStartEvent(contentBlockIndex: 0, start: .toolUse(ConverseToolUseBlockStart(toolUseId: "t", name: "f"))), "ContentBlockStartEvent"),
            (BedrockModelStreamError(message: "m", originalStatusCode: 500, originalMessage: "o"), "ModelStreamErrorException"),
            (CountTokensRequest(input: .converse(ConverseTokensRequest())), "CountTokensRequest"),
            (ConverseTokensRequest(messages: [], system: [], toolConfig: ConverseToolConfiguration(tools: []), additionalModelRequestFields: [:]), "ConverseTokensRequest"),
            (BedrockPayloadPart(bytes: Data([1])), "PayloadPart"),
        ]
    }

    @Test("runtime structures: encoded keys equal the model's body members")
    func runtimeStructures() throws {
        let model = try ServiceModels.bedrockRuntime
        for (value, shape) in structures {
            #expect(try encodedKeys(value) == modelKeys(model, shape), "\(shape)")
        }
    }

    @Test("control-plane structures: encoded keys equal the model's members")
    func catalogStructures() throws {
        let model = try ServiceModels.bedrock
        let date = Date(timeIntervalSince1970: 0)
        let lifecycle = FoundationModelLifecycle(status: .active, startOfLifeTime: date, endOfLifeTime: date, legacyTime: date, publicExtendedAccessTime: date)
        let summary = FoundationModelSummary(
            modelArn: "a", modelId: "m", modelName: "n", providerName: "p", inputModalities: [], outputModalities: [],
            responseStreamingSupported: true, customizationsSupported: [], inferenceTypesSupported: [], modelLifecycle: lifecycle)
        let profile = InferenceProfileSummary(
            inferenceProfileName: "n", description: "d", createdAt: date, updatedAt: date, inferenceProfileArn: "a", models: [],
            inferenceProfileId: "i", status: .active, type: .application)
        let pairs: [(any Encodable, String)] = [
            (ListFoundationModelsResponse(modelSummaries: []), "ListFoundationModelsResponse"),
            (summary, "FoundationModelSummary"),
            (lifecycle, "FoundationModelLifecycle"),
            (ListInferenceProfilesResponse(inferenceProfileSummaries: [], nextToken: "t"), "ListInferenceProfilesResponse"),
            (profile, "InferenceProfileSummary"),
            (InferenceProfileModel(modelArn: "a"), "InferenceProfileModel"),
        ]
        for (value, shape) in pairs {
            #expect(try encodedKeys(value) == modelKeys(model, shape), "\(shape)")
        }
    }

    /// Union members deliberately left to `.unknown(key, value)`; a model update that adds a
    /// member shows up as a failure here until it is modeled or added to this list.
    @Test("unions: modeled cases plus the tolerated ones are exactly the model's members")
    func unions() throws {
        let model = try ServiceModels.bedrockRuntime
        let png = Data([1])
        let cases: [(String, Set<String>, Set<String>)] = [
            (
                "ContentBlock",
                try keys([
                    ConverseContentBlock.text(""), .image(ConverseImageBlock(format: .png, source: .bytes(png))),
                    .document(ConverseDocumentBlock(name: "n", source: .text(""))), .video(ConverseVideoBlock(format: "mp4", source: .bytes(png))),
                    .audio(ConverseAudioBlock(format: "wav", source: .bytes(png))), .toolUse(ConverseToolUseBlock(toolUseId: "t", name: "f", input: [:])),
                    .toolResult(ConverseToolResultBlock(toolUseId: "t", content: [])), .guardContent(.text(ConverseGuardrailTextBlock(text: ""))),
                    .cachePoint(ConverseCachePointBlock()), .reasoningContent(.redactedContent(png)), .citationsContent([:]),
                ]),
                ["searchResult"]
            ),
            ("SystemContentBlock", try keys([ConverseSystemContentBlock.text("t"), .guardContent(.text(ConverseGuardrailTextBlock(text: ""))), .cachePoint(ConverseCachePointBlock())]), []),
            ("Tool", try keys([ConverseTool.toolSpec(ConverseToolSpecification(name: "f", inputSchema: .json([:]))), .systemTool(ConverseSystemTool(name: "s")), .cachePoint(ConverseCachePointBlock())]), []),
            ("ToolChoice", try keys([ConverseToolChoice.auto, .any, .tool(name: "f")]), []),
            ("ToolInputSchema", try keys([ConverseToolInputSchema.json([:])]), []),
            (
                "ToolResultContentBlock",
                try keys([
                    ConverseToolResultContentBlock.json([:]), .text(""), .image(ConverseImageBlock(format: .png, source: .bytes(png))),
                    .document(ConverseDocumentBlock(name: "n", source: .text(""))), .video(ConverseVideoBlock(format: "mp4", source: .bytes(png))),
                ]),
                ["searchResult"]
            ),
            ("ReasoningContentBlock", try keys([ConverseReasoningContentBlock.reasoningText(ConverseReasoningText(text: "")), .redactedContent(png)]), []),
            ("ImageSource", try keys([ConverseMediaSource.bytes(png), .s3Location(ConverseS3Location(uri: "s3://b/k"))]), []),
            ("VideoSource", try keys([ConverseMediaSource.bytes(png), .s3Location(ConverseS3Location(uri: "s3://b/k"))]), []),
            ("AudioSource", try keys([ConverseMediaSource.bytes(png), .s3Location(ConverseS3Location(uri: "s3://b/k"))]), []),
            ("DocumentSource", try keys([ConverseDocumentSource.bytes(png), .s3Location(ConverseS3Location(uri: "s3://b/k")), .text(""), .content([])]), []),
            ("DocumentContentBlock", try keys([ConverseDocumentContentBlock.text("")]), []),
            ("GuardrailConverseContentBlock", try keys([ConverseGuardrailContentBlock.text(ConverseGuardrailTextBlock(text: "")), .image(ConverseGuardrailImageBlock(format: .png, source: .bytes(png)))]), []),
            ("GuardrailConverseImageSource", try keys([ConverseGuardrailImageSource.bytes(png)]), []),
            ("PromptVariableValues", try keys([ConversePromptVariableValue.text("")]), []),
            ("OutputFormatStructure", try keys([ConverseOutputFormatStructure.jsonSchema(ConverseJSONSchemaDefinition(schema: "{}"))]), []),
            ("ConverseOutput", try keys([ConverseOutput.message(ConverseMessage(role: .assistant, content: []))]), []),
            ("ContentBlockStart", try keys([ConverseContentBlockStart.toolUse(ConverseToolUseBlockStart(toolUseId: "t", name: "f"))]), ["toolResult", "image"]),
            (
                "ContentBlockDelta",
                try keys([ConverseContentBlockDelta.text(""), .toolUse(ConverseToolUseBlockDelta(input: "")), .reasoningContent(.text("")), .citation([:])]),
                ["toolResult", "image"]
            ),
            ("ReasoningContentBlockDelta", try keys([ConverseReasoningContentBlockDelta.text(""), .redactedContent(png), .signature("")]), []),
            ("CountTokensInput", try keys([CountTokensInput.converse(ConverseTokensRequest()), .invokeModel(InvokeModelTokensRequest(body: png))]), []),
        ]
        for (shape, modeled, tolerated) in cases {
            #expect(modeled.union(tolerated) == (try modelKeys(model, shape)), "\(shape)")
            #expect(modeled.isDisjoint(with: tolerated), "\(shape)")
        }
    }

    @Test("stream events: every event and exception of ConverseStreamOutput has a case")
    func converseStreamOutput() throws {
        let model = try ServiceModels.bedrockRuntime
        for eventType in try modelKeys(model, "ConverseStreamOutput") {
            let shape = try #require(try model.streamEventShape(operation: "ConverseStream", eventType: eventType))
            let payload = try #require(ConverseStreamEventSamples.payloads[eventType], "no sample for \(eventType) (\(shape))")
            let event = try ConverseStreamEvent(eventType: eventType, payload: Data(payload.utf8))
            if case .unknown = event { Issue.record("\(eventType) decodes as unknown") }
            #expect(event.eventType == eventType)
            #expect(event.isException == (model.shape(named: shape)?.isException ?? false), "\(eventType)")
        }
        for eventType in try modelKeys(model, "ResponseStream") {
            let event = try InvokeModelStreamEvent(eventType: eventType, payload: Data(#"{"bytes":"e30="}"#.utf8))
            if case .unknown = event { Issue.record("\(eventType) decodes as unknown") }
            #expect(event.eventType == eventType)
        }
    }

    @Test("enum-like string sets contain every value of the model's enum")
    func stringEnums() throws {
        let model = try ServiceModels.bedrockRuntime
        let sets: [(String, [String])] = [
            ("ImageFormat", [ConverseImageFormat.png, .jpeg, .gif, .webp].map(\.rawValue)),
            ("DocumentFormat", [ConverseDocumentFormat.pdf, .csv, .doc, .docx, .xls, .xlsx, .html, .txt, .md].map(\.rawValue)),
            ("CachePointType", [ConverseCachePointType.default].map(\.rawValue)),
            ("CacheTTL", [ConverseCacheTTL.fiveMinutes, .oneHour].map(\.rawValue)),
            ("GuardrailTrace", [ConverseGuardrailTrace.enabled, .disabled, .enabledFull].map(\.rawValue)),
            ("GuardrailStreamProcessingMode", [ConverseGuardrailStreamProcessingMode.sync, .async].map(\.rawValue)),
            ("PerformanceConfigLatency", [ConversePerformanceLatency.standard, .optimized].map(\.rawValue)),
            ("ServiceTierType", [ConverseServiceTierType.priority, .default, .flex, .reserved].map(\.rawValue)),
            ("OutputFormatType", [ConverseOutputFormatType.jsonSchema].map(\.rawValue)),
            ("ConversationRole", [ConverseRole.user, .assistant].map(\.rawValue)),
            ("ToolResultStatus", [ConverseToolResultStatus.success, .error].map(\.rawValue)),
        ]
        for (shape, values) in sets {
            #expect(Set(values) == Set(try #require(model.shape(named: shape)?.enumValues)), "\(shape)")
        }
        let controlPlane = try ServiceModels.bedrock
        let catalogSets: [(String, [String])] = [
            ("ModelModality", [BedrockModelModality.text, .image, .embedding].map(\.rawValue)),
            ("ModelCustomization", [BedrockModelCustomization.fineTuning, .continuedPreTraining, .distillation].map(\.rawValue)),
            ("FoundationModelLifecycleStatus", [FoundationModelLifecycleStatus.active, .legacy].map(\.rawValue)),
            ("InferenceProfileStatus", [InferenceProfileStatus.active].map(\.rawValue)),
            ("InferenceProfileType", [InferenceProfileType.systemDefined, .application].map(\.rawValue)),
        ]
        for (shape, values) in catalogSets {
            #expect(Set(values) == Set(try #require(controlPlane.shape(named: shape)?.enumValues)), "\(shape)")
        }
        // The live service also reports INFERENCE_PROFILE, beyond the model's two values.
        let inferenceTypes = Set(try #require(controlPlane.shape(named: "InferenceType")?.enumValues))
        #expect(inferenceTypes.isSubset(of: Set([BedrockInferenceType.onDemand, .provisioned, .inferenceProfile].map(\.rawValue))))
    }
}
