/// Image format of a Converse image block (`ImageFormat`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let image = ConverseImageBlock(format: .png, source: .bytes(pngData))
/// ```
public struct ConverseImageFormat: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let png: Self = "png"
    public static let jpeg: Self = "jpeg"
    public static let gif: Self = "gif"
    public static let webp: Self = "webp"
}
