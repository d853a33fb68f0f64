/// One part of a multi-part message `content` array.
///
/// User messages may mix text, images, audio and files; assistant history may carry `refusal`
/// parts; system, developer and tool messages take text only (checked by ``ChatMessage``).
///
/// ```swift
/// let content = ChatMessageContent.parts([
///     .text("What is in this image?"),
///     .imageURL(.init(url: "data:image/png;base64,iVBORw0…", detail: .high)),
/// ])
/// ```
public enum ChatContentPart: Sendable, Hashable {
    /// `{"type": "text", "text": …}`
    case text(String)
    /// `{"type": "image_url", "image_url": {"url", "detail"}}` — an http(s) or `data:` URL.
    case imageURL(ImageURL)
    /// `{"type": "input_audio", "input_audio": {"data", "format"}}` — base64 audio.
    case inputAudio(InputAudio)
    /// `{"type": "file", "file": {"file_data", "file_id", "filename"}}`
    case file(File)
    /// `{"type": "refusal", "refusal": …}` — only in assistant messages.
    case refusal(String)

    /// The part's `type` on the wire.
    var wireType: String {
        switch self {
        case .text: "text"
        case .imageURL: "image_url"
        case .inputAudio: "input_audio"
        case .file: "file"
        case .refusal: "refusal"
        }
    }
}

extension ChatContentPart: Codable {
    enum CodingKeys: String, CodingKey {
        case type, text, refusal, file
        case imageURL = "image_url"
        case inputAudio = "input_audio"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "text": self = .text(try container.decode(String.self, forKey: .text))
        case "image_url": self = .imageURL(try container.decode(ImageURL.self, forKey: .imageURL))
        case "input_audio":
            self = .inputAudio(try container.decode(InputAudio.self, forKey: .inputAudio))
        case "file": self = .file(try container.decode(File.self, forKey: .file))
        case "refusal": self = .refusal(try container.decode(String.self, forKey: .refusal))
        default:
            throw InvalidWireValue.error(
                at: container.codingPath + [CodingKeys.type],
                message: InvalidWireValue.unsupportedValueMessage(
                    type, supported: ["text", "image_url", "input_audio", "file", "refusal"]))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(wireType, forKey: .type)
        switch self {
        case .text(let text): try container.encode(text, forKey: .text)
        case .imageURL(let image): try container.encode(image, forKey: .imageURL)
        case .inputAudio(let audio): try container.encode(audio, forKey: .inputAudio)
        case .file(let file): try container.encode(file, forKey: .file)
        case .refusal(let refusal): try container.encode(refusal, forKey: .refusal)
        }
    }
}
