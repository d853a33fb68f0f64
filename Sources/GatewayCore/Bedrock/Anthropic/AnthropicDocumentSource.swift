import Foundation

/// Where a document comes from: base64 data (PDF) or plain text.
///
/// ```swift
/// let pdf = AnthropicDocumentSource.base64(mediaType: "application/pdf", data: pdfData)
/// let text = AnthropicDocumentSource.text("Plain text body")
/// ```
public enum AnthropicDocumentSource: Codable, Hashable, Sendable {
    /// `{"type": "base64", "media_type": "application/pdf", "data": "<base64>"}`.
    case base64(mediaType: String, data: Data)
    /// `{"type": "text", "media_type": "text/plain", "data": "…"}`.
    case text(String, mediaType: String = "text/plain")
    /// An unmodeled source (`content`, `url`, `file`, …): its `type` and the whole object.
    case unknown(String, JSONValue)

    private enum CodingKeys: String, CodingKey {
        case type
        case mediaType = "media_type"
        case data
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "base64":
            self = .base64(
                mediaType: try container.decode(String.self, forKey: .mediaType),
                data: try container.decode(Data.self, forKey: .data))
        case "text":
            self = .text(
                try container.decode(String.self, forKey: .data),
                mediaType: try container.decodeIfPresent(String.self, forKey: .mediaType) ?? "text/plain")
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
        case .text(let text, let mediaType):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("text", forKey: .type)
            try container.encode(mediaType, forKey: .mediaType)
            try container.encode(text, forKey: .data)
        case .unknown(_, let object):
            try object.encode(to: encoder)
        }
    }
}
