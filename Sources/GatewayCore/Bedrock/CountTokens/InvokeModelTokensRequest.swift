import Foundation

/// The InvokeModel-style input of CountTokens (`InvokeModelTokensRequest`): the model-native
/// request body, as a blob (base64 on the wire).
///
/// ```swift
/// let body = try BedrockJSONEncoder().encode(anthropicRequest)
/// let input = CountTokensInput.invokeModel(InvokeModelTokensRequest(body: body))
/// ```
public struct InvokeModelTokensRequest: Codable, Hashable, Sendable {
    public var body: Data

    public init(body: Data) {
        self.body = body
    }
}
