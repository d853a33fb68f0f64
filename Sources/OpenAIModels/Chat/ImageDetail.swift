/// The fidelity requested for an image part (`image_url.detail`).
///
/// ```swift
/// let part = ChatContentPart.imageURL(.init(url: "https://example.com/cat.png", detail: .low))
/// ```
public enum ImageDetail: String, Sendable, Hashable, CaseIterable, WireEnum {
    case auto
    case low
    case high

    public init(from decoder: any Decoder) throws {
        self = try Self.decodeWireValue(from: decoder)
    }
}
