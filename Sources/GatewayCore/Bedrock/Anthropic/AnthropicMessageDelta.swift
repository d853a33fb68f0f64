/// The `delta` of a `message_delta` event: how the message ended.
///
/// ```swift
/// if case .messageDelta(let delta, let usage) = event { finish(delta.stopReason, usage.outputTokens) }
/// ```
public struct AnthropicMessageDelta: Codable, Hashable, Sendable {
    public var stopReason: AnthropicStopReason?
    public var stopSequence: String?

    enum CodingKeys: String, CodingKey {
        case stopReason = "stop_reason"
        case stopSequence = "stop_sequence"
    }

    public init(stopReason: AnthropicStopReason?, stopSequence: String? = nil) {
        self.stopReason = stopReason
        self.stopSequence = stopSequence
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(stopReason, forKey: .stopReason)
        try container.encode(stopSequence, forKey: .stopSequence)
    }
}
