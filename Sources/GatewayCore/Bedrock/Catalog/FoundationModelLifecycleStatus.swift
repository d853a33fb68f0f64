/// Lifecycle status of a foundation model (`FoundationModelLifecycleStatus`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let current = summaries.filter { $0.modelLifecycle?.status == .active }
/// ```
public struct FoundationModelLifecycleStatus: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let active: Self = "ACTIVE"
    public static let legacy: Self = "LEGACY"
}
