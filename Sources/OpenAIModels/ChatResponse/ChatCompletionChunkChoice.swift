/// One choice of a streamed chunk: `{"index", "delta", "finish_reason", "logprobs"}`.
///
/// `finish_reason` and `logprobs` are written as explicit `null` until the choice ends, as
/// OpenAI streams them; clients wait for a non-null `finish_reason`.
///
/// ```swift
/// let piece = ChatCompletionChunkChoice(index: 0, delta: .init(content: "Hi"))
/// let end = ChatCompletionChunkChoice(index: 0, delta: .init(), finishReason: .stop)
/// ```
public struct ChatCompletionChunkChoice: Codable, Sendable, Hashable {
    public var index: Int
    public var delta: ChatCompletionDelta
    public var finishReason: FinishReason?
    public var logprobs: JSONValue?

    public init(
        index: Int, delta: ChatCompletionDelta, finishReason: FinishReason? = nil,
        logprobs: JSONValue? = nil
    ) {
        self.index = index
        self.delta = delta
        self.finishReason = finishReason
        self.logprobs = logprobs
    }

    enum CodingKeys: String, CodingKey {
        case index, delta, logprobs
        case finishReason = "finish_reason"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.index = try container.decode(Int.self, forKey: .index)
        self.delta = try container.decode(ChatCompletionDelta.self, forKey: .delta)
        self.finishReason = try container.decodeIfPresent(FinishReason.self, forKey: .finishReason)
        self.logprobs = try container.decodeIfPresent(JSONValue.self, forKey: .logprobs)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(delta, forKey: .delta)
        try container.encode(logprobs ?? .null, forKey: .logprobs)
        try container.encode(finishReason, forKey: .finishReason)
    }
}
