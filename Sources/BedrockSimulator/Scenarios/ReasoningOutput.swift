/// Which kind of reasoning block a scenario forces into the reply.
enum ReasoningOutput: String, Sendable, Hashable {
    /// `reasoningContent.reasoningText` with a signature (Anthropic thinking).
    case text
    /// `reasoningContent.redactedContent` (Anthropic `redacted_thinking`).
    case redacted
}
