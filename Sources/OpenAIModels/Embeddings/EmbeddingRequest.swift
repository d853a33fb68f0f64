/// The body of `POST /v1/embeddings`.
///
/// Members that are not documented parameters are kept in ``extraFields`` (for example
/// Bedrock's `input_type` or `embedding_types` for Cohere models sent through `extra_body`).
///
/// ```swift
/// let request = try OpenAIRequestDecoder.decode(EmbeddingRequest.self, from: body)
/// let outgoing = EmbeddingRequest(input: .texts(["a", "b"]), model: "amazon.titan-embed-text-v2:0")
/// ```
public struct EmbeddingRequest: Sendable, Hashable {
    public var input: EmbeddingInput
    public var model: String
    public var encodingFormat: EmbeddingEncodingFormat?
    public var dimensions: Int?
    public var user: String?
    /// Every top-level member that is not a documented parameter, kept as sent.
    public var extraFields: [String: JSONValue]

    public init(
        input: EmbeddingInput,
        model: String,
        encodingFormat: EmbeddingEncodingFormat? = nil,
        dimensions: Int? = nil,
        user: String? = nil,
        extraFields: [String: JSONValue] = [:]
    ) {
        self.input = input
        self.model = model
        self.encodingFormat = encodingFormat
        self.dimensions = dimensions
        self.user = user
        self.extraFields = extraFields
    }
}

extension EmbeddingRequest: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case input, model, dimensions, user
        case encodingFormat = "encoding_format"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.input = try container.decode(EmbeddingInput.self, forKey: .input)
        self.model = try container.decode(String.self, forKey: .model)
        self.encodingFormat = try container.decodeIfPresent(
            EmbeddingEncodingFormat.self, forKey: .encodingFormat)
        self.dimensions = try container.decodeIntegerIfPresent(forKey: .dimensions)
        self.user = try container.decodeIfPresent(String.self, forKey: .user)
        self.extraFields = try ExtraFields.decode(from: decoder, excluding: CodingKeys.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(input, forKey: .input)
        try container.encode(model, forKey: .model)
        try container.encodeIfPresent(encodingFormat, forKey: .encodingFormat)
        try container.encodeIfPresent(dimensions, forKey: .dimensions)
        try container.encodeIfPresent(user, forKey: .user)
        try ExtraFields.encode(extraFields, to: encoder, excluding: CodingKeys.self)
    }
}

extension EmbeddingRequest: ValidatableRequest {
    /// Rejects what OpenAI rejects before any model sees it: no input (an empty string or an
    /// empty array, or an empty string or token array inside a batch) and `dimensions` < 1.
    public func validate() throws(RequestDecodingError) {
        switch input {
        case .text(let text):
            if text.isEmpty { throw Self.emptyInput(param: "input") }
        case .texts(let texts):
            try ValueRule.checkNotEmpty(texts, param: "input")
            if let index = texts.firstIndex(where: \.isEmpty) {
                throw Self.emptyInput(param: "input[\(index)]")
            }
        case .tokens(let tokens):
            try ValueRule.checkNotEmpty(tokens, param: "input")
        case .tokenBatches(let batches):
            try ValueRule.checkNotEmpty(batches, param: "input")
            if let index = batches.firstIndex(where: \.isEmpty) {
                try ValueRule.checkNotEmpty(batches[index], param: "input[\(index)]")
            }
        }
        try ValueRule.check(dimensions, atLeast: 1, param: "dimensions")
    }

    private static func emptyInput(param: String) -> RequestDecodingError {
        RequestDecodingError(
            param: param,
            message: "Invalid '\(param)': empty string. Expected a string with minimum length 1, "
                + "but got an empty string instead.",
            code: "empty_string")
    }
}
