/// Text input of a Nova embedding: inline `value` or an S3 `source`, and how to truncate it.
///
/// ```swift
/// let text = NovaEmbeddingText(value: "Hello world", truncationMode: .end)
/// ```
public struct NovaEmbeddingText: Codable, Hashable, Sendable {
    public var truncationMode: NovaTruncationMode
    public var value: String?
    /// `{"s3Location": {"uri": …}}`, kept as raw JSON.
    public var source: JSONValue?

    public init(value: String? = nil, truncationMode: NovaTruncationMode = .end, source: JSONValue? = nil) {
        self.truncationMode = truncationMode
        self.value = value
        self.source = source
    }
}
