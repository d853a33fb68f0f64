/// Who wrote a chat message.
///
/// `developer` is OpenAI's newer name for `system` (o1 and later); `function` is the legacy
/// result of a `function_call`, kept because older clients still send it.
///
/// ```swift
/// let message = ChatMessage(role: .developer, content: .text("Answer in French."))
/// if message.role == .tool { /* a tool result */ }
/// ```
public enum ChatRole: String, Sendable, Hashable, CaseIterable, WireEnum {
    case system
    case developer
    case user
    case assistant
    case tool
    case function

    public init(from decoder: any Decoder) throws {
        self = try Self.decodeWireValue(from: decoder)
    }

    /// The content part types OpenAI accepts in a message of this role.
    var allowedPartTypes: [String] {
        switch self {
        case .system, .developer, .tool, .function: ["text"]
        case .user: ["text", "image_url", "input_audio", "file"]
        case .assistant: ["text", "refusal"]
        }
    }
}
