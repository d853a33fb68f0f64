/// Latency preference of a request, echoed in the response (`PerformanceConfiguration`).
///
/// ```swift
/// let config = ConversePerformanceConfiguration(latency: .optimized)
/// ```
public struct ConversePerformanceConfiguration: Codable, Hashable, Sendable {
    public var latency: ConversePerformanceLatency?

    public init(latency: ConversePerformanceLatency? = nil) {
        self.latency = latency
    }
}
