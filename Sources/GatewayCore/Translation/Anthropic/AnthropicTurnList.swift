/// Anthropic turns under construction from a chat history.
///
/// Anthropic expects user and assistant turns to alternate, so a block list appended with the
/// role of the previous turn joins that turn (tool results, which travel in user turns, merge
/// with the user text that follows them). Empty block lists add nothing.
///
/// ```swift
/// var turns = AnthropicTurnList()
/// turns.append(.user, [.text(AnthropicTextBlock(text: "Hi"))])
/// let messages = turns.messages
/// ```
struct AnthropicTurnList: Sendable {
    struct Turn: Sendable, Hashable {
        var role: AnthropicRole
        var blocks: [AnthropicContentBlock]
    }

    private(set) var turns: [Turn] = []

    var isEmpty: Bool { turns.isEmpty }

    /// The role of the last turn, if any.
    var lastRole: AnthropicRole? { turns.last?.role }

    mutating func append(_ role: AnthropicRole, _ blocks: [AnthropicContentBlock]) {
        guard !blocks.isEmpty else { return }
        if let last = turns.indices.last, turns[last].role == role {
            turns[last].blocks += blocks
        } else {
            turns.append(Turn(role: role, blocks: blocks))
        }
    }

    /// Anthropic requires the `tool_result` blocks of a user turn to come before any other
    /// content ("tool_result blocks must come first"); the order among each group is kept.
    mutating func moveToolResultsFirst() {
        for index in turns.indices where turns[index].role == .user {
            let blocks = turns[index].blocks
            let results = blocks.filter(\.isToolResult)
            guard !results.isEmpty else { continue }
            turns[index].blocks = results + blocks.filter { !$0.isToolResult }
        }
    }

    /// A final assistant turn (a prefill) must not end with whitespace, or Anthropic rejects
    /// the request; trailing whitespace is trimmed and a text block left empty is dropped.
    mutating func trimFinalAssistantWhitespace() {
        guard let last = turns.indices.last, turns[last].role == .assistant,
            case .text(var block)? = turns[last].blocks.last
        else { return }
        while let character = block.text.last, character.isWhitespace { block.text.removeLast() }
        turns[last].blocks.removeLast()
        if !block.text.isEmpty { turns[last].blocks.append(.text(block)) }
        if turns[last].blocks.isEmpty { turns.removeLast() }
    }

    /// Puts `cache_control` on the last block of the last user turn. Returns whether it could.
    @discardableResult
    mutating func markLastUserBlock(_ cacheControl: AnthropicCacheControl) -> Bool {
        guard let turn = turns.lastIndex(where: { $0.role == .user }),
            let block = turns[turn].blocks.indices.last,
            let marked = turns[turn].blocks[block].withCacheControl(cacheControl)
        else { return false }
        turns[turn].blocks[block] = marked
        return true
    }

    var messages: [AnthropicMessage] {
        turns.map { AnthropicMessage(role: $0.role, content: .blocks($0.blocks)) }
    }
}
