/// What to embed (`input`): one string, several strings, one token array, or several token
/// arrays.
///
/// ```swift
/// let one: EmbeddingInput = .text("The food was delicious.")
/// let batch: EmbeddingInput = .texts(["first", "second"])
/// ```
public enum EmbeddingInput: Sendable, Hashable {
    case text(String)
    case texts([String])
    /// Pre-tokenised input (tiktoken ids), as the Python SDK sends for long texts.
    case tokens([Int])
    case tokenBatches([[Int]])

    /// How many embeddings the response will hold.
    public var count: Int {
        switch self {
        case .text, .tokens: 1
        case .texts(let texts): texts.count
        case .tokenBatches(let batches): batches.count
        }
    }
}

extension EmbeddingInput: WireTypeDescribing {
    static let expectedWireType =
        "one of a string, an array of strings, an array of integers, or an array of arrays of integers"
}

extension EmbeddingInput: Codable {
    public init(from decoder: any Decoder) throws {
        let path = decoder.codingPath
        switch WireKind(of: decoder) {
        case .string:
            self = .text(try decoder.singleValueContainer().decode(String.self))
            return
        case .array:
            break
        default:
            throw Self.typeMismatch(at: path)
        }
        // The first element decides the shape; every other element must match it.
        let elements = try decoder.singleValueContainer().decode([JSONValue].self)
        switch elements.first {
        case nil, .string?:
            self = .texts(
                try elements.enumerated().map { index, element in
                    guard case .string(let text) = element else {
                        throw Self.elementMismatch(String.self, at: path + [AnyCodingKey(index: index)])
                    }
                    return text
                })
        case .integer?:
            self = .tokens(try Self.tokens(elements, at: path))
        case .array?:
            self = .tokenBatches(
                try elements.enumerated().map { index, element in
                    let elementPath = path + [AnyCodingKey(index: index)]
                    guard case .array(let inner) = element else {
                        throw Self.elementMismatch([Any].self, at: elementPath)
                    }
                    return try Self.tokens(inner, at: elementPath)
                })
        default:
            throw Self.typeMismatch(at: path)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .texts(let texts): try container.encode(texts)
        case .tokens(let tokens): try container.encode(tokens)
        case .tokenBatches(let batches): try container.encode(batches)
        }
    }

    private static func tokens(_ elements: [JSONValue], at path: [any CodingKey]) throws -> [Int] {
        try elements.enumerated().map { index, element in
            guard case .integer(let token) = element else {
                throw elementMismatch(Int.self, at: path + [AnyCodingKey(index: index)])
            }
            return token
        }
    }

    private static func elementMismatch(_ type: Any.Type, at path: [any CodingKey]) -> DecodingError {
        .typeMismatch(type, DecodingError.Context(codingPath: path, debugDescription: "Mixed input."))
    }
}
