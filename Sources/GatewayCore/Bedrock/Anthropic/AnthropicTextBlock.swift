/// A text block (`{"type": "text", "text": …}`); the `type` tag is written by `AnthropicContentBlock`.
///
/// ```swift
/// let block = AnthropicTextBlock(text: "Summarize this.", cacheControl: .ephemeral)
/// ```
public struct AnthropicTextBlock: Codable, Hashable, Sendable {
    public var text: String
    public var cacheControl: AnthropicCacheControl?
    /// Citations attached by the model to generated text, kept as raw JSON.
    public var citations: JSONValue?

    enum CodingKeys: String, CodingKey {
        case text
        case cacheControl = "cache_control"
        case citations
    }

    public init(text: String, cacheControl: AnthropicCacheControl? = nil, citations: JSONValue? = nil) {
        self.text = text
        self.cacheControl = cacheControl
        self.citations = citations
    }
}
