/// Marks the end of a prompt prefix to cache (`cache_control`).
///
/// ```swift
/// let block = AnthropicTextBlock(text: longContext, cacheControl: .ephemeral)
/// let hour = AnthropicCacheControl(type: "ephemeral", ttl: "1h")
/// ```
public struct AnthropicCacheControl: Codable, Hashable, Sendable {
    /// `ephemeral`, the only kind.
    public var type: String
    /// `5m` (default) or `1h`.
    public var ttl: String?

    public init(type: String = "ephemeral", ttl: String? = nil) {
        self.type = type
        self.ttl = ttl
    }

    /// A five-minute cache point.
    public static let ephemeral = AnthropicCacheControl()
}
