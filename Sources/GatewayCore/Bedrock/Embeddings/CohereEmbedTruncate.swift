/// How Cohere Embed handles over-long input (`truncate`): v3 takes `NONE`/`START`/`END`, v4 `NONE`/`LEFT`/`RIGHT`.
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let request = CohereEmbedRequest(texts: texts, inputType: .searchDocument, truncate: .end)
/// ```
public struct CohereEmbedTruncate: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let none: Self = "NONE"
    public static let start: Self = "START"
    public static let end: Self = "END"
    public static let left: Self = "LEFT"
    public static let right: Self = "RIGHT"
}
