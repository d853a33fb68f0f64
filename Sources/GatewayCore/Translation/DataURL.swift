import Foundation

/// An RFC 2397 `data:` URL taken apart: its media type and decoded bytes.
///
/// OpenAI clients send inline images and files as `data:image/png;base64,iVBOR…`. Decoding
/// checks the size before allocating the decoded bytes, so an oversized upload is refused
/// without decoding it.
///
/// ```swift
/// let image = try DataURL.parse("data:image/png;base64,iVBORw0KGgo=", maxBytes: 3_750_000)
/// image.mediaType   // "image/png"
/// ```
public struct DataURL: Sendable, Hashable {
    /// The lowercased media type (`image/png`); `text/plain` when the URL names none.
    public var mediaType: String
    /// The decoded payload.
    public var data: Data

    public init(mediaType: String, data: Data) {
        self.mediaType = mediaType
        self.data = data
    }

    /// Why a `data:` URL was refused.
    public enum ParseError: Error, Sendable, Hashable {
        case notADataURL
        case malformed
        case invalidBase64
        case tooLarge(limit: Int)
    }

    /// Whether `string` is a `data:` URL at all (so the caller can treat everything else as a
    /// remote URL).
    public static func isDataURL(_ string: String) -> Bool {
        string.utf8.count >= 5 && string.prefix(5).lowercased() == "data:"
    }

    /// Parses and decodes a `data:` URL, refusing payloads over `maxBytes` once decoded.
    public static func parse(_ string: String, maxBytes: Int) throws(ParseError) -> DataURL {
        guard isDataURL(string) else { throw .notADataURL }
        guard let comma = string.firstIndex(of: ",") else { throw .malformed }
        let header = string[string.index(string.startIndex, offsetBy: 5)..<comma]
        let payload = string[string.index(after: comma)...]
        var parameters = header.split(separator: ";", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let isBase64 = parameters.last?.lowercased() == "base64"
        if isBase64 { parameters.removeLast() }
        let declared = parameters.first?.lowercased() ?? ""
        let mediaType = declared.isEmpty ? "text/plain" : declared

        if isBase64 {
            // Base64 decodes to at most 3/4 of its length: refuse early, before allocating.
            let significant = payload.utf8.count
            if significant / 4 * 3 > maxBytes + 3 { throw .tooLarge(limit: maxBytes) }
            guard let data = Data(base64Encoded: String(payload), options: .ignoreUnknownCharacters),
                !data.isEmpty || payload.isEmpty
            else { throw .invalidBase64 }
            if data.count > maxBytes { throw .tooLarge(limit: maxBytes) }
            return DataURL(mediaType: mediaType, data: data)
        }
        guard let text = String(payload).removingPercentEncoding else { throw .malformed }
        let data = Data(text.utf8)
        if data.count > maxBytes { throw .tooLarge(limit: maxBytes) }
        return DataURL(mediaType: mediaType, data: data)
    }
}
