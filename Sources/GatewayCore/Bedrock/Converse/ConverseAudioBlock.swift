/// Audio in a message (`AudioBlock`).
///
/// `format` is kept as a plain string (`mp3`, `wav`, `flac`, `pcm`, …).
///
/// ```swift
/// let audio = ConverseAudioBlock(format: "wav", source: .bytes(wavData))
/// ```
public struct ConverseAudioBlock: Codable, Hashable, Sendable {
    public var format: String
    public var source: ConverseMediaSource
    public var error: ConverseErrorBlock?

    public init(format: String, source: ConverseMediaSource, error: ConverseErrorBlock? = nil) {
        self.format = format
        self.source = source
        self.error = error
    }
}
