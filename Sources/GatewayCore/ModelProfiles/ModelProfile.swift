/// Capabilities and quirks of one Bedrock model family, found by model id.
///
/// The table lives in `ModelProfile+Table.swift` and is matched by the longest base-model-id
/// prefix, so `anthropic.claude-sonnet-4-5` wins over `anthropic.claude-sonnet-4-`. Cross-region
/// profile ids (`us.…`) and foundation-model ARNs resolve to their base model first. Ids that
/// match nothing (new models, custom or provisioned ARNs) get `ModelProfile.unknown`, which is
/// permissive: the request is passed through as the client wrote it and Bedrock's own answer
/// decides, rather than the gateway guessing a feature away.
///
/// ```swift
/// let profile = ModelProfile.lookup("us.anthropic.claude-3-7-sonnet-20250219-v1:0")
/// profile.capabilities.reasoning   // .anthropicThinking
/// profile.quirks.maxOutputTokens   // 64000
/// ```
public struct ModelProfile: Sendable, Hashable {
    /// The base-model-id prefix this entry matches (`"anthropic.claude-3-7-sonnet"`); empty for `unknown`.
    public var prefix: String
    public var capabilities: ModelCapabilities
    public var quirks: ModelQuirks

    public init(prefix: String, capabilities: ModelCapabilities, quirks: ModelQuirks = ModelQuirks()) {
        self.prefix = prefix
        self.capabilities = capabilities
        self.quirks = quirks
    }

    /// The profile for a model id as a client or the catalog names it.
    public static func lookup(_ modelID: String) -> ModelProfile {
        lookup(BedrockModelID(modelID))
    }

    /// The profile for a parsed model id. Application inference profiles and custom models
    /// carry no base model in their id: resolve them through the catalog and look up the
    /// base model id instead.
    public static func lookup(_ modelID: BedrockModelID) -> ModelProfile {
        guard let base = modelID.baseModelID else { return .unknown }
        var best: ModelProfile?
        for entry in table where base.hasPrefix(entry.prefix) {
            if entry.prefix.count > (best?.prefix.count ?? -1) { best = entry }
        }
        return best ?? .unknown
    }

    /// Used when a model matches no entry: every feature the client asks for is passed on.
    /// Prompt caching and reasoning stay off because they are only ever added by the gateway
    /// (from configuration or `reasoning_effort`), and adding them blindly would break requests.
    public static let unknown = ModelProfile(
        prefix: "",
        capabilities: ModelCapabilities(
            systemPrompt: true, vision: true, documents: true, toolUse: true,
            streamingToolUse: true, toolChoiceAny: true, toolChoiceTool: true,
            promptCaching: false, structuredOutput: true, reasoning: .unsupported))
}
