import AWSServiceModel
import Foundation
import Testing

@testable import GatewayCore

@Suite("Control-plane catalog responses")
struct CatalogWireTests {
    /// After the ListFoundationModels API reference example; lifecycle dates are iso8601 per the model.
    static let foundationModels = """
        {"modelSummaries": [
          {"modelArn": "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0",
           "modelId": "anthropic.claude-3-5-sonnet-20240620-v1:0", "modelName": "Claude 3.5 Sonnet", "providerName": "Anthropic",
           "inputModalities": ["TEXT", "IMAGE"], "outputModalities": ["TEXT"], "responseStreamingSupported": true,
           "customizationsSupported": [], "inferenceTypesSupported": ["ON_DEMAND"],
           "modelLifecycle": {"status": "LEGACY", "startOfLifeTime": "2024-06-20T00:00:00Z", "legacyTime": "2025-08-25T00:00:00.500Z"}},
          {"modelArn": "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0",
           "modelId": "amazon.titan-embed-text-v2:0", "modelName": "Titan Embeddings V2", "providerName": "Amazon",
           "inputModalities": ["TEXT"], "outputModalities": ["EMBEDDING"], "responseStreamingSupported": false,
           "customizationsSupported": ["FINE_TUNING"], "inferenceTypesSupported": ["ON_DEMAND", "PROVISIONED"],
           "modelLifecycle": {"status": "ACTIVE"}}
        ]}
        """

    /// After the ListInferenceProfiles API reference example.
    static let inferenceProfiles = """
        {"inferenceProfileSummaries": [
          {"inferenceProfileName": "US Claude 3 Haiku", "description": "Routes requests to Claude 3 Haiku in us-east-1 and us-west-2.",
           "createdAt": "2024-08-27T16:57:06.084Z", "updatedAt": "2024-08-27T16:57:06Z",
           "inferenceProfileArn": "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0",
           "models": [{"modelArn": "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0"},
                      {"modelArn": "arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-3-haiku-20240307-v1:0"}],
           "inferenceProfileId": "us.anthropic.claude-3-haiku-20240307-v1:0", "status": "ACTIVE", "type": "SYSTEM_DEFINED"}
        ],
        "nextToken": "eyJ0b2tlbiI6IjIifQ=="}
        """

    @Test("ListFoundationModels decodes summaries, modalities and lifecycle dates")
    func foundationModelList() throws {
        let list = try WireJSON.decode(ListFoundationModelsResponse.self, Self.foundationModels)
        let summaries = try #require(list.modelSummaries)
        #expect(summaries.map(\.modelId) == ["anthropic.claude-3-5-sonnet-20240620-v1:0", "amazon.titan-embed-text-v2:0"])
        #expect(summaries[0].inputModalities == [.text, .image])
        #expect(summaries[0].responseStreamingSupported == true)
        #expect(summaries[1].outputModalities == [.embedding])
        #expect(summaries[1].customizationsSupported == [.fineTuning])
        #expect(summaries[1].inferenceTypesSupported == [.onDemand, .provisioned])
        let lifecycle = try #require(summaries[0].modelLifecycle)
        #expect(lifecycle.status == .legacy)
        #expect(lifecycle.startOfLifeTime == Date(timeIntervalSince1970: 1_718_841_600))
        #expect(lifecycle.legacyTime == Date(timeIntervalSince1970: 1_756_080_000.5))
        #expect(summaries[1].modelLifecycle?.status == .active)
        #expect(try WireJSON.encoded(list) == WireJSON.value(Self.foundationModels))
    }

    @Test("ListInferenceProfiles decodes profiles, models, timestamps and the page token")
    func inferenceProfileList() throws {
        let page = try WireJSON.decode(ListInferenceProfilesResponse.self, Self.inferenceProfiles)
        #expect(page.nextToken == "eyJ0b2tlbiI6IjIifQ==")
        let profile = try #require(page.inferenceProfileSummaries?.first)
        #expect(profile.inferenceProfileId == "us.anthropic.claude-3-haiku-20240307-v1:0")
        #expect(profile.type == .systemDefined)
        #expect(profile.status == .active)
        #expect(profile.models.count == 2)
        #expect(profile.createdAt == Date(timeIntervalSince1970: 1_724_777_826.084))
        #expect(profile.updatedAt == Date(timeIntervalSince1970: 1_724_777_826))
        #expect(try WireJSON.encoded(page) == WireJSON.value(Self.inferenceProfiles))
    }

    @Test("catalog examples and re-encoded catalog types validate against the bedrock model's output shapes")
    func validateAgainstModel() throws {
        let model = try ServiceModels.bedrock
        for (operation, example, reencoded) in [
            ("ListFoundationModels", Self.foundationModels, try BedrockJSONEncoder().encode(WireJSON.decode(ListFoundationModelsResponse.self, Self.foundationModels))),
            ("ListInferenceProfiles", Self.inferenceProfiles, try BedrockJSONEncoder().encode(WireJSON.decode(ListInferenceProfilesResponse.self, Self.inferenceProfiles))),
        ] {
            for body in [Data(example.utf8), reencoded] {
                let violations = try model.validateResponseBody(operation: operation, body: body)
                #expect(violations.isEmpty, "\(operation): \(violations.map(\.description))")
            }
        }
    }

    @Test("values the live service returns beyond the model file are tolerated")
    func tolerateNewValues() throws {
        let json = """
            {"modelSummaries": [{"modelArn": "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-sonic-v1:0",
              "modelId": "amazon.nova-sonic-v1:0", "inputModalities": ["SPEECH"], "outputModalities": ["SPEECH", "TEXT"],
              "inferenceTypesSupported": ["INFERENCE_PROFILE"], "modelLifecycle": {"status": "PREVIEW"}, "newField": 1}]}
            """
        let summary = try #require(try WireJSON.decode(ListFoundationModelsResponse.self, json).modelSummaries?.first)
        #expect(summary.inputModalities == [BedrockModelModality(rawValue: "SPEECH")])
        #expect(summary.inferenceTypesSupported == [.inferenceProfile])
        #expect(summary.modelLifecycle?.status.rawValue == "PREVIEW")
    }

    @Test("a timestamp that is not ISO 8601 is a decoding error")
    func badTimestamp() {
        let json = Self.inferenceProfiles.replacingOccurrences(of: "2024-08-27T16:57:06Z", with: "1724777826")
        #expect(throws: DecodingError.self) { try WireJSON.decode(ListInferenceProfilesResponse.self, json) }
    }
}
