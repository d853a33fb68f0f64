import GatewayCore

extension ConversationDigest {
    /// The digest of a Converse (or ConverseStream, or CountTokens) request.
    init(
        messages: [ConverseMessage], system: [ConverseSystemContentBlock], toolConfig: ConverseToolConfiguration?,
        inferenceConfig: ConverseInferenceConfiguration?, additionalFields: JSONValue?
    ) {
        self.init()
        var tally = InputTally()
        for tool in toolConfig?.tools ?? [] {
            switch tool {
            case .toolSpec(let spec):
                let schema: JSONValue? = if case .json(let value) = spec.inputSchema { value } else { nil }
                tools.append(ToolDescriptor(name: spec.name, inputSchema: schema))
                tally.add(spec.name)
                tally.add(spec.description ?? "")
                if let schema { tally.add(json: schema) }
            case .systemTool(let systemTool):
                tally.add(json: (try? JSONValue.encoded(systemTool)) ?? .null)
            case .cachePoint:
                tally.markCheckpoint()
            case .unknown(_, let value):
                tally.add(json: value)
            }
        }
        toolChoice = switch toolConfig?.toolChoice {
        case .any: .any
        case .tool(let name): .tool(name)
        default: .auto
        }
        for block in system {
            switch block {
            case .text(let text): tally.add(text)
            case .guardContent(let content): tally.add(json: (try? JSONValue.encoded(content)) ?? .null)
            case .cachePoint: tally.markCheckpoint()
            case .unknown(_, let value): tally.add(json: value)
            }
        }
        for message in messages {
            tally.add(message.role.rawValue)
            for block in message.content {
                Self.tally(block, into: &tally)
            }
        }
        if let last = messages.last(where: { $0.role == .user }) {
            lastUserText = last.content.compactMap { block -> String? in
                switch block {
                case .text(let text): text
                case .guardContent(.text(let text)): text.text
                default: nil
                }
            }.joined(separator: "\n")
            toolResultTexts = last.content.compactMap { block -> String? in
                guard case .toolResult(let result) = block else { return nil }
                return result.content.map { content -> String in
                    switch content {
                    case .text(let text): text
                    case .json(let value): InputTally.canonicalJSON(value)
                    default: "[media]"
                    }
                }.joined(separator: " ")
            }
        }
        inputTokens = max(1, tally.tokens)
        cachePrefix = tally.cachePrefix
        maxTokens = inferenceConfig?.maxTokens
        stopSequences = inferenceConfig?.stopSequences ?? []
        let thinkingEnabled = additionalFields?["thinking"]?["type"]?.stringValue == "enabled"
        let effort = additionalFields?["reasoning_effort"] != nil
        let novaReasoning = additionalFields?["reasoningConfig"]?["type"]?.stringValue == "enabled"
        reasoningRequested = thinkingEnabled || effort || novaReasoning
        seed = tally.hash
    }

    private static func tally(_ block: ConverseContentBlock, into tally: inout InputTally) {
        switch block {
        case .text(let text): tally.add(text)
        case .image: tally.addMedia("image")
        case .document: tally.addMedia("document")
        case .video: tally.addMedia("video")
        case .audio: tally.addMedia("audio")
        case .toolUse(let use):
            tally.add(use.name)
            tally.add(json: use.input)
        case .toolResult(let result):
            tally.add(result.toolUseId)
            for content in result.content {
                switch content {
                case .text(let text): tally.add(text)
                case .json(let value): tally.add(json: value)
                default: tally.addMedia("tool-result-media")
                }
            }
        case .guardContent(let content): tally.add(json: (try? JSONValue.encoded(content)) ?? .null)
        case .cachePoint: tally.markCheckpoint()
        case .reasoningContent(.reasoningText(let reasoning)): tally.add(reasoning.text)
        case .reasoningContent: tally.add("[redacted]")
        case .citationsContent(let value), .unknown(_, let value): tally.add(json: value)
        }
    }
}
