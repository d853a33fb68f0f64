/// An embedding encoding Cohere Embed can return (`embedding_types`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let request = CohereEmbedRequest(texts: texts, inputType: .searchDocument, embeddingTypes: [.float, .int8])
/// ```
public struct CohereEmbeddingType: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let float: Self = "float"
    public static let int8: Self = "int8"
    public static let uint8: Self = "uint8"
    public static let binary: Self = "binary"
    public static let ubinary: Self = "ubinary"
}
