/// The JSON body of a CountTokens response (`CountTokensResponse`).
///
/// ```swift
/// let count = try BedrockJSONDecoder().decode(CountTokensResponse.self, from: body).inputTokens
/// ```
public struct CountTokensResponse: Codable, Hashable, Sendable {
    public var inputTokens: Int

    public init(inputTokens: Int) {
        self.inputTokens = inputTokens
    }
}
