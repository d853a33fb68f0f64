/// Latency profile requested from Bedrock (`PerformanceConfigLatency`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let config = ConversePerformanceConfiguration(latency: .optimized)
/// ```
public struct ConversePerformanceLatency: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let standard: Self = "standard"
    public static let optimized: Self = "optimized"
}
