import Foundation
import Testing

@testable import AWSServiceModel

@Suite("Loading official service models")
struct ServiceModelLoadingTests {
    @Test("bedrock-runtime exposes Converse with its REST binding and shapes")
    func converseOperation() throws {
        let model = try ModelFixtures.bedrockRuntime
        #expect(model.metadata.protocol == "rest-json")
        #expect(model.metadata.signingName == "bedrock")
        let converse = try #require(model.operation(named: "Converse"))
        #expect(converse.http.method == "POST")
        #expect(converse.http.requestURI == "/model/{modelId}/converse")
        #expect(converse.inputShape == "ConverseRequest")
        #expect(converse.outputShape == "ConverseResponse")
        #expect(converse.errorShapes.contains("ValidationException"))
    }

    @Test("modelId is bound to the URI, so the Converse body excludes it")
    func converseBodyExcludesURIMembers() throws {
        let model = try ModelFixtures.bedrockRuntime
        let modelId = try #require(model.shape(named: "ConverseRequest")?.member(named: "modelId"))
        #expect(modelId.location == .uri)
        #expect(modelId.locationName == "modelId")
        guard case .members(let shape, let bodyMembers) = try model.requestBody(operation: "Converse") else {
            Issue.record("Converse request body should be the input members")
            return
        }
        #expect(shape == "ConverseRequest")
        #expect(!bodyMembers.contains("modelId"))
        #expect(bodyMembers.contains("messages"))
        #expect(bodyMembers.contains("outputConfig"))
    }

    @Test("InvokeModel's body is the raw blob payload, headers carry the rest")
    func invokeModelPayload() throws {
        let model = try ModelFixtures.bedrockRuntime
        #expect(try model.requestBody(operation: "InvokeModel") == .payload(member: "body", shape: "Body"))
        let guardrail = try #require(model.shape(named: "InvokeModelRequest")?.member(named: "guardrailIdentifier"))
        #expect(guardrail.location == .header)
        #expect(guardrail.locationName == "X-Amzn-Bedrock-GuardrailIdentifier")
        // Opaque bytes are not JSON-validated.
        #expect(try model.validateRequestBody(operation: "InvokeModel", body: Data("not json".utf8)).isEmpty)
    }

    @Test("stream event types map to their event shapes")
    func streamEventShapes() throws {
        let model = try ModelFixtures.bedrockRuntime
        #expect(try model.streamEventShape(operation: "ConverseStream", eventType: "contentBlockDelta") == "ContentBlockDeltaEvent")
        #expect(try model.streamEventShape(operation: "ConverseStream", eventType: "throttlingException") == "ThrottlingException")
        #expect(try model.streamEventShape(operation: "InvokeModelWithResponseStream", eventType: "chunk") == "PayloadPart")
        #expect(try model.streamEventShape(operation: "ConverseStream", eventType: "nope") == nil)
        #expect(try model.streamEventShape(operation: "Converse", eventType: "messageStart") == nil)
    }

    @Test("shapes carry enum, length, range and pattern constraints from the model")
    func shapeConstraints() throws {
        let model = try ModelFixtures.bedrockRuntime
        let toolName = try #require(model.shape(named: "ToolName"))
        #expect(toolName.type == .string)
        #expect(toolName.min == 1)
        #expect(toolName.max == 64)
        #expect(toolName.pattern == "[a-zA-Z0-9_-]+")
        #expect(model.shape(named: "ConversationRole")?.enumValues == ["user", "assistant"])
        #expect(model.shape(named: "ContentBlock")?.isUnion == true)
        #expect(model.shape(named: "Document")?.isDocument == true)
        #expect(model.shape(named: "ConverseStreamOutput")?.isEventStream == true)
        #expect(model.shape(named: "InferenceConfigurationTemperatureFloat")?.max == 1)
    }

    @Test("the control-plane and JSON-protocol models load too")
    func otherModelsLoad() throws {
        let bedrock = try ModelFixtures.bedrock
        #expect(bedrock.operation(named: "ListFoundationModels")?.http.requestURI == "/foundation-models")
        #expect(bedrock.shape(named: "Timestamp")?.timestampFormat == .iso8601)
        let secrets = try ModelFixtures.load("secretsmanager")
        #expect(secrets.metadata.protocol == "json")
        #expect(secrets.metadata.defaultBodyTimestampFormat == .epochSeconds)
        _ = try ModelFixtures.load("ssm")
    }

    @Test("unknown operations and shapes are errors, not violations")
    func unknownNames() throws {
        let model = try ModelFixtures.bedrockRuntime
        #expect(throws: ServiceModelError.unknownOperation("Nope")) {
            try model.validateRequestBody(operation: "Nope", body: Data("{}".utf8))
        }
        #expect(throws: ServiceModelError.unknownShape("Nope")) {
            try model.validate(jsonData: Data("{}".utf8), againstShape: "Nope")
        }
    }

    @Test("a document that is not a service model is rejected")
    func malformedModel() {
        #expect(throws: ServiceModelError.self) { try ServiceModel(jsonData: Data("[]".utf8)) }
        #expect(throws: ServiceModelError.self) { try ServiceModel(jsonData: Data("{".utf8)) }
        let dangling = #"{"metadata":{"protocol":"json"},"shapes":{"A":{"type":"list","member":{"shape":"B"}}}}"#
        #expect(throws: ServiceModelError.malformedModel("shape 'A' refers to unknown shape 'B'")) {
            try ServiceModel(jsonData: Data(dangling.utf8))
        }
    }
}
