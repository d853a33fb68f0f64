import Foundation
import Testing

@testable import GatewayCore

/// The served model list and id resolution, from the catalog fixture.
@Suite("Model catalog")
struct ModelCatalogTests {
    static let sonnet45 = "anthropic.claude-sonnet-4-5-20250929-v1:0"
    static let teamAlphaARN = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6"
    static let ragEmbeddingsARN = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/0f9e8d7c6b5a"

    // MARK: Listing

    @Test(
        "GET /v1/models under each combination of the profile flags",
        arguments: [
            (true, true, "catalog/models.all-profiles"),
            (true, false, "catalog/models.cross-region-only"),
            (false, true, "catalog/models.application-only"),
            (false, false, "catalog/models.foundation-only"),
        ])
    func listing(crossRegion: Bool, applicationProfiles: Bool, golden: String) throws {
        let catalog = try CatalogFixture.catalog(
            ModelCatalogOptions(enableCrossRegionInference: crossRegion, enableApplicationInferenceProfiles: applicationProfiles))
        try Golden.expectMatches(catalog.models(), golden)
    }

    @Test("the listing does not depend on the order Bedrock answered in")
    func deterministicOrder() throws {
        let forward = try CatalogFixture.catalog()
        let reversed = ModelCatalog(
            foundationModels: try CatalogFixture.foundationModels().reversed(),
            inferenceProfiles: try CatalogFixture.inferenceProfiles().reversed(), created: CatalogFixture.created)
        #expect(forward.models() == reversed.models())
    }

    @Test("LEGACY models can be left out of the listing but still resolve")
    func legacyOptOut() throws {
        let legacy = "anthropic.claude-3-5-sonnet-20240620-v1:0"
        let catalog = try CatalogFixture.catalog(ModelCatalogOptions(includeLegacyModels: false))
        #expect(!catalog.models().data.map(\.id).contains(legacy))
        #expect(catalog.entry(for: legacy)?.isListed == false)
        #expect(catalog.resolve(legacy).invocationID == legacy)
    }

    @Test("models that are provisioned-only, image-generating or non-streaming are known but not listed")
    func knownButUnlisted() throws {
        let catalog = try CatalogFixture.catalog()
        let provisioned = try #require(catalog.entry(for: "anthropic.claude-3-haiku-20240307-v1:0:200k"))
        #expect(!provisioned.isListed)
        let canvas = try #require(catalog.entry(for: "amazon.nova-canvas-v1:0"))
        #expect(canvas.usage == .other)
        #expect(!canvas.isListed)
        #expect(catalog.entry(for: "ai21.j2-ultra-v1")?.isListed == false)
        // Reachable only through profiles: the model is not listed, its profiles are.
        #expect(catalog.entry(for: Self.sonnet45)?.isListed == false)
        #expect(catalog.entry(for: "us." + Self.sonnet45)?.isListed == true)
    }

    @Test("configured default ids are always listed, known or not")
    func defaultModels() throws {
        let custom = "arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/k2l3m4n5o6p7"
        let catalog = try CatalogFixture.catalog(
            ModelCatalogOptions(
                enableCrossRegionInference: false, enableApplicationInferenceProfiles: false,
                defaultModelIDs: ["us." + Self.sonnet45, custom]))
        let ids = catalog.models().data.map(\.id)
        #expect(ids.contains("us." + Self.sonnet45))
        #expect(!ids.contains("eu." + Self.sonnet45))
        #expect(ids.last == custom)
        let entry = try #require(catalog.entry(for: custom))
        #expect(entry.kind == .configured)
        #expect(entry.ownedBy == "bedrock")
        #expect(entry.created == CatalogFixture.created)
    }

    @Test("entries carry the names OpenAI's Model has no field for")
    func applicationProfileEntry() throws {
        let entry = try #require(try CatalogFixture.catalog().entry(for: Self.teamAlphaARN))
        #expect(entry.kind == .applicationInferenceProfile)
        #expect(entry.name == "team-alpha-sonnet")
        #expect(entry.baseModelID == Self.sonnet45)
        #expect(entry.baseModel?.modelName == "Claude Sonnet 4.5")
        #expect(entry.model == Model(id: Self.teamAlphaARN, created: 1_762_162_200, ownedBy: "anthropic"))
    }

    // MARK: Lookup and resolution

    @Test(
        "entry(for:) accepts model ids, model ARNs, profile ids and profile ARNs",
        arguments: [
            ("amazon.nova-pro-v1:0", "amazon.nova-pro-v1:0"),
            ("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", "amazon.nova-pro-v1:0"),
            ("us.anthropic.claude-3-haiku-20240307-v1:0", "us.anthropic.claude-3-haiku-20240307-v1:0"),
            (
                "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0",
                "us.anthropic.claude-3-haiku-20240307-v1:0"
            ),
            (teamAlphaARN, teamAlphaARN),
            ("a1b2c3d4e5f6", teamAlphaARN),
        ])
    func lookup(name: String, id: String) throws {
        #expect(try CatalogFixture.catalog().entry(for: name)?.id == id)
    }

    @Test("lookups are case-sensitive, as Bedrock ids are")
    func caseSensitive() throws {
        let catalog = try CatalogFixture.catalog()
        #expect(catalog.entry(for: "Amazon.Nova-Pro-v1:0") == nil)
        #expect(catalog.entry(for: "US.anthropic.claude-3-haiku-20240307-v1:0") == nil)
    }

    @Test("a foundation model resolves to itself with its table profile and catalog vision")
    func resolveFoundationModel() throws {
        let catalog = try CatalogFixture.catalog()
        let haiku = catalog.resolve("anthropic.claude-3-haiku-20240307-v1:0")
        #expect(haiku.invocationID == "anthropic.claude-3-haiku-20240307-v1:0")
        #expect(haiku.baseModelID == "anthropic.claude-3-haiku-20240307-v1:0")
        #expect(haiku.profile.prefix == "anthropic.claude-3-haiku")
        #expect(haiku.profile.capabilities.vision)
        #expect(!catalog.capabilities(for: "amazon.nova-micro-v1:0").vision)
        // An ARN is invoked by the model id it names; the client's name is echoed.
        let byARN = catalog.resolve("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0")
        #expect(byARN.invocationID == "amazon.nova-pro-v1:0")
        #expect(byARN.requestedID == "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0")
    }

    @Test("a system profile resolves to its model for capabilities and is invoked by profile id")
    func resolveSystemProfile() throws {
        let resolved = try CatalogFixture.catalog().resolve("global." + Self.sonnet45)
        #expect(resolved.invocationID == "global." + Self.sonnet45)
        #expect(resolved.baseModelID == Self.sonnet45)
        #expect(resolved.profile.capabilities.reasoning == .anthropicThinking)
        #expect(resolved.profile.quirks.temperatureAndTopPExclusive)
    }

    @Test("an application profile, by ARN or id, resolves to the model of models[0] and is invoked by ARN")
    func resolveApplicationProfile() throws {
        let catalog = try CatalogFixture.catalog()
        for name in [Self.teamAlphaARN, "a1b2c3d4e5f6"] {
            let resolved = catalog.resolve(name)
            #expect(resolved.requestedID == name)
            #expect(resolved.invocationID == Self.teamAlphaARN)
            #expect(resolved.baseModelID == Self.sonnet45)
            #expect(resolved.profile.prefix == "anthropic.claude-sonnet-4-5")
            #expect(resolved.profile.capabilities.vision)
        }
        // Without the catalog, the ARN tells nothing about the model.
        #expect(ResolvedModel(requestedID: Self.teamAlphaARN).baseModelID == nil)
    }

    @Test("an embeddings application profile resolves to a model the embeddings translation can plan for")
    func applicationProfileForEmbeddings() throws {
        let catalog = try CatalogFixture.catalog()
        #expect(catalog.entry(for: Self.ragEmbeddingsARN)?.usage == .embedding)
        let model = catalog.resolve(Self.ragEmbeddingsARN)
        let plan = try EmbeddingsTranslation.plan(EmbeddingRequest(input: .text("x"), model: Self.ragEmbeddingsARN), model: model)
        #expect(plan.family == .titanTextV2)
        #expect(plan.modelID == Self.ragEmbeddingsARN)
    }

    @Test("unknown ids still resolve so the gateway tries them")
    func resolveUnknown() throws {
        let catalog = try CatalogFixture.catalog()
        let newModel = catalog.resolve("amazon.nova-premier-v2:0")
        #expect(newModel.invocationID == "amazon.nova-premier-v2:0")
        #expect(newModel.baseModelID == "amazon.nova-premier-v2:0")
        let provisioned = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc123def456"
        let resolved = catalog.resolve(provisioned)
        #expect(resolved.invocationID == provisioned)
        #expect(resolved.baseModelID == nil)
        #expect(resolved.profile == .unknown)
        // A profile of a known model that ListInferenceProfiles did not return: the model's facts still apply.
        let apac = catalog.resolve("apac.amazon.nova-micro-v1:0")
        #expect(apac.invocationID == "apac.amazon.nova-micro-v1:0")
        #expect(apac.baseModelID == "amazon.nova-micro-v1:0")
        #expect(!apac.profile.capabilities.vision)
    }

    @Test("for models the table does not know, the catalog's input modalities decide vision")
    func catalogVisionForUnknownModels() {
        func summary(_ id: String, inputs: [BedrockModelModality]) -> FoundationModelSummary {
            FoundationModelSummary(
                modelArn: "arn:aws:bedrock:us-east-1::foundation-model/\(id)", modelId: id, providerName: "Acme",
                inputModalities: inputs, outputModalities: [.text], responseStreamingSupported: true,
                inferenceTypesSupported: [.onDemand])
        }
        let catalog = ModelCatalog(
            foundationModels: [summary("acme.text-v1:0", inputs: [.text]), summary("acme.vision-v1:0", inputs: [.text, .image])],
            inferenceProfiles: [], created: 0)
        #expect(!catalog.capabilities(for: "acme.text-v1:0").vision)
        #expect(catalog.capabilities(for: "acme.vision-v1:0").vision)
        // The rest stays as permissive as for any unknown model.
        #expect(catalog.capabilities(for: "acme.text-v1:0").toolUse)
        #expect(catalog.models().data.map(\.ownedBy) == ["acme", "acme"])
    }
}
