import GatewayCore

extension ConversationDigest {
    /// The digest of an Anthropic Messages body (InvokeModel, or CountTokens' `invokeModel` input).
    init(anthropic request: AnthropicMessagesRequest) {
        self.init()
        var tally = InputTally()
        for tool in request.tools ?? [] {
            tools.append(ToolDescriptor(name: tool.name, inputSchema: tool.inputSchema))
            tally.add(tool.name)
            tally.add(tool.description ?? "")
            if let schema = tool.inputSchema { tally.add(json: schema) }
            if tool.cacheControl != nil { tally.markCheckpoint() }
        }
        if let choice = request.toolChoice {
            toolChoice = switch choice.type {
            case .any: .any
            case .tool: choice.name.map(RequestedToolChoice.tool) ?? .any
            case .none: .none
            default: .auto
            }
        }
        switch request.system {
        case .text(let text): tally.add(text)
        case .blocks(let blocks):
            for block in blocks {
                tally.add(block.text)
                if block.cacheControl != nil { tally.markCheckpoint() }
            }
        case nil: break
        }
        for message in request.messages {
            tally.add(message.role.rawValue)
            switch message.content {
            case .text(let text): tally.add(text)
            case .blocks(let blocks):
                for block in blocks { Self.tally(block, into: &tally) }
            }
        }
        if let last = request.messages.last(where: { $0.role == .user }) {
            switch last.content {
            case .text(let text): lastUserText = text
            case .blocks(let blocks):
                lastUserText = blocks.compactMap { if case .text(let text) = $0 { text.text } else { nil } }
                    .joined(separator: "\n")
                toolResultTexts = blocks.compactMap { block -> String? in
                    guard case .toolResult(let result) = block else { return nil }
                    switch result.content {
                    case .text(let text): return text
                    case .blocks(let inner):
                        return inner.compactMap { if case .text(let text) = $0 { text.text } else { nil } }
                            .joined(separator: " ")
                    case nil: return ""
                    }
                }
            }
        }
        inputTokens = max(1, tally.tokens)
        cachePrefix = tally.cachePrefix
        maxTokens = request.maxTokens
        stopSequences = request.stopSequences ?? []
        if case .enabled = request.thinking { reasoningRequested = true }
        seed = tally.hash
    }

    private static func tally(_ block: AnthropicContentBlock, into tally: inout InputTally) {
        switch block {
        case .text(let text):
            tally.add(text.text)
            if text.cacheControl != nil { tally.markCheckpoint() }
        case .image: tally.addMedia("image")
        case .document: tally.addMedia("document")
        case .toolUse(let use):
            tally.add(use.name)
            tally.add(json: use.input)
            if use.cacheControl != nil { tally.markCheckpoint() }
        case .toolResult(let result):
            tally.add(result.toolUseId)
            switch result.content {
            case .text(let text): tally.add(text)
            case .blocks(let inner): for block in inner { Self.tally(block, into: &tally) }
            case nil: break
            }
            if result.cacheControl != nil { tally.markCheckpoint() }
        case .thinking(let thinking): tally.add(thinking.thinking)
        case .redactedThinking: tally.add("[redacted]")
        case .unknown(_, let value): tally.add(json: value)
        }
    }
}
