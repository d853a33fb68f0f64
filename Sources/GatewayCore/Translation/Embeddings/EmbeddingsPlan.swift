/// The InvokeModel calls that answer one OpenAI embeddings request, and what the response
/// needs to put their vectors back together.
///
/// ```swift
/// let plan = try EmbeddingsTranslation.plan(request, model: resolved)
/// var results: [EmbeddingsInvocationResult] = []
/// for call in plan.invocations { results.append(try await invoke(call)) }
/// let response = try EmbeddingsTranslation.response(for: plan, results: results)
/// ```
public struct EmbeddingsPlan: Sendable, Hashable {
    public var family: BedrockEmbeddingFamily
    /// The id that goes into every call's URL path.
    public var modelID: String
    /// The calls, in input order; their `inputIndices` cover `0..<inputCount` without gaps.
    public var invocations: [EmbeddingsInvocation]
    /// How many embeddings the response holds.
    public var inputCount: Int
    /// `encoding_format` of the request; `nil` means float.
    public var encodingFormat: EmbeddingEncodingFormat?
    /// The model name the client sent, echoed in the response's `model`.
    public var responseModel: String

    public init(
        family: BedrockEmbeddingFamily, modelID: String, invocations: [EmbeddingsInvocation], inputCount: Int,
        encodingFormat: EmbeddingEncodingFormat?, responseModel: String
    ) {
        self.family = family
        self.modelID = modelID
        self.invocations = invocations
        self.inputCount = inputCount
        self.encodingFormat = encodingFormat
        self.responseModel = responseModel
    }
}
