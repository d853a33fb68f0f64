import Foundation

@testable import GatewayCore

/// The hand-written catalog fixture in `Golden/catalog/`: one ListFoundationModels answer
/// (us-east-1, 14 models across providers: chat, embeddings, image generation, a
/// PROVISIONED-only variant, a LEGACY model, INFERENCE_PROFILE-only models, a chat model that
/// does not stream) and one ListInferenceProfiles answer (system profiles `us.`, `eu.`,
/// `global.`, two application profiles). The `eu.` profile would not appear in a us-east-1
/// answer; it is there so one fixture covers every prefix family.
enum CatalogFixture {
    /// `created` passed to the catalog: 2026-01-01T00:00:00Z.
    static let created = 1_767_225_600

    static func foundationModelsBody() throws -> Data { try Golden.data("catalog/list-foundation-models") }
    static func inferenceProfilesBody() throws -> Data { try Golden.data("catalog/list-inference-profiles") }

    static func foundationModels() throws -> [FoundationModelSummary] {
        try BedrockJSONDecoder().decode(ListFoundationModelsResponse.self, from: foundationModelsBody()).modelSummaries ?? []
    }

    static func inferenceProfiles() throws -> [InferenceProfileSummary] {
        try BedrockJSONDecoder().decode(ListInferenceProfilesResponse.self, from: inferenceProfilesBody())
            .inferenceProfileSummaries ?? []
    }

    static func catalog(_ options: ModelCatalogOptions = ModelCatalogOptions()) throws -> ModelCatalog {
        ModelCatalog(foundationModels: try foundationModels(), inferenceProfiles: try inferenceProfiles(), options: options, created: created)
    }
}
