/// Timing of a Converse call (`ConverseMetrics`, and `ConverseStreamMetrics` in streams).
///
/// ```swift
/// print("took \(response.metrics.latencyMs) ms")
/// ```
public struct ConverseMetrics: Codable, Hashable, Sendable {
    public var latencyMs: Int

    public init(latencyMs: Int) {
        self.latencyMs = latencyMs
    }
}
