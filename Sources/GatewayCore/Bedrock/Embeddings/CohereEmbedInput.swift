/// One mixed input of Cohere Embed v4 (`inputs[]`): content parts embedded together.
///
/// ```swift
/// let page = CohereEmbedInput(content: [.text("Figure 1"), .imageURL("data:image/png;base64,iVBOR…")])
/// ```
public struct CohereEmbedInput: Codable, Hashable, Sendable {
    public var content: [CohereEmbedContent]

    public init(content: [CohereEmbedContent]) {
        self.content = content
    }
}
