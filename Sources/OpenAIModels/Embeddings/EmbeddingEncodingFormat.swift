/// How embedding vectors are returned (`encoding_format`): JSON numbers, or base64 of
/// little-endian float32 bytes (the OpenAI Python SDK asks for base64 by default and decodes
/// it with numpy).
///
/// ```swift
/// let request = EmbeddingRequest(input: .text("hi"), model: "m", encodingFormat: .base64)
/// ```
public enum EmbeddingEncodingFormat: String, Sendable, Hashable, CaseIterable, WireEnum {
    case float
    case base64

    public init(from decoder: any Decoder) throws {
        self = try Self.decodeWireValue(from: decoder)
    }
}
