/// A document block (`{"type": "document", "source": …}`): a PDF or plain text.
///
/// ```swift
/// let pdf = AnthropicDocumentBlock(source: .base64(mediaType: "application/pdf", data: pdfData), title: "Report")
/// let text = AnthropicDocumentBlock(source: .text("The grass is green."), citations: AnthropicCitationsConfig(enabled: true))
/// ```
public struct AnthropicDocumentBlock: Codable, Hashable, Sendable {
    public var source: AnthropicDocumentSource
    public var title: String?
    public var context: String?
    public var citations: AnthropicCitationsConfig?
    public var cacheControl: AnthropicCacheControl?

    enum CodingKeys: String, CodingKey {
        case source
        case title
        case context
        case citations
        case cacheControl = "cache_control"
    }

    public init(
        source: AnthropicDocumentSource, title: String? = nil, context: String? = nil,
        citations: AnthropicCitationsConfig? = nil, cacheControl: AnthropicCacheControl? = nil
    ) {
        self.source = source
        self.title = title
        self.context = context
        self.citations = citations
        self.cacheControl = cacheControl
    }
}
