/// The JSON body of a ConverseStream request (`ConverseStreamRequest` without `modelId`).
///
/// Same members as `ConverseRequest`, except that the guardrail configuration may say how it
/// processes the stream. `modelId` goes in the URI: `POST /model/{modelId}/converse-stream`.
///
/// ```swift
/// let request = ConverseStreamRequest(converse, guardrailStreamProcessingMode: .async)
/// let body = try BedrockJSONEncoder().encode(request)
/// ```
public struct ConverseStreamRequest: Codable, Hashable, Sendable {
    public var messages: [ConverseMessage]?
    public var system: [ConverseSystemContentBlock]?
    public var inferenceConfig: ConverseInferenceConfiguration?
    public var toolConfig: ConverseToolConfiguration?
    public var guardrailConfig: ConverseGuardrailStreamConfiguration?
    public var additionalModelRequestFields: JSONValue?
    public var additionalModelResponseFieldPaths: [String]?
    public var promptVariables: [String: ConversePromptVariableValue]?
    public var requestMetadata: [String: String]?
    public var performanceConfig: ConversePerformanceConfiguration?
    public var serviceTier: ConverseServiceTier?
    public var outputConfig: ConverseOutputConfig?

    public init(
        messages: [ConverseMessage]? = nil,
        system: [ConverseSystemContentBlock]? = nil,
        inferenceConfig: ConverseInferenceConfiguration? = nil,
        toolConfig: ConverseToolConfiguration? = nil,
        guardrailConfig: ConverseGuardrailStreamConfiguration? = nil,
        additionalModelRequestFields: JSONValue? = nil,
        additionalModelResponseFieldPaths: [String]? = nil,
        promptVariables: [String: ConversePromptVariableValue]? = nil,
        requestMetadata: [String: String]? = nil,
        performanceConfig: ConversePerformanceConfiguration? = nil,
        serviceTier: ConverseServiceTier? = nil,
        outputConfig: ConverseOutputConfig? = nil
    ) {
        self.messages = messages
        self.system = system
        self.inferenceConfig = inferenceConfig
        self.toolConfig = toolConfig
        self.guardrailConfig = guardrailConfig
        self.additionalModelRequestFields = additionalModelRequestFields
        self.additionalModelResponseFieldPaths = additionalModelResponseFieldPaths
        self.promptVariables = promptVariables
        self.requestMetadata = requestMetadata
        self.performanceConfig = performanceConfig
        self.serviceTier = serviceTier
        self.outputConfig = outputConfig
    }

    /// The streaming form of a Converse request; a guardrail, if any, gets `guardrailStreamProcessingMode`.
    public init(_ request: ConverseRequest, guardrailStreamProcessingMode: ConverseGuardrailStreamProcessingMode? = nil) {
        self.init(
            messages: request.messages,
            system: request.system,
            inferenceConfig: request.inferenceConfig,
            toolConfig: request.toolConfig,
            guardrailConfig: request.guardrailConfig.map {
                ConverseGuardrailStreamConfiguration($0, streamProcessingMode: guardrailStreamProcessingMode)
            },
            additionalModelRequestFields: request.additionalModelRequestFields,
            additionalModelResponseFieldPaths: request.additionalModelResponseFieldPaths,
            promptVariables: request.promptVariables,
            requestMetadata: request.requestMetadata,
            performanceConfig: request.performanceConfig,
            serviceTier: request.serviceTier,
            outputConfig: request.outputConfig
        )
    }
}
