/// How long a prompt-cache entry lives (`CacheTTL`): five minutes or one hour.
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let point = ConverseCachePointBlock(ttl: .oneHour)
/// ```
public struct ConverseCacheTTL: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let fiveMinutes: Self = "5m"
    public static let oneHour: Self = "1h"
}
