/// Block helpers for the Anthropic translations.
extension AnthropicContentBlock {
    var isToolResult: Bool {
        if case .toolResult = self { return true }
        return false
    }

    /// The block's `cache_control`, if it has one.
    var cacheControl: AnthropicCacheControl? {
        switch self {
        case .text(let block): block.cacheControl
        case .image(let block): block.cacheControl
        case .document(let block): block.cacheControl
        case .toolUse(let block): block.cacheControl
        case .toolResult(let block): block.cacheControl
        case .thinking, .redactedThinking, .unknown: nil
        }
    }

    /// The block with `cache_control` set, for the block types that carry one.
    func withCacheControl(_ cacheControl: AnthropicCacheControl) -> AnthropicContentBlock? {
        switch self {
        case .text(var block):
            block.cacheControl = cacheControl
            return .text(block)
        case .image(var block):
            block.cacheControl = cacheControl
            return .image(block)
        case .document(var block):
            block.cacheControl = cacheControl
            return .document(block)
        case .toolUse(var block):
            block.cacheControl = cacheControl
            return .toolUse(block)
        case .toolResult(var block):
            block.cacheControl = cacheControl
            return .toolResult(block)
        case .thinking, .redactedThinking, .unknown:
            return nil
        }
    }
}
