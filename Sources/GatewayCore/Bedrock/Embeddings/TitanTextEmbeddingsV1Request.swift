/// InvokeModel body for Amazon Titan Text Embeddings G1 (`amazon.titan-embed-text-v1`), which
/// takes no parameters besides the text.
///
/// ```swift
/// let body = try BedrockJSONEncoder().encode(TitanTextEmbeddingsV1Request(inputText: "Hello"))
/// ```
public struct TitanTextEmbeddingsV1Request: Codable, Hashable, Sendable {
    public var inputText: String

    public init(inputText: String) {
        self.inputText = inputText
    }
}
