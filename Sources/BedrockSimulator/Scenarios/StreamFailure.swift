/// A stream that breaks: after `afterDeltas` content deltas an exception frame of `type` is
/// sent and the stream ends, as Bedrock does when a model fails mid-generation.
struct StreamFailure: Sendable, Hashable {
    var type: BedrockExceptionType
    var afterDeltas: Int
}
