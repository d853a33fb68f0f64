import Foundation

/// A native InvokeModel answer: the body and the token counts for the
/// `X-Amzn-Bedrock-Input-Token-Count` / `-Output-Token-Count` headers.
struct NativeReply: Sendable {
    var body: Data
    var inputTokens: Int
    var outputTokens: Int
    var latencyMs: Int
}
