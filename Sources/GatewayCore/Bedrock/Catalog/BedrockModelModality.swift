/// An input or output modality of a foundation model (`ModelModality`).
///
/// A struct rather than an enum: the live service also reports modalities the model file does not list (`SPEECH`, `VIDEO`).
///
/// ```swift
/// let chatModels = summaries.filter { $0.outputModalities?.contains(.text) == true }
/// ```
public struct BedrockModelModality: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let text: Self = "TEXT"
    public static let image: Self = "IMAGE"
    public static let embedding: Self = "EMBEDDING"
}
