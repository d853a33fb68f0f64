/// A document in a message or tool result (`DocumentBlock`).
///
/// `name` is required and shows up in the prompt; Bedrock restricts it to letters, digits,
/// single spaces, hyphens, parentheses and square brackets.
///
/// ```swift
/// let doc = ConverseDocumentBlock(format: .pdf, name: "Q3 report", source: .bytes(pdfData))
/// let inline = ConverseDocumentBlock(name: "notes", source: .text("plain text"))
/// ```
public struct ConverseDocumentBlock: Codable, Hashable, Sendable {
    public var format: ConverseDocumentFormat?
    public var name: String
    public var source: ConverseDocumentSource
    /// Context the model should know about the document.
    public var context: String?
    /// Ask for citations into this document.
    public var citations: ConverseCitationsConfig?

    public init(
        format: ConverseDocumentFormat? = nil, name: String, source: ConverseDocumentSource, context: String? = nil,
        citations: ConverseCitationsConfig? = nil
    ) {
        self.format = format
        self.name = name
        self.source = source
        self.context = context
        self.citations = citations
    }
}
