/// A Bedrock embeddings answer the gateway cannot turn into an OpenAI response: a body that
/// does not decode, or fewer or more vectors than inputs. An upstream fault (HTTP 502), not a
/// client error.
///
/// ```swift
/// do { return try EmbeddingsTranslation.response(for: plan, results: results) }
/// catch let error as EmbeddingsResponseError { return .badGateway(error.message) }
/// ```
public struct EmbeddingsResponseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The position of the failing call in `plan.invocations`, when one call is at fault.
    public var invocationIndex: Int?
    public var message: String

    public init(invocationIndex: Int?, message: String) {
        self.invocationIndex = invocationIndex
        self.message = message
    }

    public var description: String {
        if let invocationIndex { return "\(message) (invocation \(invocationIndex))" }
        return message
    }
}
