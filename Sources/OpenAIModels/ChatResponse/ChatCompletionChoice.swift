/// One answer of a non-streamed ``ChatCompletion``: `{"index", "message", "finish_reason",
/// "logprobs"}`, with `logprobs` written as explicit `null` when absent.
///
/// ```swift
/// let choice = ChatCompletionChoice(index: 0, message: .init(content: "Bonjour"),
///                                   finishReason: .stop)
/// ```
public struct ChatCompletionChoice: Codable, Sendable, Hashable {
    public var index: Int
    public var message: ChatCompletionMessage
    public var finishReason: FinishReason
    /// Log probabilities, when requested and available; kept as raw JSON.
    public var logprobs: JSONValue?

    public init(
        index: Int, message: ChatCompletionMessage, finishReason: FinishReason,
        logprobs: JSONValue? = nil
    ) {
        self.index = index
        self.message = message
        self.finishReason = finishReason
        self.logprobs = logprobs
    }

    enum CodingKeys: String, CodingKey {
        case index, message, logprobs
        case finishReason = "finish_reason"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.index = try container.decode(Int.self, forKey: .index)
        self.message = try container.decode(ChatCompletionMessage.self, forKey: .message)
        self.finishReason = try container.decode(FinishReason.self, forKey: .finishReason)
        self.logprobs = try container.decodeIfPresent(JSONValue.self, forKey: .logprobs)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(message, forKey: .message)
        try container.encode(logprobs ?? .null, forKey: .logprobs)
        try container.encode(finishReason, forKey: .finishReason)
    }
}
