/// Kind of a Converse cache point (`CachePointType`); the model defines only `default`.
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let point = ConverseCachePointBlock(type: .default)
/// ```
public struct ConverseCachePointType: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let `default`: Self = "default"
}
