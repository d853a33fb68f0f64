/// The JSON body of a CountTokens request (`CountTokensRequest` without `modelId`, which goes
/// in the URI: `POST /model/{modelId}/count-tokens`).
///
/// ```swift
/// let request = CountTokensRequest(input: .converse(ConverseTokensRequest(messages: messages)))
/// let body = try BedrockJSONEncoder().encode(request)
/// ```
public struct CountTokensRequest: Codable, Hashable, Sendable {
    public var input: CountTokensInput

    public init(input: CountTokensInput) {
        self.input = input
    }
}
