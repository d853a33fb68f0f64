extension ChatContentPart {
    /// The `input_audio` object of an audio part: base64 audio bytes and their format.
    ///
    /// `format` is kept as a string (`"wav"`, `"mp3"`) so the gateway, not the schema, decides
    /// which formats the chosen Bedrock model accepts.
    ///
    /// ```swift
    /// let part = ChatContentPart.inputAudio(.init(data: base64Wav, format: "wav"))
    /// ```
    public struct InputAudio: Codable, Sendable, Hashable {
        public var data: String
        public var format: String

        public init(data: String, format: String) {
            self.data = data
            self.format = format
        }
    }
}
