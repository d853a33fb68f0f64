/// Who wrote a Converse message (`ConversationRole`).
///
/// Closed set: the model allows only `user` and `assistant` (system prompts travel separately).
///
/// ```swift
/// let message = ConverseMessage(role: .user, content: [.text("Hello")])
/// ```
public enum ConverseRole: String, Codable, Hashable, Sendable {
    case user
    case assistant
}
