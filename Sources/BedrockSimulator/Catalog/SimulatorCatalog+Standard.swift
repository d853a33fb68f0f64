import Foundation
import GatewayCore

// The default catalog, modelled on what ListFoundationModels and ListInferenceProfiles return in
// us-east-1: newer models are served only through cross-region profiles
// (`inferenceTypesSupported: ["INFERENCE_PROFILE"]`), context-length variants only with
// provisioned throughput, and retired versions are `LEGACY`. Model names stay within the
// service model's `BrandedName` limit of 20 characters.

extension SimulatorCatalog {
    /// The realistic default catalog.
    public static func standard(region: String = "us-east-1", accountID: String = "123456789012") -> SimulatorCatalog {
        let models = standardModels.map { $0.summary(region: region) }
        var profiles: [InferenceProfileSummary] = []
        for entry in standardModels {
            for geo in entry.geos {
                profiles.append(systemProfile(entry, geo: geo, region: region, accountID: accountID))
            }
        }
        profiles.append(applicationProfile(region: region, accountID: accountID))
        return SimulatorCatalog(region: region, accountID: accountID, foundationModels: models, inferenceProfiles: profiles)
    }

    /// The application inference profile of the standard catalog (it routes to Claude Sonnet 4.5).
    public static let standardApplicationProfileID = "8k2mqzsz4v1a"

    private struct Entry {
        var id: String
        var name: String
        var provider: String
        var inputs: [BedrockModelModality]
        var outputs: [BedrockModelModality]
        var streaming: Bool
        var types: [BedrockInferenceType]
        var customizations: [BedrockModelCustomization] = []
        var legacy = false
        var geos: [Geo] = []

        func summary(region: String) -> FoundationModelSummary {
            FoundationModelSummary(
                modelArn: "arn:aws:bedrock:\(region)::foundation-model/\(id)", modelId: id, modelName: name,
                providerName: provider, inputModalities: inputs, outputModalities: outputs,
                responseStreamingSupported: streaming, customizationsSupported: customizations,
                inferenceTypesSupported: types,
                modelLifecycle: FoundationModelLifecycle(
                    status: legacy ? .legacy : .active,
                    legacyTime: legacy ? Date(timeIntervalSince1970: 1_752_000_000) : nil))
        }
    }

    /// Region groups of system-defined cross-region profiles and the regions each routes to.
    private enum Geo: String {
        case us, eu, apac, global

        var label: String { self == .global ? "Global" : rawValue.uppercased() }

        var regions: [String] {
            switch self {
            case .us: ["us-east-1", "us-east-2", "us-west-2"]
            case .eu: ["eu-central-1", "eu-west-1", "eu-west-3"]
            case .apac: ["ap-northeast-1", "ap-southeast-1", "ap-southeast-2"]
            case .global: ["us-east-1", "us-west-2", "eu-west-1", "ap-northeast-1"]
            }
        }
    }

    private static let text: [BedrockModelModality] = [.text]
    private static let textImage: [BedrockModelModality] = [.text, .image]
    private static let embedding: [BedrockModelModality] = [.embedding]

    private static let standardModels: [Entry] = [
        // Anthropic
        Entry(id: "anthropic.claude-3-haiku-20240307-v1:0", name: "Claude 3 Haiku", provider: "Anthropic",
              inputs: textImage, outputs: text, streaming: true, types: [.onDemand, .inferenceProfile],
              customizations: [.fineTuning], geos: [.us, .eu, .apac]),
        Entry(id: "anthropic.claude-3-haiku-20240307-v1:0:200k", name: "Claude 3 Haiku", provider: "Anthropic",
              inputs: textImage, outputs: text, streaming: true, types: [.provisioned]),
        Entry(id: "anthropic.claude-v2:1", name: "Claude", provider: "Anthropic",
              inputs: text, outputs: text, streaming: true, types: [.onDemand], legacy: true),
        Entry(id: "anthropic.claude-3-5-sonnet-20240620-v1:0", name: "Claude 3.5 Sonnet", provider: "Anthropic",
              inputs: textImage, outputs: text, streaming: true, types: [.onDemand], legacy: true),
        Entry(id: "anthropic.claude-3-7-sonnet-20250219-v1:0", name: "Claude 3.7 Sonnet", provider: "Anthropic",
              inputs: textImage, outputs: text, streaming: true, types: [.inferenceProfile], geos: [.us, .eu, .apac]),
        Entry(id: "anthropic.claude-sonnet-4-20250514-v1:0", name: "Claude Sonnet 4", provider: "Anthropic",
              inputs: textImage, outputs: text, streaming: true, types: [.inferenceProfile],
              geos: [.us, .eu, .apac, .global]),
        Entry(id: "anthropic.claude-sonnet-4-5-20250929-v1:0", name: "Claude Sonnet 4.5", provider: "Anthropic",
              inputs: textImage, outputs: text, streaming: true, types: [.inferenceProfile],
              geos: [.us, .eu, .apac, .global]),
        Entry(id: "anthropic.claude-haiku-4-5-20251001-v1:0", name: "Claude Haiku 4.5", provider: "Anthropic",
              inputs: textImage, outputs: text, streaming: true, types: [.inferenceProfile], geos: [.us, .eu, .global]),
        Entry(id: "anthropic.claude-opus-4-1-20250805-v1:0", name: "Claude Opus 4.1", provider: "Anthropic",
              inputs: textImage, outputs: text, streaming: true, types: [.inferenceProfile], geos: [.us]),
        // Amazon
        Entry(id: "amazon.nova-micro-v1:0", name: "Nova Micro", provider: "Amazon",
              inputs: text, outputs: text, streaming: true, types: [.onDemand, .inferenceProfile],
              customizations: [.fineTuning, .distillation], geos: [.us, .eu, .apac]),
        Entry(id: "amazon.nova-lite-v1:0", name: "Nova Lite", provider: "Amazon",
              inputs: textImage, outputs: text, streaming: true, types: [.onDemand, .inferenceProfile],
              customizations: [.fineTuning, .distillation], geos: [.us, .eu, .apac]),
        Entry(id: "amazon.nova-pro-v1:0", name: "Nova Pro", provider: "Amazon",
              inputs: textImage, outputs: text, streaming: true, types: [.onDemand, .inferenceProfile],
              customizations: [.fineTuning, .distillation], geos: [.us, .eu, .apac]),
        Entry(id: "amazon.nova-premier-v1:0", name: "Nova Premier", provider: "Amazon",
              inputs: textImage, outputs: text, streaming: true, types: [.inferenceProfile], geos: [.us]),
        Entry(id: "amazon.nova-2-lite-v1:0", name: "Nova 2 Lite", provider: "Amazon",
              inputs: textImage, outputs: text, streaming: true, types: [.inferenceProfile], geos: [.us, .eu, .global]),
        Entry(id: "amazon.titan-embed-text-v1", name: "Titan Embeddings G1", provider: "Amazon",
              inputs: text, outputs: embedding, streaming: false, types: [.onDemand]),
        Entry(id: "amazon.titan-embed-text-v2:0", name: "Titan Embeddings V2", provider: "Amazon",
              inputs: text, outputs: embedding, streaming: false, types: [.onDemand]),
        Entry(id: "amazon.nova-2-multimodal-embeddings-v1:0", name: "Nova MM Embeddings", provider: "Amazon",
              inputs: textImage, outputs: embedding, streaming: false, types: [.onDemand]),
        Entry(id: "amazon.nova-canvas-v1:0", name: "Nova Canvas", provider: "Amazon",
              inputs: textImage, outputs: [.image], streaming: false, types: [.onDemand]),
        // Meta
        Entry(id: "meta.llama3-1-8b-instruct-v1:0", name: "Llama 3.1 8B", provider: "Meta",
              inputs: text, outputs: text, streaming: true, types: [.onDemand, .inferenceProfile],
              customizations: [.fineTuning], geos: [.us]),
        Entry(id: "meta.llama3-3-70b-instruct-v1:0", name: "Llama 3.3 70B", provider: "Meta",
              inputs: text, outputs: text, streaming: true, types: [.inferenceProfile], geos: [.us]),
        Entry(id: "meta.llama4-maverick-17b-instruct-v1:0", name: "Llama 4 Maverick 17B", provider: "Meta",
              inputs: textImage, outputs: text, streaming: true, types: [.inferenceProfile], geos: [.us]),
        // Mistral AI
        Entry(id: "mistral.mistral-7b-instruct-v0:2", name: "Mistral 7B Instruct", provider: "Mistral AI",
              inputs: text, outputs: text, streaming: true, types: [.onDemand]),
        Entry(id: "mistral.mistral-large-2402-v1:0", name: "Mistral Large", provider: "Mistral AI",
              inputs: text, outputs: text, streaming: true, types: [.onDemand]),
        Entry(id: "mistral.pixtral-large-2502-v1:0", name: "Pixtral Large", provider: "Mistral AI",
              inputs: textImage, outputs: text, streaming: true, types: [.inferenceProfile], geos: [.us, .eu]),
        // DeepSeek
        Entry(id: "deepseek.r1-v1:0", name: "DeepSeek-R1", provider: "DeepSeek",
              inputs: text, outputs: text, streaming: true, types: [.inferenceProfile], geos: [.us]),
        Entry(id: "deepseek.v3-v1:0", name: "DeepSeek-V3.1", provider: "DeepSeek",
              inputs: text, outputs: text, streaming: true, types: [.onDemand]),
        // OpenAI open-weight models
        Entry(id: "openai.gpt-oss-120b-1:0", name: "gpt-oss-120b", provider: "OpenAI",
              inputs: text, outputs: text, streaming: true, types: [.onDemand]),
        Entry(id: "openai.gpt-oss-20b-1:0", name: "gpt-oss-20b", provider: "OpenAI",
              inputs: text, outputs: text, streaming: true, types: [.onDemand]),
        // Cohere
        Entry(id: "cohere.command-r-plus-v1:0", name: "Command R+", provider: "Cohere",
              inputs: text, outputs: text, streaming: true, types: [.onDemand]),
        Entry(id: "cohere.embed-english-v3", name: "Embed English", provider: "Cohere",
              inputs: text, outputs: embedding, streaming: false, types: [.onDemand]),
        Entry(id: "cohere.embed-multilingual-v3", name: "Embed Multilingual", provider: "Cohere",
              inputs: text, outputs: embedding, streaming: false, types: [.onDemand]),
        Entry(id: "cohere.embed-v4:0", name: "Embed v4", provider: "Cohere",
              inputs: textImage, outputs: embedding, streaming: false, types: [.onDemand, .inferenceProfile],
              geos: [.us, .eu, .global]),
    ]

    private static let profilesCreated = Date(timeIntervalSince1970: 1_724_800_000)

    private static func systemProfile(_ entry: Entry, geo: Geo, region: String, accountID: String)
        -> InferenceProfileSummary
    {
        let id = "\(geo.rawValue).\(entry.id)"
        let regionList = geo.regions
        let routes = regionList.dropLast().joined(separator: ", ") + " and " + (regionList.last ?? region)
        return InferenceProfileSummary(
            inferenceProfileName: "\(geo.label) \(entry.provider) \(entry.name)",
            description: "Routes requests to \(entry.provider) \(entry.name) in \(routes).",
            createdAt: profilesCreated, updatedAt: profilesCreated,
            inferenceProfileArn: "arn:aws:bedrock:\(region):\(accountID):inference-profile/\(id)",
            models: regionList.map {
                InferenceProfileModel(modelArn: "arn:aws:bedrock:\($0)::foundation-model/\(entry.id)")
            },
            inferenceProfileId: id, status: .active, type: .systemDefined)
    }

    private static func applicationProfile(region: String, accountID: String) -> InferenceProfileSummary {
        let modelID = "anthropic.claude-sonnet-4-5-20250929-v1:0"
        let created = Date(timeIntervalSince1970: 1_759_300_000)
        return InferenceProfileSummary(
            inferenceProfileName: "support-chat-prod",
            description: "Claude Sonnet 4.5 for the support chat, tagged for cost allocation",
            createdAt: created, updatedAt: created,
            inferenceProfileArn:
                "arn:aws:bedrock:\(region):\(accountID):application-inference-profile/\(standardApplicationProfileID)",
            models: Geo.us.regions.map {
                InferenceProfileModel(modelArn: "arn:aws:bedrock:\($0)::foundation-model/\(modelID)")
            },
            inferenceProfileId: standardApplicationProfileID, status: .active, type: .application)
    }
}
