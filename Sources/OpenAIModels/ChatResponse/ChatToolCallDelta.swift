/// A fragment of a tool call in a streamed answer.
///
/// The first fragment of a call carries `id`, `type` and `function.name`; later fragments with
/// the same `index` carry pieces of `function.arguments` to be concatenated.
///
/// ```swift
/// let first = ChatToolCallDelta(index: 0, id: "call_1", type: "function",
///                               function: .init(name: "get_weather", arguments: ""))
/// let more = ChatToolCallDelta(index: 0, function: .init(arguments: #"{"city":"#))
/// ```
public struct ChatToolCallDelta: Codable, Sendable, Hashable {
    public var index: Int
    public var id: String?
    /// `"function"` on the first fragment of a call.
    public var type: String?
    public var function: Function?

    public init(index: Int, id: String? = nil, type: String? = nil, function: Function? = nil) {
        self.index = index
        self.id = id
        self.type = type
        self.function = function
    }
}
