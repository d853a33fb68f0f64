/// Tokens written to the prompt cache with one TTL (`CacheDetail`).
///
/// ```swift
/// let hourTokens = usage.cacheDetails?.first(where: { $0.ttl == .oneHour })?.inputTokens
/// ```
public struct ConverseCacheDetail: Codable, Hashable, Sendable {
    public var ttl: ConverseCacheTTL
    public var inputTokens: Int

    public init(ttl: ConverseCacheTTL, inputTokens: Int) {
        self.ttl = ttl
        self.inputTokens = inputTokens
    }
}
