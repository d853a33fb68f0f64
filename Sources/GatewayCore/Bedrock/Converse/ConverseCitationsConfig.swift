/// Turns citations on for a document or search result (`CitationsConfig`).
///
/// ```swift
/// let doc = ConverseDocumentBlock(name: "policy", source: .text(policy), citations: ConverseCitationsConfig(enabled: true))
/// ```
public struct ConverseCitationsConfig: Codable, Hashable, Sendable {
    public var enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }
}
