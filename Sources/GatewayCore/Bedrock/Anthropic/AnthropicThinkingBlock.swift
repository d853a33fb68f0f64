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

    enum CodingKeys: String, CodingKey {
        case thinking, signature
    }

    // The streaming `content_block_start` for a thinking block may omit `signature` (it arrives
    // later as a `signature_delta`), so a missing one decodes as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        thinking = try container.decodeIfPresent(String.self, forKey: .thinking) ?? ""
        signature = try container.decodeIfPresent(String.self, forKey: .signature) ?? ""
    }
}
