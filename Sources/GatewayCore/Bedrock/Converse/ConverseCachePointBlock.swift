/// Marks the end of a prompt prefix to cache (`CachePointBlock`), in messages, system or tools.
///
/// ```swift
/// let system: [ConverseSystemContentBlock] = [.text(longInstructions), .cachePoint(ConverseCachePointBlock())]
/// let hour = ConverseCachePointBlock(ttl: .oneHour)
/// ```
public struct ConverseCachePointBlock: Codable, Hashable, Sendable {
    public var type: ConverseCachePointType
    public var ttl: ConverseCacheTTL?

    public init(type: ConverseCachePointType = .default, ttl: ConverseCacheTTL? = nil) {
        self.type = type
        self.ttl = ttl
    }
}
