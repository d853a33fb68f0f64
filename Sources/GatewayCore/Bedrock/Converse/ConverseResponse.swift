/// The JSON body of a Converse response (`ConverseResponse`).
///
/// ```swift
/// let response = try BedrockJSONDecoder().decode(ConverseResponse.self, from: body)
/// let text = response.output.message?.content.compactMap { if case .text(let t) = $0 { t } else { nil } }
/// print(response.stopReason, response.usage.totalTokens)
/// ```
public struct ConverseResponse: Codable, Hashable, Sendable {
    public var output: ConverseOutput
    public var stopReason: ConverseStopReason
    public var usage: ConverseTokenUsage
    public var metrics: ConverseMetrics
    /// The native-response fields asked for with `additionalModelResponseFieldPaths`.
    public var additionalModelResponseFields: JSONValue?
    /// Guardrail and prompt-router trace (`ConverseTrace`), kept as raw JSON.
    public var trace: JSONValue?
    public var performanceConfig: ConversePerformanceConfiguration?
    public var serviceTier: ConverseServiceTier?

    public init(
        output: ConverseOutput, stopReason: ConverseStopReason, usage: ConverseTokenUsage, metrics: ConverseMetrics,
        additionalModelResponseFields: JSONValue? = nil, trace: JSONValue? = nil,
        performanceConfig: ConversePerformanceConfiguration? = nil, serviceTier: ConverseServiceTier? = nil
    ) {
        self.output = output
        self.stopReason = stopReason
        self.usage = usage
        self.metrics = metrics
        self.additionalModelResponseFields = additionalModelResponseFields
        self.trace = trace
        self.performanceConfig = performanceConfig
        self.serviceTier = serviceTier
    }
}
