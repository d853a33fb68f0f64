/// Token usage of a reply. `inputTokens` excludes the cached prefix, which is reported
/// separately as read or written, as Bedrock does; `totalTokens` adds all four.
struct ReplyUsage: Sendable, Hashable {
    var inputTokens: Int
    var outputTokens: Int
    var cacheReadInputTokens: Int?
    var cacheWriteInputTokens: Int?

    var totalTokens: Int { inputTokens + outputTokens + (cacheReadInputTokens ?? 0) + (cacheWriteInputTokens ?? 0) }
}
