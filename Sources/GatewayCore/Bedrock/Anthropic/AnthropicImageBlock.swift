/// An image block (`{"type": "image", "source": …}`).
///
/// ```swift
/// let image = AnthropicImageBlock(source: .base64(mediaType: "image/jpeg", data: jpegData))
/// ```
public struct AnthropicImageBlock: Codable, Hashable, Sendable {
    public var source: AnthropicImageSource
    public var cacheControl: AnthropicCacheControl?

    enum CodingKeys: String, CodingKey {
        case source
        case cacheControl = "cache_control"
    }

    public init(source: AnthropicImageSource, cacheControl: AnthropicCacheControl? = nil) {
        self.source = source
        self.cacheControl = cacheControl
    }
}
