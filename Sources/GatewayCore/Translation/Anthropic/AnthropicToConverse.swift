import Foundation

/// Translates an Anthropic Messages request (what Anthropic SDKs send to `/v1/messages`) into a
/// Converse request, so any Bedrock model can serve Anthropic-compatible clients.
///
/// - `system` → system blocks; `cache_control` on any block (system, message content, tools) →
///   a `cachePoint` right after it, keeping its `ttl`.
/// - Message blocks: `text`; `image` (base64 → bytes, the format read from the bytes; `url` →
///   the bytes the transport fetched, listed by ``remoteImageURLs(in:)``); `document` (base64 by
///   media type, `text` as a text document, `content` as document chunks); `tool_use`;
///   `tool_result` (string or blocks; `is_error` → `status: error`); `thinking` →
///   `reasoningText {text, signature}`; `redacted_thinking` → `redactedContent` (its base64
///   `data` decoded to the bytes Converse carries as base64 again). Server-tool and other
///   unmodeled blocks are refused.
/// - `tools` → `toolSpec`s; Anthropic-defined tools (`bash_…`, `computer_…`) are refused.
/// - `tool_choice`: `auto` / `any` / `tool` map one to one; Converse has no `none`, so the tools
///   are left out — unless the history holds tool blocks, which Converse only accepts with a
///   `toolConfig`: then the tools stay, without a choice. `disable_parallel_tool_use` has no
///   Converse counterpart and is dropped.
/// - `max_tokens`, `temperature`, `top_p`, `stop_sequences` → `inferenceConfig`; `thinking`,
///   `top_k` and `anthropic_beta` → `additionalModelRequestFields` under their Anthropic names
///   (Claude reads them there; other models may reject them, as they would on Anthropic's API).
/// - `metadata.user_id` → `requestMetadata["user_id"]` (recorded in invocation logs) when it
///   fits Bedrock's metadata pattern, dropped otherwise.
///
/// ```swift
/// let refs = AnthropicToConverse.remoteImageURLs(in: request)
/// let fetched = try await fetcher.fetch(refs)                      // transport layer
/// let converse = try AnthropicToConverse.translate(request, options: options, media: fetched)
/// ```
public enum AnthropicToConverse {
    /// Every `url` image source in the request (message content and tool results), in order,
    /// with its path (`messages[0].content[1].source.url`) for errors.
    public static func remoteImageURLs(in request: AnthropicMessagesRequest) -> [RemoteMediaReference] {
        var found: [RemoteMediaReference] = []
        for (messageIndex, message) in request.messages.enumerated() {
            guard case .blocks(let blocks) = message.content else { continue }
            for (blockIndex, block) in blocks.enumerated() {
                let path = "messages[\(messageIndex)].content[\(blockIndex)]"
                switch block {
                case .image(let image):
                    guard case .url(let url) = image.source else { continue }
                    found.append(RemoteMediaReference(url: url, param: "\(path).source.url"))
                case .toolResult(let result):
                    guard case .blocks(let inner)? = result.content else { continue }
                    for (innerIndex, innerBlock) in inner.enumerated() {
                        guard case .image(let image) = innerBlock, case .url(let url) = image.source else { continue }
                        found.append(RemoteMediaReference(url: url, param: "\(path).content[\(innerIndex)].source.url"))
                    }
                default: continue
                }
            }
        }
        return found
    }

    public static func translate(
        _ request: AnthropicMessagesRequest, options: TranslationOptions = TranslationOptions(),
        media: FetchedMedia = FetchedMedia()
    ) throws(TranslationError) -> ConverseRequest {
        var blocks = BlockTranslator(options: options, media: media)

        var system: [ConverseSystemContentBlock] = []
        switch request.system {
        case .text(let text)? where !text.isEmpty:
            system = [.text(text)]
        case .blocks(let textBlocks)?:
            for block in textBlocks {
                // Converse rejects empty system text; a cache point needs something before it.
                if !block.text.isEmpty { system.append(.text(block.text)) }
                if let cacheControl = block.cacheControl, !system.isEmpty { system.append(.cachePoint(cachePoint(cacheControl))) }
            }
        case .text?, nil:
            break
        }

        var messages: [ConverseMessage] = []
        var historyUsesTools = false
        for (index, message) in request.messages.enumerated() {
            let path = "messages[\(index)]"
            var content: [ConverseContentBlock] = []
            switch message.content {
            case .text(let text):
                content = [.text(text)]
            case .blocks(let anthropicBlocks):
                for (blockIndex, block) in anthropicBlocks.enumerated() {
                    if case .toolUse = block { historyUsesTools = true }
                    if case .toolResult = block { historyUsesTools = true }
                    content.append(try blocks.contentBlock(block, param: "\(path).content[\(blockIndex)]"))
                    if let cacheControl = block.cacheControl { content.append(.cachePoint(cachePoint(cacheControl))) }
                }
            }
            messages.append(ConverseMessage(role: message.role == .user ? .user : .assistant, content: content))
        }

        return ConverseRequest(
            messages: messages,
            system: system.isEmpty ? nil : system,
            inferenceConfig: ConverseInferenceConfiguration(
                maxTokens: request.maxTokens, temperature: request.temperature, topP: request.topP,
                stopSequences: request.stopSequences?.isEmpty == false ? request.stopSequences : nil),
            toolConfig: try toolConfig(request, historyUsesTools: historyUsesTools),
            additionalModelRequestFields: additionalFields(request),
            requestMetadata: requestMetadata(request.metadata))
    }

    static func cachePoint(_ cacheControl: AnthropicCacheControl) -> ConverseCachePointBlock {
        ConverseCachePointBlock(ttl: cacheControl.ttl.map { ConverseCacheTTL(rawValue: $0) })
    }

    static func toolConfig(_ request: AnthropicMessagesRequest, historyUsesTools: Bool) throws(TranslationError) -> ConverseToolConfiguration? {
        guard let anthropicTools = request.tools, !anthropicTools.isEmpty else { return nil }
        var tools: [ConverseTool] = []
        for (index, tool) in anthropicTools.enumerated() {
            if let type = tool.type, type != "custom" {
                throw TranslationError(
                    param: "tools[\(index)].type",
                    message: "Anthropic-defined tools (\(type)) are not available through Converse.",
                    code: "unsupported_parameter")
            }
            let description = tool.description?.isEmpty == false ? tool.description : nil
            let schema = tool.inputSchema ?? ["type": "object", "properties": [:]]
            tools.append(.toolSpec(ConverseToolSpecification(name: tool.name, description: description, inputSchema: .json(schema))))
            if let cacheControl = tool.cacheControl { tools.append(.cachePoint(cachePoint(cacheControl))) }
        }
        let choice: ConverseToolChoice?
        switch request.toolChoice?.type {
        case nil: choice = nil
        case .auto?: choice = .auto
        case .any?: choice = .any
        case .tool?:
            guard let name = request.toolChoice?.name else {
                throw TranslationError(param: "tool_choice.name", message: "tool_choice of type tool needs a name.")
            }
            choice = .tool(name: name)
        case .none?:
            guard historyUsesTools else { return nil }
            choice = nil
        case let other?:
            throw TranslationError(param: "tool_choice.type", message: "Unknown tool_choice type '\(other.rawValue)'.")
        }
        return ConverseToolConfiguration(tools: tools, toolChoice: choice)
    }

    /// The Claude request fields Converse has no member for, under their Anthropic names.
    static func additionalFields(_ request: AnthropicMessagesRequest) -> JSONValue? {
        var fields: [String: JSONValue] = [:]
        switch request.thinking {
        case .enabled(let budget)?: fields["thinking"] = ["type": "enabled", "budget_tokens": .integer(budget)]
        case .disabled?: fields["thinking"] = ["type": "disabled"]
        case .unknown(_, let object)?: fields["thinking"] = object
        case nil: break
        }
        if let topK = request.topK { fields["top_k"] = .integer(topK) }
        if let beta = request.anthropicBeta, !beta.isEmpty { fields["anthropic_beta"] = .array(beta.map(JSONValue.string)) }
        return fields.isEmpty ? nil : .object(fields)
    }

    /// `metadata.user_id`, if Bedrock's `RequestMetadata` value pattern
    /// (`[a-zA-Z0-9\s:_@$#=/+,-.]{0,256}`) admits it.
    static func requestMetadata(_ metadata: AnthropicMetadata?) -> [String: String]? {
        guard let userID = metadata?.userId, !userID.isEmpty, userID.utf8.count <= 256 else { return nil }
        let allowed = userID.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", " ", "\t", "\n", "\r", ":", "_", "@", "$", "#", "=", "/", "+", ",", "-", ".": true
            default: false
            }
        }
        return allowed ? ["user_id": userID] : nil
    }
}
