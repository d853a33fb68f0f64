import Foundation
import Testing

@testable import AWSServiceModel

@Suite("Validating response bodies and event payloads")
struct ResponseValidationTests {
    @Test("a documented Converse response validates against ConverseResponse")
    func converseResponse() throws {
        let body = """
            {"output": {"message": {"role": "assistant", "content": [{"text": "Hello!"}]}},
             "stopReason": "end_turn",
             "usage": {"inputTokens": 12, "outputTokens": 3, "totalTokens": 15, "cacheReadInputTokens": 0, "cacheWriteInputTokens": 0},
             "metrics": {"latencyMs": 412}}
            """
        #expect(try ModelFixtures.bedrockRuntime.validateResponseBody(operation: "Converse", body: Data(body.utf8)) == [])
    }

    @Test("ISO 8601 timestamps are required where the model says iso8601")
    func timestamps() throws {
        let model = try ModelFixtures.bedrock
        func profiles(_ createdAt: String) throws -> [Violation] {
            let body = """
                {"inferenceProfileSummaries": [{
                  "inferenceProfileName": "US Claude 3 Haiku", "createdAt": \(createdAt),
                  "inferenceProfileArn": "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0",
                  "models": [{"modelArn": "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0"}],
                  "inferenceProfileId": "us.anthropic.claude-3-haiku-20240307-v1:0", "status": "ACTIVE", "type": "SYSTEM_DEFINED"}]}
                """
            return try model.validateResponseBody(operation: "ListInferenceProfiles", body: Data(body.utf8))
        }
        #expect(try profiles(#""2024-08-27T00:00:00Z""#) == [])
        #expect(try profiles(#""2024-08-27T00:00:00.123+02:00""#) == [])
        let path = "$.inferenceProfileSummaries[0].createdAt"
        #expect(try profiles(#""2024-02-30T00:00:00Z""#) == [Violation(path: path, kind: .invalidTimestamp(format: .iso8601), shape: "Timestamp")])
        #expect(try profiles("1724716800") == [Violation(path: path, kind: .typeMismatch(expected: .timestamp, actual: "number"), shape: "Timestamp")])
    }

    @Test("stream event payloads validate against their event shapes; Bedrock's padding `p` is not modeled")
    func streamEvent() throws {
        let model = try ModelFixtures.bedrockRuntime
        let shape = try #require(try model.streamEventShape(operation: "ConverseStream", eventType: "contentBlockDelta"))
        let payload = Data(#"{"contentBlockIndex":0,"delta":{"text":"Hel"},"p":"abcdefghijk"}"#.utf8)
        #expect(try model.validate(jsonData: payload, againstShape: shape) == [Violation(path: "$", kind: .unknownMember("p"), shape: shape)])
        #expect(try model.validate(jsonData: payload, againstShape: shape, options: ValidationOptions(reportUnknownMembers: false)) == [])
    }

    @Test("sparse-less lists reject null entries")
    func nullEntries() throws {
        let model = try ModelFixtures.bedrockRuntime
        let body = Data(#"{"inferenceConfig": {"stopSequences": ["a", null]}}"#.utf8)
        #expect(
            try model.validateRequestBody(operation: "Converse", body: body)
                == [Violation(path: "$.inferenceConfig.stopSequences[1]", kind: .nullEntry, shape: "InferenceConfigurationStopSequencesList")])
    }
}
