import Foundation

/// Where an image comes from: inline base64 data with its media type, or a URL.
///
/// ```swift
/// let inline = AnthropicImageSource.base64(mediaType: "image/png", data: pngData)
/// let remote = AnthropicImageSource.url("https://example.com/cat.png")
/// ```
public enum AnthropicImageSource: Codable, Hashable, Sendable {
    /// `{"type": "base64", "media_type": "image/png", "data": "<base64>"}`.
    case base64(mediaType: String, data: Data)
    /// `{"type": "url", "url": "https://…"}`.
    case url(String)
    /// An unmodeled source: its `type` and the whole object.
    case unknown(String, JSONValue)

    private enum CodingKeys: String, CodingKey {
        case type
        case mediaType = "media_type"
        case data
        case url
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "base64":
            self = .base64(
                mediaType: try container.decode(String.self, forKey: .mediaType),
                data: try container.decode(Data.self, forKey: .data))
        case "url": self = .url(try container.decode(String.self, forKey: .url))
        default: self = .unknown(type, try JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .base64(let mediaType, let data):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("base64", forKey: .type)
            try container.encode(mediaType, forKey: .mediaType)
            try container.encode(data, forKey: .data)
        case .url(let url):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("url", forKey: .type)
            try container.encode(url, forKey: .url)
        case .unknown(_, let object):
            try object.encode(to: encoder)
        }
    }
}
