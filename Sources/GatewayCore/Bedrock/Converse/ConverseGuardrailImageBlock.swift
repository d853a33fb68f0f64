/// An image for a guardrail to check (`GuardrailConverseImageBlock`); `format` is `png` or `jpeg`.
///
/// ```swift
/// let block = ConverseGuardrailImageBlock(format: .png, source: .bytes(pngData))
/// ```
public struct ConverseGuardrailImageBlock: Codable, Hashable, Sendable {
    public var format: ConverseImageFormat
    public var source: ConverseGuardrailImageSource

    public init(format: ConverseImageFormat, source: ConverseGuardrailImageSource) {
        self.format = format
        self.source = source
    }
}
