import GatewayCore

/// The model a runtime request's `modelId` resolved to, and the profile it went through.
struct InvocationTarget: Sendable, Hashable {
    /// The identifier exactly as the client sent it (percent-decoded).
    var requestedID: String
    var foundationModel: FoundationModelSummary
    var inferenceProfile: InferenceProfileSummary?

    var kind: ModelKind { ModelKind(foundationModel) }
    var profile: ModelProfile { ModelProfile.lookup(foundationModel.modelId) }
    var modelID: String { foundationModel.modelId }
    var isAnthropic: Bool { foundationModel.modelId.hasPrefix("anthropic.") }
    var supportsStreaming: Bool { foundationModel.responseStreamingSupported ?? false }
}
