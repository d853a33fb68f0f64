/// One foundation model of the catalog (`FoundationModelSummary`).
///
/// ```swift
/// let streaming = summaries.filter { $0.responseStreamingSupported == true }
/// print(summary.modelId, summary.providerName ?? "", summary.modelLifecycle?.status.rawValue ?? "")
/// ```
public struct FoundationModelSummary: Codable, Hashable, Sendable {
    public var modelArn: String
    public var modelId: String
    public var modelName: String?
    public var providerName: String?
    public var inputModalities: [BedrockModelModality]?
    public var outputModalities: [BedrockModelModality]?
    public var responseStreamingSupported: Bool?
    public var customizationsSupported: [BedrockModelCustomization]?
    public var inferenceTypesSupported: [BedrockInferenceType]?
    public var modelLifecycle: FoundationModelLifecycle?

    public init(
        modelArn: String, modelId: String, modelName: String? = nil, providerName: String? = nil,
        inputModalities: [BedrockModelModality]? = nil, outputModalities: [BedrockModelModality]? = nil,
        responseStreamingSupported: Bool? = nil, customizationsSupported: [BedrockModelCustomization]? = nil,
        inferenceTypesSupported: [BedrockInferenceType]? = nil, modelLifecycle: FoundationModelLifecycle? = nil
    ) {
        self.modelArn = modelArn
        self.modelId = modelId
        self.modelName = modelName
        self.providerName = providerName
        self.inputModalities = inputModalities
        self.outputModalities = outputModalities
        self.responseStreamingSupported = responseStreamingSupported
        self.customizationsSupported = customizationsSupported
        self.inferenceTypesSupported = inferenceTypesSupported
        self.modelLifecycle = modelLifecycle
    }
}
