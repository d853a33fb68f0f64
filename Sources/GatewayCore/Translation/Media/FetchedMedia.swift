import Foundation

/// The bytes the transport fetched for remote media URLs, keyed by URL as the client wrote it.
///
/// ```swift
/// var media = FetchedMedia()
/// media[url] = .init(data: bytes, mediaType: "image/png")
/// ```
public struct FetchedMedia: Sendable, Hashable {
    /// One fetched resource.
    public struct Item: Sendable, Hashable {
        public var data: Data
        /// The `Content-Type` the server sent, if any.
        public var mediaType: String?

        public init(data: Data, mediaType: String?) {
            self.data = data
            self.mediaType = mediaType
        }
    }

    private var items: [String: Item]

    public init(_ items: [String: Item] = [:]) {
        self.items = items
    }

    public subscript(url: String) -> Item? {
        get { items[url] }
        set { items[url] = newValue }
    }

    public var isEmpty: Bool { items.isEmpty }
}
