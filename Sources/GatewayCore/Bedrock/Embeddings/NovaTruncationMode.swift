/// How Nova multimodal embeddings shorten over-long text (`truncationMode`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let text = NovaEmbeddingText(value: longText, truncationMode: .end)
/// ```
public struct NovaTruncationMode: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let start: Self = "START"
    public static let end: Self = "END"
    public static let none: Self = "NONE"
}
