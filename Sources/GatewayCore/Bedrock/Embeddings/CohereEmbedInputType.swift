/// What Cohere Embed inputs are for (`input_type`); embed documents and queries with the matching pair.
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let request = CohereEmbedRequest(texts: ["What is RAG?"], inputType: .searchQuery)
/// ```
public struct CohereEmbedInputType: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let searchDocument: Self = "search_document"
    public static let searchQuery: Self = "search_query"
    public static let classification: Self = "classification"
    public static let clustering: Self = "clustering"
    public static let image: Self = "image"
}
