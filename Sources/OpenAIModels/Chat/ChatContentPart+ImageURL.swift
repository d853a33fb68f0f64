extension ChatContentPart {
    /// The `image_url` object of an image part: an http(s) URL or a `data:` URL, and a detail.
    ///
    /// ```swift
    /// let image = ChatContentPart.ImageURL(url: "https://example.com/cat.png", detail: .auto)
    /// let part = ChatContentPart.imageURL(image)
    /// ```
    public struct ImageURL: Codable, Sendable, Hashable {
        public var url: String
        public var detail: ImageDetail?

        public init(url: String, detail: ImageDetail? = nil) {
            self.url = url
            self.detail = detail
        }
    }
}
