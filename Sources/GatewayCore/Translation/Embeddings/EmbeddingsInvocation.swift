import Foundation

/// One InvokeModel call of an ``EmbeddingsPlan``: the model to invoke, the body, and which
/// inputs of the OpenAI request it embeds.
///
/// ```swift
/// for call in plan.invocations {
///     let body = try call.body.encoded()   // POST /model/{call.modelID}/invoke
/// }
/// ```
public struct EmbeddingsInvocation: Sendable, Hashable {
    /// The id that goes into the URL path (`/model/{modelID}/invoke`).
    public var modelID: String
    public var body: EmbeddingsInvocationBody
    /// Positions in the request's `input` this call embeds, in order; the answer's vectors
    /// belong to these positions one for one.
    public var inputIndices: Range<Int>

    public init(modelID: String, body: EmbeddingsInvocationBody, inputIndices: Range<Int>) {
        self.modelID = modelID
        self.body = body
        self.inputIndices = inputIndices
    }
}
