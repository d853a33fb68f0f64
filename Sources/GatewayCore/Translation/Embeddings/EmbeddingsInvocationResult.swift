import Foundation

/// What the transport got back from one ``EmbeddingsInvocation``: the response body and the
/// input token count Bedrock reported in the `X-Amzn-Bedrock-Input-Token-Count` header.
///
/// ```swift
/// let result = EmbeddingsInvocationResult(body: response.body,
///     inputTokenCount: response.headers["X-Amzn-Bedrock-Input-Token-Count"].flatMap { Int($0) })
/// ```
public struct EmbeddingsInvocationResult: Sendable, Hashable {
    /// The InvokeModel response body (JSON).
    public var body: Data
    /// The `X-Amzn-Bedrock-Input-Token-Count` response header, when present. Cohere and Nova
    /// bodies carry no token count, so this is the only source for them.
    public var inputTokenCount: Int?

    public init(body: Data, inputTokenCount: Int? = nil) {
        self.body = body
        self.inputTokenCount = inputTokenCount
    }
}
