import AWSServiceModel
import BedrockClient
import Foundation
import GatewayCore
import Testing

@Suite("Control-plane catalog over HTTP")
struct CatalogTests {
    /// The service model's name and description patterns are Smithy patterns, which are not
    /// anchored; Bedrock's own catalog has names ("Claude 3.5 Sonnet") that only match somewhere
    /// in the value, so the catalog is checked with Smithy's search semantics.
    static let catalogOptions = ValidationOptions(patternMatching: .search)

    /// Violations other than Bedrock's documented `INFERENCE_PROFILE` inference type: the
    /// service returns it for models served only through cross-region profiles although the
    /// model's `InferenceType` enum lists only ON_DEMAND and PROVISIONED (SDKs keep unknown enum
    /// values as strings).
    static func violations(_ operation: String, _ body: Data) throws -> [Violation] {
        let model = try #require(ReferenceModels.controlPlane)
        return try model.validateResponseBody(operation: operation, body: body, options: catalogOptions).filter { violation in
            guard case .invalidEnumValue("INFERENCE_PROFILE", _) = violation.kind else { return true }
            return !violation.path.contains("inferenceTypesSupported")
        }
    }

    @Test func foundationModelsMatchTheServiceModelAndCoverTheFamilies() async throws {
        try await SimulatorHarness.with { harness in
            let response = try await harness.get("/foundation-models")
            #expect(response.status == 200)
            let violations = try Self.violations("ListFoundationModels", response.body)
            #expect(violations.isEmpty, "\(violations)")
            let summaries = try #require(try response.decoded(ListFoundationModelsResponse.self).modelSummaries)
            let providers = Set(summaries.compactMap(\.providerName))
            #expect(providers.isSuperset(of: ["Anthropic", "Amazon", "Meta", "Mistral AI", "DeepSeek", "OpenAI", "Cohere"]))
            let ids = Set(summaries.map(\.modelId))
            for family in ["amazon.titan-embed-text-v1", "amazon.titan-embed-text-v2:0", "cohere.embed-english-v3", "cohere.embed-v4:0",
                           "amazon.nova-2-multimodal-embeddings-v1:0", "amazon.nova-canvas-v1:0", "openai.gpt-oss-120b-1:0"] {
                #expect(ids.contains(family), "\(family)")
            }
            #expect(summaries.contains { $0.inferenceTypesSupported == [.provisioned] })
            #expect(summaries.contains { $0.modelLifecycle?.status == .legacy })
            #expect(summaries.allSatisfy { $0.modelArn == "arn:aws:bedrock:us-east-1::foundation-model/\($0.modelId)" })
        }
    }

    @Test func foundationModelFiltersNarrowTheList() async throws {
        try await SimulatorHarness.with { harness in
            let embeddings = try await harness.get("/foundation-models?byOutputModality=EMBEDDING")
                .decoded(ListFoundationModelsResponse.self).modelSummaries ?? []
            #expect(embeddings.count == 6)
            #expect(embeddings.allSatisfy { $0.outputModalities == [.embedding] })
            let anthropic = try await harness.get("/foundation-models?byProvider=anthropic")
                .decoded(ListFoundationModelsResponse.self).modelSummaries ?? []
            #expect(!anthropic.isEmpty)
            #expect(anthropic.allSatisfy { $0.providerName == "Anthropic" })
            let provisioned = try await harness.get("/foundation-models?byInferenceType=PROVISIONED")
                .decoded(ListFoundationModelsResponse.self).modelSummaries ?? []
            #expect(provisioned.map(\.modelId) == ["anthropic.claude-3-haiku-20240307-v1:0:200k"])
        }
    }

    @Test func invalidFilterValueIsAValidationException() async throws {
        try await SimulatorHarness.with { harness in
            let error = try BedrockErrorAnswer(try await harness.get("/foundation-models?byOutputModality=AUDIO"))
            #expect(error.status == 400)
            #expect(error.type == "ValidationException")
            #expect(error.message.contains("Member must satisfy enum value set: [TEXT, IMAGE, EMBEDDING]"))
        }
    }

    @Test func foundationModelDetailsByEncodedARN() async throws {
        try await SimulatorHarness.with { harness in
            let arn = "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"
            let response = try await harness.get("/foundation-models/" + SimulatorHarness.encode(arn))
            #expect(response.status == 200)
            #expect(try Self.violations("GetFoundationModel", response.body).isEmpty)
            #expect(try response.json["modelDetails"]?["modelId"] == "amazon.nova-pro-v1:0")
        }
    }

    @Test func inferenceProfilesPaginateWithoutLossOrDuplicates() async throws {
        try await SimulatorHarness.with { harness in
            let everything = try await harness.get("/inference-profiles").decoded(ListInferenceProfilesResponse.self)
            #expect(everything.nextToken == nil)
            let all = try #require(everything.inferenceProfileSummaries)
            var collected: [InferenceProfileSummary] = []
            var token: String?
            var pages = 0
            repeat {
                let query = "maxResults=7" + (token.map { "&nextToken=" + SimulatorHarness.encode($0) } ?? "")
                let response = try await harness.get("/inference-profiles?" + query)
                #expect(try Self.violations("ListInferenceProfiles", response.body).isEmpty)
                let page = try response.decoded(ListInferenceProfilesResponse.self)
                #expect((page.inferenceProfileSummaries ?? []).count <= 7)
                collected += page.inferenceProfileSummaries ?? []
                token = page.nextToken
                pages += 1
            } while token != nil && pages < 100
            #expect(collected == all)
            #expect(pages == (all.count + 6) / 7)
        }
    }

    @Test func systemProfilesSpanTheRegionGroups() async throws {
        try await SimulatorHarness.with { harness in
            let profiles = try await harness.get("/inference-profiles?type=SYSTEM_DEFINED")
                .decoded(ListInferenceProfilesResponse.self).inferenceProfileSummaries ?? []
            #expect(profiles.allSatisfy { $0.type == .systemDefined })
            for prefix in ["us.", "eu.", "apac.", "global."] {
                #expect(profiles.contains { $0.inferenceProfileId.hasPrefix(prefix) }, "\(prefix)")
            }
            let sonnet = try #require(profiles.first { $0.inferenceProfileId == "us.anthropic.claude-sonnet-4-5-20250929-v1:0" })
            #expect(sonnet.inferenceProfileArn == "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-5-20250929-v1:0")
            #expect(sonnet.models.count == 3)
        }
    }

    @Test func applicationProfileFilterReturnsTheApplicationProfile() async throws {
        try await SimulatorHarness.with { harness in
            let profiles = try await harness.get("/inference-profiles?type=APPLICATION")
                .decoded(ListInferenceProfilesResponse.self).inferenceProfileSummaries ?? []
            let profile = try #require(profiles.first)
            #expect(profiles.count == 1)
            #expect(profile.type == .application)
            #expect(profile.inferenceProfileArn.contains(":application-inference-profile/"))
            let fetched = try await harness.get("/inference-profiles/" + SimulatorHarness.encode(profile.inferenceProfileArn))
            #expect(try fetched.decoded(InferenceProfileSummary.self) == profile)
        }
    }

    @Test(arguments: ["maxResults=0", "maxResults=1001", "nextToken=garbage", "type=CUSTOM"])
    func badListParametersAreValidationExceptions(query: String) async throws {
        try await SimulatorHarness.with { harness in
            let error = try BedrockErrorAnswer(try await harness.get("/inference-profiles?" + query))
            #expect(error.status == 400)
            #expect(error.type == "ValidationException")
        }
    }

    @Test func catalogRequiresCredentialsToo() async throws {
        try await SimulatorHarness.with { harness in
            let error = try BedrockErrorAnswer(try await harness.get("/foundation-models", authorized: false))
            #expect(error.status == 403)
            #expect(error.message == "Missing Authentication Token")
        }
    }
}
