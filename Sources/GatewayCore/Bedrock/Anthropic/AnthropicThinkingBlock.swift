/// Extended-thinking output (`{"type": "thinking", "thinking": …, "signature": …}`); must be
/// passed back unchanged, signature included, when continuing a tool-use turn.
///
/// ```swift
/// let block = AnthropicThinkingBlock(thinking: "Let me analyze…", signature: "EqQBCgIYAhIM…")
/// ```
public struct AnthropicThinkingBlock: Codable, Hashable, Sendable {
    public var thinking: String
    public var signature: String

    public init(thinking: String, signature: String) {
        self.thinking = thinking
        self.signature = signature
    }
}
