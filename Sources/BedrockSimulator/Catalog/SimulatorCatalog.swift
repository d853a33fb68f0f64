import Foundation
import GatewayCore

/// The foundation models and inference profiles the simulator serves and accepts as `modelId`.
///
/// `standard()` is a realistic catalog (Anthropic, Amazon Nova and Titan, Meta, Mistral, DeepSeek,
/// OpenAI gpt-oss, Cohere; system profiles `us.`/`eu.`/`apac.`/`global.`; one application
/// profile); tests may pass their own.
///
/// ```swift
/// var catalog = SimulatorCatalog.standard()
/// catalog.foundationModels.removeAll { $0.providerName == "Meta" }
/// let simulator = BedrockSimulator(configuration: .init(catalog: catalog))
/// ```
public struct SimulatorCatalog: Sendable, Hashable {
    public var region: String
    public var accountID: String
    public var foundationModels: [FoundationModelSummary]
    public var inferenceProfiles: [InferenceProfileSummary]

    public init(
        region: String, accountID: String, foundationModels: [FoundationModelSummary],
        inferenceProfiles: [InferenceProfileSummary]
    ) {
        self.region = region
        self.accountID = accountID
        self.foundationModels = foundationModels
        self.inferenceProfiles = inferenceProfiles
    }

    /// The foundation model with this id or ARN.
    public func foundationModel(_ identifier: String) -> FoundationModelSummary? {
        foundationModels.first { $0.modelId == identifier || $0.modelArn == identifier }
    }

    /// The inference profile with this id or ARN.
    public func inferenceProfile(_ identifier: String) -> InferenceProfileSummary? {
        inferenceProfiles.first { $0.inferenceProfileId == identifier || $0.inferenceProfileArn == identifier }
    }

    /// Resolves a runtime `modelId` (foundation model id or ARN, system or application inference
    /// profile id or ARN) the way Bedrock does, including its refusal of on-demand calls to
    /// models that are only served through profiles or provisioned throughput.
    /// CountTokens passes `requireOnDemand: false`: counting needs no throughput.
    func resolve(_ identifier: String, requireOnDemand: Bool = true) throws(SimulatedError) -> InvocationTarget {
        if let model = foundationModel(identifier) {
            let types = model.inferenceTypesSupported ?? [.onDemand]
            guard types.contains(.onDemand) || !requireOnDemand else {
                // Bedrock's wording for a model that needs a profile or provisioned throughput.
                let remedy =
                    types.contains(.inferenceProfile)
                    ? "Retry your request with the ID or ARN of an inference profile that contains this model."
                    : "Retry your request with the ARN of a Provisioned Throughput for this model."
                throw SimulatedError.validation(
                    "Invocation of model ID \(model.modelId) with on-demand throughput isn’t supported. \(remedy)")
            }
            return InvocationTarget(requestedID: identifier, foundationModel: model)
        }
        if let profile = inferenceProfile(identifier),
            let modelArn = profile.models.first?.modelArn,
            let modelID = modelArn.split(separator: "/", maxSplits: 1).last.map(String.init),
            let model = foundationModel(modelID)
        {
            return InvocationTarget(requestedID: identifier, foundationModel: model, inferenceProfile: profile)
        }
        throw SimulatedError(.resourceNotFound)
    }

    /// The ARN of a foundation model in `region`.
    func foundationModelArn(_ modelID: String, region: String? = nil) -> String {
        "arn:aws:bedrock:\(region ?? self.region)::foundation-model/\(modelID)"
    }
}
