/// One part of a Cohere Embed v4 input, tagged by `type`.
///
/// ```swift
/// let parts: [CohereEmbedContent] = [.text("caption"), .imageURL("data:image/jpeg;base64,/9j/…")]
/// ```
public enum CohereEmbedContent: Codable, Hashable, Sendable {
    /// `{"type": "text", "text": …}`.
    case text(String)
    /// `{"type": "image_url", "image_url": "data:…"}`.
    case imageURL(String)
    /// An unmodeled part: its `type` and the whole object.
    case unknown(String, JSONValue)

    private enum CodingKeys: String, CodingKey {
        case type
        case text
        case imageURL = "image_url"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "text": self = .text(try container.decode(String.self, forKey: .text))
        case "image_url": self = .imageURL(try container.decode(String.self, forKey: .imageURL))
        default: self = .unknown(type, try JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let text):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("text", forKey: .type)
            try container.encode(text, forKey: .text)
        case .imageURL(let url):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("image_url", forKey: .type)
            try container.encode(url, forKey: .imageURL)
        case .unknown(_, let object):
            try object.encode(to: encoder)
        }
    }
}
