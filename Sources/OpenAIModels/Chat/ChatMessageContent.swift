/// A message's `content`: a plain string or an array of typed parts.
///
/// ```swift
/// let plain: ChatMessageContent = .text("Hello")
/// let multi: ChatMessageContent = .parts([.text("Describe:"), .imageURL(.init(url: url))])
/// ```
public enum ChatMessageContent: Sendable, Hashable {
    case text(String)
    case parts([ChatContentPart])

    /// All text in the content: the string itself, or the text parts joined without separator
    /// (the usual way OpenAI-compatible servers flatten text-only part arrays).
    public var textValue: String {
        switch self {
        case .text(let text):
            return text
        case .parts(let parts):
            return parts.compactMap { part -> String? in
                if case .text(let text) = part { return text }
                return nil
            }.joined()
        }
    }
}

extension ChatMessageContent: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension ChatMessageContent: WireTypeDescribing {
    static let expectedWireType = "one of a string or an array of objects"
}

extension ChatMessageContent: Codable {
    public init(from decoder: any Decoder) throws {
        switch WireKind(of: decoder) {
        case .string:
            self = .text(try decoder.singleValueContainer().decode(String.self))
        case .array:
            self = .parts(try decoder.singleValueContainer().decode([ChatContentPart].self))
        default:
            throw Self.typeMismatch(at: decoder.codingPath)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .parts(let parts): try container.encode(parts)
        }
    }
}
