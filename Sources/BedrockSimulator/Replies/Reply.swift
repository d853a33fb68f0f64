import GatewayCore

/// A planned reply: content blocks, why generation stopped, usage and timing, ready to be
/// rendered as a Converse response, a ConverseStream, or an Anthropic Messages body or stream.
struct Reply: Sendable, Hashable {
    var blocks: [ReplyBlock]
    var stopReason: ConverseStopReason
    /// The stop sequence that ended generation, for `stop_sequence`.
    var matchedStopSequence: String?
    var usage: ReplyUsage
    /// Reported model latency (a function of the output size, never the wall clock).
    var latencyMs: Int
    var seed: UInt64
}
