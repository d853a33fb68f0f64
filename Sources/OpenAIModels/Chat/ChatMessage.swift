/// One message of a chat conversation, of any role.
///
/// One struct with optionals keeps translation simple (`switch message.role`); the role-specific
/// rules are enforced when decoding, with the message's path in the error:
/// system / developer / user / tool need `content`, tool needs `tool_call_id`, function needs
/// `name`, assistant needs `content` unless it carries `tool_calls`, `function_call` or `refusal`,
/// and each role accepts only its own content part types. Fields that do not belong to a role
/// (`tool_calls` on a user message) are ignored like any unknown field.
///
/// ```swift
/// let history: [ChatMessage] = [.system("Be brief."), .user("Weather in Paris?"),
///     .assistant(toolCalls: [call]), .tool(callID: call.id, content: #"{"temp":21}"#)]
/// ```
public struct ChatMessage: Sendable, Hashable {
    public var role: ChatRole
    /// `nil` only for assistant messages that carry tool calls (or a legacy function call, or a
    /// refusal) and for legacy function results.
    public var content: ChatMessageContent?
    /// The participant name (any role); required for the legacy `function` role.
    public var name: String?
    /// Assistant only: the tool calls the model made.
    public var toolCalls: [ChatToolCall]?
    /// Tool only: the id of the tool call this message answers.
    public var toolCallID: String?
    /// Assistant only: the legacy single function call.
    public var functionCall: FunctionCall?
    /// Assistant only: the model's refusal text.
    public var refusal: String?
    /// Assistant only: the reasoning text a reasoning model returned earlier (DeepSeek-style
    /// `reasoning_content`), sent back by clients replaying history.
    public var reasoningContent: String?

    public init(
        role: ChatRole,
        content: ChatMessageContent? = nil,
        name: String? = nil,
        toolCalls: [ChatToolCall]? = nil,
        toolCallID: String? = nil,
        functionCall: FunctionCall? = nil,
        refusal: String? = nil,
        reasoningContent: String? = nil
    ) {
        self.role = role
        self.content = content
        self.name = name
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.functionCall = functionCall
        self.refusal = refusal
        self.reasoningContent = reasoningContent
    }

    public static func system(_ content: ChatMessageContent, name: String? = nil) -> ChatMessage {
        ChatMessage(role: .system, content: content, name: name)
    }

    public static func developer(_ content: ChatMessageContent, name: String? = nil) -> ChatMessage {
        ChatMessage(role: .developer, content: content, name: name)
    }

    public static func user(_ content: ChatMessageContent, name: String? = nil) -> ChatMessage {
        ChatMessage(role: .user, content: content, name: name)
    }

    public static func assistant(
        _ content: ChatMessageContent? = nil, toolCalls: [ChatToolCall]? = nil,
        reasoningContent: String? = nil
    ) -> ChatMessage {
        ChatMessage(
            role: .assistant, content: content, toolCalls: toolCalls,
            reasoningContent: reasoningContent)
    }

    public static func tool(callID: String, content: ChatMessageContent) -> ChatMessage {
        ChatMessage(role: .tool, content: content, toolCallID: callID)
    }
}

extension ChatMessage: Codable {
    enum CodingKeys: String, CodingKey {
        case role, content, name, refusal
        case toolCalls = "tool_calls"
        case toolCallID = "tool_call_id"
        case functionCall = "function_call"
        case reasoningContent = "reasoning_content"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let role = try container.decode(ChatRole.self, forKey: .role)
        self.role = role
        self.content = try container.decodeIfPresent(ChatMessageContent.self, forKey: .content)
        self.name = try container.decodeIfPresent(String.self, forKey: .name)

        switch role {
        case .assistant:
            self.toolCalls = try container.decodeIfPresent([ChatToolCall].self, forKey: .toolCalls)
            self.functionCall = try container.decodeIfPresent(FunctionCall.self, forKey: .functionCall)
            self.refusal = try container.decodeIfPresent(String.self, forKey: .refusal)
            self.reasoningContent = try container.decodeIfPresent(
                String.self, forKey: .reasoningContent)
            let acts = !(toolCalls ?? []).isEmpty || functionCall != nil || refusal != nil
            if content == nil, !acts {
                throw Self.missing(.content, in: container)
            }
        case .tool:
            guard let callID = try container.decodeIfPresent(String.self, forKey: .toolCallID) else {
                throw Self.missing(.toolCallID, in: container)
            }
            self.toolCallID = callID
            if content == nil { throw Self.missing(.content, in: container) }
        case .function:
            if name == nil { throw Self.missing(.name, in: container) }
        case .system, .developer, .user:
            if content == nil { throw Self.missing(.content, in: container) }
        }

        if case .parts(let parts) = content {
            let allowed = role.allowedPartTypes
            for (index, part) in parts.enumerated() where !allowed.contains(part.wireType) {
                throw InvalidWireValue.error(
                    at: container.codingPath + [
                        CodingKeys.content, AnyCodingKey(index: index), AnyCodingKey("type"),
                    ],
                    message: InvalidWireValue.unsupportedValueMessage(
                        part.wireType, supported: allowed))
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        try container.encodeIfPresent(content, forKey: .content)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(toolCalls, forKey: .toolCalls)
        try container.encodeIfPresent(toolCallID, forKey: .toolCallID)
        try container.encodeIfPresent(functionCall, forKey: .functionCall)
        try container.encodeIfPresent(refusal, forKey: .refusal)
        try container.encodeIfPresent(reasoningContent, forKey: .reasoningContent)
    }

    /// A missing (or `null`) member this role requires.
    private static func missing(
        _ key: CodingKeys, in container: KeyedDecodingContainer<CodingKeys>
    ) -> DecodingError {
        .keyNotFound(
            key,
            DecodingError.Context(
                codingPath: container.codingPath,
                debugDescription: "A \(key.stringValue) is required for this message role."))
    }
}
