/// Processing tier of a request (`ServiceTierType`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let tier = ConverseServiceTier(type: .flex)
/// ```
public struct ConverseServiceTierType: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let priority: Self = "priority"
    public static let `default`: Self = "default"
    public static let flex: Self = "flex"
    public static let reserved: Self = "reserved"
}
