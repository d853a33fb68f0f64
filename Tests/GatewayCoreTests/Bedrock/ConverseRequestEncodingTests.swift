import Foundation
import Testing

@testable import GatewayCore

@Suite("Converse request wire format")
struct ConverseRequestEncodingTests {
    @Test("tool choices encode as single-key objects with empty objects for auto and any")
    func toolChoiceWire() throws {
        #expect(try WireJSON.encoded(ConverseToolChoice.auto) == ["auto": [:]])
        #expect(try WireJSON.encoded(ConverseToolChoice.any) == ["any": [:]])
        #expect(try WireJSON.encoded(ConverseToolChoice.tool(name: "get_weather")) == ["tool": ["name": "get_weather"]])
        #expect(try WireJSON.decode(ConverseToolChoice.self, #"{"any":{}}"#) == .any)
    }

    @Test("blocks encode with the documented keys; blobs as base64")
    func blockWire() throws {
        let image = ConverseContentBlock.image(ConverseImageBlock(format: .png, source: .bytes(Data([0x89, 0x50, 0x4E, 0x47]))))
        #expect(try WireJSON.encoded(image) == ["image": ["format": "png", "source": ["bytes": "iVBORw=="]]])
        #expect(try WireJSON.encoded(ConverseContentBlock.cachePoint(ConverseCachePointBlock())) == ["cachePoint": ["type": "default"]])
        #expect(
            try WireJSON.encoded(ConverseSystemContentBlock.cachePoint(ConverseCachePointBlock(ttl: .oneHour)))
                == ["cachePoint": ["type": "default", "ttl": "1h"]])
        #expect(
            try WireJSON.encoded(ConverseTool.toolSpec(ConverseToolSpecification(name: "f", inputSchema: .json(["type": "object"]))))
                == ["toolSpec": ["name": "f", "inputSchema": ["json": ["type": "object"]]]])
        #expect(
            try WireJSON.encoded(ConverseContentBlock.toolResult(ConverseToolResultBlock(toolUseId: "t", content: [.json(["a": 1]), .text("ok")], status: .error)))
                == ["toolResult": ["toolUseId": "t", "content": [["json": ["a": 1]], ["text": "ok"]], "status": "error"]])
        #expect(
            try WireJSON.encoded(ConverseContentBlock.reasoningContent(.redactedContent(Data("secret".utf8))))
                == ["reasoningContent": ["redactedContent": "c2VjcmV0"]])
    }

    @Test("the structured-output schema travels as a JSON string, not an object")
    func outputSchemaIsAString() throws {
        let config = ConverseOutputConfig(
            textFormat: ConverseOutputFormat(structure: .jsonSchema(ConverseJSONSchemaDefinition(schema: #"{"type":"object"}"#, name: "out"))))
        #expect(
            try WireJSON.encoded(config)
                == ["textFormat": ["type": "json_schema", "structure": ["jsonSchema": ["schema": #"{"type":"object"}"#, "name": "out"]]]])
    }

    @Test("modelId is never part of the body")
    func noModelIdInBody() throws {
        let body = try WireJSON.encoded(ConverseServiceModelTests.fullRequest())
        #expect(body["modelId"] == nil)
        #expect(body.objectValue?.keys.sorted() == [
            "additionalModelRequestFields", "additionalModelResponseFieldPaths", "guardrailConfig", "inferenceConfig", "messages",
            "outputConfig", "performanceConfig", "promptVariables", "requestMetadata", "serviceTier", "system", "toolConfig",
        ])
    }

    @Test("request bodies decode back to the same value (for a simulator reading requests)")
    func requestRoundTrip() throws {
        let request = ConverseServiceModelTests.fullRequest(toolChoice: .tool(name: "get_weather"))
        let decoded = try BedrockJSONDecoder().decode(ConverseRequest.self, from: BedrockJSONEncoder().encode(request))
        #expect(decoded == request)
        let stream = ConverseStreamRequest(request, guardrailStreamProcessingMode: .sync)
        #expect(try BedrockJSONDecoder().decode(ConverseStreamRequest.self, from: BedrockJSONEncoder().encode(stream)) == stream)
        let count = CountTokensRequest(input: .converse(ConverseTokensRequest(messages: request.messages)))
        #expect(try BedrockJSONDecoder().decode(CountTokensRequest.self, from: BedrockJSONEncoder().encode(count)) == count)
    }

    @Test("a documented request body decodes")
    func documentedRequest() throws {
        // Converse API reference: user message with an image and a system prompt.
        let request = try WireJSON.decode(
            ConverseRequest.self,
            """
            {
              "messages": [{"role": "user", "content": [
                {"text": "What's in this image?"},
                {"image": {"format": "jpeg", "source": {"s3Location": {"uri": "s3://amzn-s3-demo-bucket/cat.jpg"}}}}
              ]}],
              "system": [{"text": "You are an app that describes images."}],
              "inferenceConfig": {"maxTokens": 512, "temperature": 0.5, "topP": 0.9},
              "additionalModelRequestFields": {"top_k": 200}
            }
            """)
        #expect(request.messages?.first?.content.last == .image(ConverseImageBlock(format: .jpeg, source: .s3Location(ConverseS3Location(uri: "s3://amzn-s3-demo-bucket/cat.jpg")))))
        #expect(request.system == [.text("You are an app that describes images.")])
        #expect(request.inferenceConfig == ConverseInferenceConfiguration(maxTokens: 512, temperature: 0.5, topP: 0.9))
        #expect(request.additionalModelRequestFields == ["top_k": 200])
    }

    @Test("CountTokens response decodes")
    func countTokensResponse() throws {
        #expect(try WireJSON.decode(CountTokensResponse.self, #"{"inputTokens": 42}"#) == CountTokensResponse(inputTokens: 42))
    }
}
