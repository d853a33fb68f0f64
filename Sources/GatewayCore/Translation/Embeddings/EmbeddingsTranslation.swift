/// OpenAI `POST /v1/embeddings` → Bedrock InvokeModel calls for the embedding model families
/// of ``BedrockEmbeddingFamily``, and their answers back into one ``EmbeddingResponse``.
///
/// Rules, per the Bedrock model-parameter pages:
/// - Titan Text Embeddings and Nova multimodal embeddings take one text per call; Cohere Embed
///   takes at most 96 texts per call, so larger inputs become several calls in input order.
/// - `dimensions` maps to Titan V2 `dimensions` (256/512/1024), Cohere v4 `output_dimension`
///   (256/512/1024/1536) and Nova `embeddingDimension` (256/384/1024/3072, sent as 3072 when
///   absent); Titan G1 and Cohere v3 have a fixed size and refuse it.
/// - Bedrock-specific settings come as extra top-level fields (`extra_body` in the SDKs):
///   `normalize` (Titan V2, default true), `input_type` (Cohere, default `search_document`),
///   `truncate` (Cohere, omitted unless given, so the model's own default applies; for v3 that
///   is `NONE`, an error on over-long input, as OpenAI answers), `embedding_purpose` (Nova,
///   default `GENERIC_INDEX`). Embeddings always come back as floats (`embedding_types` float).
///   Their values are passed through as given (Bedrock judges them); extras meant for another
///   family are ignored, and `user` is not forwarded.
/// - Bedrock embeds text, not token ids, and rejects empty text; both fail here with the
///   offending `input` position.
///
/// ```swift
/// let plan = try EmbeddingsTranslation.plan(request, model: ResolvedModel(requestedID: "cohere.embed-v4:0"))
/// var results: [EmbeddingsInvocationResult] = []
/// for call in plan.invocations { results.append(try await client.invoke(call)) }
/// let response = try EmbeddingsTranslation.response(for: plan, results: results)
/// ```
public enum EmbeddingsTranslation {
    /// Cohere Embed's limit on `texts` per call (v3 and v4).
    public static let cohereMaxTextsPerCall = 96

    /// Nova's `truncationMode`: OpenAI has no setting, and cutting the end of an over-long text
    /// is what Nova's examples use.
    static let novaTruncationMode = NovaTruncationMode.end
    /// Nova's embedding size when the request names none (the model's largest and default).
    static let novaDefaultDimension = 3072

    /// The `dimensions` values a family accepts; empty when its size is fixed.
    public static func supportedDimensions(for family: BedrockEmbeddingFamily) -> [Int] {
        switch family {
        case .titanTextV1, .cohereEmbedV3: []
        case .titanTextV2: [256, 512, 1024]
        case .cohereEmbedV4: [256, 512, 1024, 1536]
        case .novaMultimodal: [256, 384, 1024, 3072]
        }
    }

    /// Plans the InvokeModel calls for `request` against `model`.
    ///
    /// The family is read off `model.baseModelID` (so an application inference profile resolved
    /// through the catalog works) or else the invocation id.
    public static func plan(_ request: EmbeddingRequest, model: ResolvedModel) throws(TranslationError) -> EmbeddingsPlan {
        guard let family = BedrockEmbeddingFamily(modelId: model.baseModelID ?? model.invocationID) else {
            throw TranslationError(
                param: "model",
                message: "'\(request.model)' is not a Bedrock embedding model this gateway supports. Use one of "
                    + "amazon.titan-embed-text-v1, amazon.titan-embed-text-v2:0, cohere.embed-english-v3, "
                    + "cohere.embed-multilingual-v3, cohere.embed-v4:0 or amazon.nova-2-multimodal-embeddings-v1:0 "
                    + "(or an inference profile of one).",
                code: "model_not_supported")
        }
        let texts = try texts(of: request.input)
        let dimensions = try dimensions(request.dimensions, family: family, model: request.model)
        let extras = request.extraFields
        let modelID = model.invocationID

        var invocations: [EmbeddingsInvocation] = []
        switch family {
        case .titanTextV1:
            for (index, text) in texts.enumerated() {
                invocations.append(
                    EmbeddingsInvocation(
                        modelID: modelID, body: .titanTextV1(TitanTextEmbeddingsV1Request(inputText: text)),
                        inputIndices: index..<index + 1))
            }
        case .titanTextV2:
            let normalize = try bool("normalize", in: extras) ?? true
            for (index, text) in texts.enumerated() {
                let body = TitanTextEmbeddingsV2Request(inputText: text, dimensions: dimensions, normalize: normalize)
                invocations.append(
                    EmbeddingsInvocation(modelID: modelID, body: .titanTextV2(body), inputIndices: index..<index + 1))
            }
        case .cohereEmbedV3, .cohereEmbedV4:
            let inputType = try string("input_type", in: extras).map(CohereEmbedInputType.init(rawValue:)) ?? .searchDocument
            let truncate = try string("truncate", in: extras).map(CohereEmbedTruncate.init(rawValue:))
            for start in stride(from: 0, to: texts.count, by: cohereMaxTextsPerCall) {
                let range = start..<min(start + cohereMaxTextsPerCall, texts.count)
                let body = CohereEmbedRequest(
                    texts: Array(texts[range]), inputType: inputType, truncate: truncate, embeddingTypes: [.float],
                    outputDimension: family == .cohereEmbedV4 ? dimensions : nil)
                invocations.append(EmbeddingsInvocation(modelID: modelID, body: .cohere(body), inputIndices: range))
            }
        case .novaMultimodal:
            let purpose = try string("embedding_purpose", in: extras).map(NovaEmbeddingPurpose.init(rawValue:)) ?? .genericIndex
            for (index, text) in texts.enumerated() {
                let body = NovaEmbeddingRequest(
                    schemaVersion: "nova-multimodal-embed-v1", taskType: "SINGLE_EMBEDDING",
                    singleEmbeddingParams: NovaSingleEmbeddingParams(
                        embeddingPurpose: purpose, embeddingDimension: dimensions ?? novaDefaultDimension,
                        text: NovaEmbeddingText(value: text, truncationMode: novaTruncationMode)))
                invocations.append(EmbeddingsInvocation(modelID: modelID, body: .nova(body), inputIndices: index..<index + 1))
            }
        }
        return EmbeddingsPlan(
            family: family, modelID: modelID, invocations: invocations, inputCount: texts.count,
            encodingFormat: request.encodingFormat, responseModel: request.model)
    }

    // MARK: - Request parts

    private static func texts(of input: EmbeddingInput) throws(TranslationError) -> [String] {
        let texts: [String]
        switch input {
        case .text(let text):
            guard !text.isEmpty else { throw emptyText(param: "input") }
            return [text]
        case .texts(let list):
            texts = list
        case .tokens, .tokenBatches:
            // The OpenAI SDKs never send tokens on their own, but LangChain's OpenAIEmbeddings
            // tokenizes with tiktoken first unless told not to.
            throw TranslationError(
                param: "input",
                message: "Bedrock embedding models take text, not token ids. Send 'input' as a string or an array of "
                    + "strings (LangChain: create OpenAIEmbeddings with check_embedding_ctx_length=False).",
                code: "invalid_type")
        }
        guard !texts.isEmpty else {
            throw TranslationError(param: "input", message: "'input' must contain at least one string.", code: "empty_array")
        }
        if let index = texts.firstIndex(where: \.isEmpty) {
            throw emptyText(param: "input[\(index)]")
        }
        return texts
    }

    private static func emptyText(param: String) -> TranslationError {
        TranslationError(
            param: param, message: "'\(param)' is an empty string; Bedrock embedding models reject empty text.",
            code: "empty_string")
    }

    private static func dimensions(
        _ requested: Int?, family: BedrockEmbeddingFamily, model: String
    ) throws(TranslationError) -> Int? {
        guard let requested else { return nil }
        let allowed = supportedDimensions(for: family)
        guard !allowed.isEmpty else {
            throw TranslationError(
                param: "dimensions", message: "'\(model)' has a fixed embedding size and does not accept 'dimensions'.",
                code: "unsupported_parameter")
        }
        guard allowed.contains(requested) else {
            throw TranslationError(
                param: "dimensions",
                message: "'dimensions' must be one of \(allowed.map(String.init).joined(separator: ", ")) for '\(model)'; "
                    + "got \(requested).",
                code: "invalid_value")
        }
        return requested
    }

    private static func string(_ name: String, in extras: [String: JSONValue]) throws(TranslationError) -> String? {
        switch extras[name] {
        case nil, .null?: return nil
        case .string(let value)?: return value
        default:
            throw TranslationError(param: name, message: "'\(name)' must be a string.", code: "invalid_type")
        }
    }

    private static func bool(_ name: String, in extras: [String: JSONValue]) throws(TranslationError) -> Bool? {
        switch extras[name] {
        case nil, .null?: return nil
        case .bool(let value)?: return value
        default:
            throw TranslationError(param: name, message: "'\(name)' must be a boolean.", code: "invalid_type")
        }
    }
}
