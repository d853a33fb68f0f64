/// The JSON body of a Converse request (`ConverseRequest` without `modelId`).
///
/// `modelId` is not a body member: the model binds it to the URI
/// (`POST /model/{modelId}/converse`), so callers pass it separately when building the URL.
///
/// ```swift
/// let request = ConverseRequest(messages: [ConverseMessage(role: .user, content: [.text("Hi")])],
///                               inferenceConfig: ConverseInferenceConfiguration(maxTokens: 256))
/// let body = try BedrockJSONEncoder().encode(request)  // POST to /model/\(modelId)/converse
/// ```
public struct ConverseRequest: Codable, Hashable, Sendable {
    public var messages: [ConverseMessage]?
    public var system: [ConverseSystemContentBlock]?
    public var inferenceConfig: ConverseInferenceConfiguration?
    public var toolConfig: ConverseToolConfiguration?
    public var guardrailConfig: ConverseGuardrailConfiguration?
    /// Model-specific parameters passed through unchanged (e.g. `{"top_k": 50}`, `thinking`).
    public var additionalModelRequestFields: JSONValue?
    /// JSON Pointers into the model's native response to return in `additionalModelResponseFields`.
    public var additionalModelResponseFieldPaths: [String]?
    /// Values for the variables of a prompt-management prompt (when `modelId` is a prompt ARN).
    public var promptVariables: [String: ConversePromptVariableValue]?
    /// Up to 16 key/value pairs recorded in invocation logs.
    public var requestMetadata: [String: String]?
    public var performanceConfig: ConversePerformanceConfiguration?
    public var serviceTier: ConverseServiceTier?
    public var outputConfig: ConverseOutputConfig?

    public init(
        messages: [ConverseMessage]? = nil,
        system: [ConverseSystemContentBlock]? = nil,
        inferenceConfig: ConverseInferenceConfiguration? = nil,
        toolConfig: ConverseToolConfiguration? = nil,
        guardrailConfig: ConverseGuardrailConfiguration? = nil,
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
}
