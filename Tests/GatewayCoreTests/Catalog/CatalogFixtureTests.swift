import AWSServiceModel
import Foundation
import Testing

@testable import GatewayCore

/// The fixture is a real-shaped answer: it must satisfy the `bedrock` service model's output
/// shapes except where the live service is known to go beyond its own model file.
@Suite("Catalog fixture against the bedrock service model")
struct CatalogFixtureTests {
    /// Known model-vs-reality gaps, each pinned to where the fixture shows it:
    /// - `inferenceTypesSupported` lists `INFERENCE_PROFILE` for models reachable only through
    ///   profiles (Claude Sonnet 4.5, DeepSeek-R1); the model's enum has ON_DEMAND/PROVISIONED.
    /// - `modelName` is a `BrandedName` (max 20) but reads "Titan Text Embeddings V2" (24).
    static let foundationModelExceptions: Set<String> = [
        "$.modelSummaries[3].inferenceTypesSupported[0]",
        "$.modelSummaries[7].modelName",
        "$.modelSummaries[13].inferenceTypesSupported[0]",
    ]
    /// - System profile names contain "." ("US Anthropic Claude Sonnet 4.5"), outside the
    ///   `InferenceProfileName` pattern; descriptions list regions with "," outside the
    ///   `InferenceProfileDescription` pattern.
    static let inferenceProfileExceptions: Set<String> = [
        "$.inferenceProfileSummaries[1].inferenceProfileName", "$.inferenceProfileSummaries[1].description",
        "$.inferenceProfileSummaries[2].inferenceProfileName", "$.inferenceProfileSummaries[2].description",
        "$.inferenceProfileSummaries[3].inferenceProfileName",
        "$.inferenceProfileSummaries[4].description",
    ]

    @Test("ListFoundationModels fixture fits the output shape but for the known gaps")
    func foundationModels() throws {
        let violations = try ServiceModels.bedrock.validateResponseBody(
            operation: "ListFoundationModels", body: CatalogFixture.foundationModelsBody())
        #expect(Set(violations.map(\.path)) == Self.foundationModelExceptions, "\(violations.map(\.description))")
        for violation in violations {
            switch violation.kind {
            case .invalidEnumValue("INFERENCE_PROFILE", _), .lengthOutOfRange(24, 1?, 20?): break
            default: Issue.record("unexpected violation \(violation)")
            }
        }
    }

    @Test("ListInferenceProfiles fixture fits the output shape but for the known name/description patterns")
    func inferenceProfiles() throws {
        let model = try ServiceModels.bedrock
        let body = try CatalogFixture.inferenceProfilesBody()
        let violations = try model.validateResponseBody(operation: "ListInferenceProfiles", body: body)
        #expect(Set(violations.map(\.path)) == Self.inferenceProfileExceptions, "\(violations.map(\.description))")
        #expect(violations.allSatisfy { if case .patternMismatch = $0.kind { true } else { false } })
        let withoutPatterns = try model.validateResponseBody(
            operation: "ListInferenceProfiles", body: body, options: ValidationOptions(patternMatching: .ignore))
        #expect(withoutPatterns.isEmpty, "\(withoutPatterns.map(\.description))")
    }

    @Test("the fixture decodes into the catalog wire types")
    func decodes() throws {
        #expect(try CatalogFixture.foundationModels().count == 14)
        let profiles = try CatalogFixture.inferenceProfiles()
        #expect(profiles.count == 8)
        #expect(profiles.filter { $0.type == .application }.map(\.inferenceProfileId) == ["a1b2c3d4e5f6", "0f9e8d7c6b5a"])
    }
}
