/// Last event of a ConverseStream response: usage and timing (`ConverseStreamMetadataEvent`).
///
/// ```swift
/// if case .metadata(let metadata) = event { usage = metadata.usage }
/// ```
public struct ConverseStreamMetadataEvent: Codable, Hashable, Sendable {
    public var usage: ConverseTokenUsage
    public var metrics: ConverseMetrics
    /// Guardrail and prompt-router trace (`ConverseStreamTrace`), kept as raw JSON.
    public var trace: JSONValue?
    public var performanceConfig: ConversePerformanceConfiguration?
    public var serviceTier: ConverseServiceTier?

    public init(
        usage: ConverseTokenUsage, metrics: ConverseMetrics, trace: JSONValue? = nil,
        performanceConfig: ConversePerformanceConfiguration? = nil, serviceTier: ConverseServiceTier? = nil
    ) {
        self.usage = usage
        self.metrics = metrics
        self.trace = trace
        self.performanceConfig = performanceConfig
        self.serviceTier = serviceTier
    }
}
