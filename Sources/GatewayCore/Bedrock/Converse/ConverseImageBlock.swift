/// An image in a message or tool result (`ImageBlock`).
///
/// ```swift
/// let image = ConverseImageBlock(format: .jpeg, source: .bytes(jpegData))
/// let remote = ConverseImageBlock(format: .png, source: .s3Location(ConverseS3Location(uri: "s3://bucket/cat.png")))
/// ```
public struct ConverseImageBlock: Codable, Hashable, Sendable {
    public var format: ConverseImageFormat
    public var source: ConverseMediaSource
    /// Set by Bedrock on generated images that failed.
    public var error: ConverseErrorBlock?

    public init(format: ConverseImageFormat, source: ConverseMediaSource, error: ConverseErrorBlock? = nil) {
        self.format = format
        self.source = source
        self.error = error
    }
}
