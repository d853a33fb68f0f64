/// An embedding encoding Titan Text Embeddings V2 can return (`embeddingTypes`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let request = TitanTextEmbeddingsV2Request(inputText: "hello", embeddingTypes: [.float, .binary])
/// ```
public struct TitanEmbeddingType: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let float: Self = "float"
    public static let binary: Self = "binary"
}
