/// Why the model stopped: a natural end or stop sequence, the length limit, tool calls, a
/// content filter, or a legacy function call.
///
/// ```swift
/// let choice = ChatCompletionChoice(index: 0, message: .init(content: "Hi"), finishReason: .stop)
/// if choice.finishReason == .toolCalls { /* run the tools */ }
/// ```
public enum FinishReason: String, Sendable, Hashable, CaseIterable, WireEnum {
    case stop
    case length
    case toolCalls = "tool_calls"
    case contentFilter = "content_filter"
    case functionCall = "function_call"

    public init(from decoder: any Decoder) throws {
        self = try Self.decodeWireValue(from: decoder)
    }
}
