/// Usage and timing that Bedrock appends to the last event of an InvokeModelWithResponseStream
/// stream, under the key `amazon-bedrock-invocationMetrics`.
///
/// Latencies are milliseconds.
///
/// ```swift
/// if case .messageStop(let metrics?) = event { print(metrics.inputTokenCount, metrics.outputTokenCount) }
/// ```
public struct BedrockInvocationMetrics: Codable, Hashable, Sendable {
    public var inputTokenCount: Int
    public var outputTokenCount: Int
    public var invocationLatency: Int
    public var firstByteLatency: Int
    public var cacheReadInputTokenCount: Int?
    public var cacheWriteInputTokenCount: Int?

    public init(
        inputTokenCount: Int, outputTokenCount: Int, invocationLatency: Int, firstByteLatency: Int,
        cacheReadInputTokenCount: Int? = nil, cacheWriteInputTokenCount: Int? = nil
    ) {
        self.inputTokenCount = inputTokenCount
        self.outputTokenCount = outputTokenCount
        self.invocationLatency = invocationLatency
        self.firstByteLatency = firstByteLatency
        self.cacheReadInputTokenCount = cacheReadInputTokenCount
        self.cacheWriteInputTokenCount = cacheWriteInputTokenCount
    }
}
