/// One turn of a Converse conversation (`Message`).
///
/// ```swift
/// let message = ConverseMessage(role: .user, content: [.text("What is 2 + 2?")])
/// let reply = response.output.message?.content
/// ```
public struct ConverseMessage: Codable, Hashable, Sendable {
    public var role: ConverseRole
    public var content: [ConverseContentBlock]

    public init(role: ConverseRole, content: [ConverseContentBlock]) {
        self.role = role
        self.content = content
    }
}
