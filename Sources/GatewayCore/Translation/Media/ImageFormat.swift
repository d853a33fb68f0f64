import Foundation

/// The image formats Bedrock accepts (Converse `ImageFormat`, Anthropic `media_type`).
///
/// Clients often label images wrongly (`data:image/jpg`, a `.png` URL serving JPEG), and Bedrock
/// rejects a block whose declared format does not match its bytes, so the bytes decide.
///
/// ```swift
/// let format = ImageFormat.detect(data: bytes, declaredMediaType: "image/jpg")
/// format?.mediaType   // "image/jpeg"
/// ```
public enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case png, jpeg, gif, webp

    /// The IANA media type (`image/png`, …).
    public var mediaType: String { "image/\(rawValue)" }

    /// The format from the file signature, falling back to the declared media type.
    /// `nil` when neither names a supported format.
    public static func detect(data: Data, declaredMediaType: String?) -> ImageFormat? {
        if let sniffed = sniff(data) { return sniffed }
        guard let declared = declaredMediaType?.lowercased() else { return nil }
        switch declared {
        case "image/png": return .png
        case "image/jpeg", "image/jpg", "image/pjpeg": return .jpeg
        case "image/gif": return .gif
        case "image/webp": return .webp
        default: return nil
        }
    }

    /// The format from the first bytes (PNG, JPEG, GIF87a/89a, RIFF…WEBP signatures).
    public static func sniff(_ data: Data) -> ImageFormat? {
        let bytes = [UInt8](data.prefix(12))
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return .gif }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            return .webp
        }
        return nil
    }
}
