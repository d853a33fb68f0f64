/// Thinking that safety systems encrypted (`{"type": "redacted_thinking", "data": …}`); opaque,
/// passed back unchanged.
///
/// ```swift
/// let block = AnthropicRedactedThinkingBlock(data: "EmwKAhgBEgy3va3pzix/LafPsn4a…")
/// ```
public struct AnthropicRedactedThinkingBlock: Codable, Hashable, Sendable {
    public var data: String

    public init(data: String) {
        self.data = data
    }
}
