import Testing

@testable import GatewayCore

@Suite struct ModelProfileTests {
    @Test func longestPrefixWins() {
        #expect(ModelProfile.lookup("anthropic.claude-sonnet-4-5-20250929-v1:0").prefix == "anthropic.claude-sonnet-4-5")
        #expect(ModelProfile.lookup("anthropic.claude-sonnet-4-20250514-v1:0").prefix == "anthropic.claude-sonnet-4-")
        #expect(ModelProfile.lookup("meta.llama3-1-70b-instruct-v1:0").prefix == "meta.llama3-1-")
        #expect(ModelProfile.lookup("meta.llama3-70b-instruct-v1:0").prefix == "meta.llama3-")
        #expect(ModelProfile.lookup("deepseek.r1-v1:0").prefix == "deepseek.r1")
        #expect(ModelProfile.lookup("deepseek.v3-v1:0").prefix == "deepseek.")
    }

    @Test func crossRegionProfilesShareTheBaseModelsProfile() {
        #expect(ModelProfile.lookup("us.anthropic.claude-3-7-sonnet-20250219-v1:0")
            == ModelProfile.lookup("anthropic.claude-3-7-sonnet-20250219-v1:0"))
    }

    // Extended thinking: Claude 3.7 Sonnet and the Claude 4 family (Bedrock "Extended thinking").
    @Test(arguments: [
        "anthropic.claude-3-7-sonnet-20250219-v1:0", "anthropic.claude-sonnet-4-20250514-v1:0",
        "anthropic.claude-opus-4-20250514-v1:0", "anthropic.claude-sonnet-4-5-20250929-v1:0",
        "anthropic.claude-haiku-4-5-20251001-v1:0",
    ])
    func claudeReasoningModelsUseThinkingBudgets(model: String) {
        #expect(ModelProfile.lookup(model).capabilities.reasoning == .anthropicThinking)
        #expect(ModelProfile.lookup(model).capabilities.promptCaching)
    }

    @Test func olderClaudeModelsNeitherThinkNorCache() {
        let haiku3 = ModelProfile.lookup("anthropic.claude-3-haiku-20240307-v1:0")
        #expect(haiku3.capabilities.reasoning == .unsupported)
        #expect(!haiku3.capabilities.promptCaching)
        #expect(haiku3.capabilities.vision)
    }

    // Claude Sonnet 4.5 / Haiku 4.5 / Opus 4.1 reject temperature together with top_p.
    @Test func newestClaudeModelsRejectTemperatureWithTopP() {
        #expect(ModelProfile.lookup("anthropic.claude-sonnet-4-5-20250929-v1:0").quirks.temperatureAndTopPExclusive)
        #expect(ModelProfile.lookup("anthropic.claude-opus-4-1-20250805-v1:0").quirks.temperatureAndTopPExclusive)
        #expect(!ModelProfile.lookup("anthropic.claude-sonnet-4-20250514-v1:0").quirks.temperatureAndTopPExclusive)
    }

    @Test func novaMicroIsTextOnly() {
        let micro = ModelProfile.lookup("amazon.nova-micro-v1:0").capabilities
        #expect(!micro.vision)
        #expect(micro.toolUse)
        #expect(ModelProfile.lookup("amazon.nova-pro-v1:0").capabilities.vision)
    }

    @Test func reasoningStylesFollowEachProvider() {
        #expect(ModelProfile.lookup("deepseek.r1-v1:0").capabilities.reasoning == .alwaysOn)
        #expect(ModelProfile.lookup("openai.gpt-oss-120b-1:0").capabilities.reasoning == .openAIReasoningEffort)
        #expect(ModelProfile.lookup("amazon.nova-2-lite-v1:0").capabilities.reasoning == .novaReasoningConfig)
        #expect(ModelProfile.lookup("meta.llama3-3-70b-instruct-v1:0").capabilities.reasoning == .unsupported)
    }

    @Test func earlyMistralAndTitanTakeNoSystemPrompt() {
        #expect(!ModelProfile.lookup("mistral.mistral-7b-instruct-v0:2").capabilities.systemPrompt)
        #expect(!ModelProfile.lookup("amazon.titan-text-express-v1").capabilities.systemPrompt)
    }

    @Test func unknownModelsArePermissiveButNeverAddCachingOrReasoning() {
        let profile = ModelProfile.lookup("newvendor.shiny-model-v9:0")
        #expect(profile == .unknown)
        #expect(profile.capabilities.toolUse && profile.capabilities.vision)
        #expect(!profile.capabilities.promptCaching)
        #expect(profile.capabilities.reasoning == .unsupported)
    }

    @Test func everyPrefixIsUnique() {
        let prefixes = ModelProfile.table.map(\.prefix)
        #expect(Set(prefixes).count == prefixes.count)
    }

    @Test func resolvedModelUsesCatalogBaseForApplicationProfiles() {
        let arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3"
        let bare = ResolvedModel(requestedID: arn)
        #expect(bare.profile == .unknown)
        let resolved = ResolvedModel(requestedID: arn, baseModelID: "anthropic.claude-3-5-haiku-20241022-v1:0")
        #expect(resolved.invocationID == arn)
        #expect(resolved.profile.prefix == "anthropic.claude-3-5-haiku")
    }
}
