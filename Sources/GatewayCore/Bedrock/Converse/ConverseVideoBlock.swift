/// A video in a message or tool result (`VideoBlock`).
///
/// `format` is kept as a plain string (`mp4`, `mov`, `webm`, `three_gp`, …).
///
/// ```swift
/// let video = ConverseVideoBlock(format: "mp4", source: .s3Location(ConverseS3Location(uri: "s3://bucket/clip.mp4")))
/// ```
public struct ConverseVideoBlock: Codable, Hashable, Sendable {
    public var format: String
    public var source: ConverseMediaSource

    public init(format: String, source: ConverseMediaSource) {
        self.format = format
        self.source = source
    }
}
