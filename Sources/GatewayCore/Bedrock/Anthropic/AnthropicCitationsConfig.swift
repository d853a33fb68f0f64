/// Turns citations on for a document (`citations: {"enabled": true}`).
///
/// ```swift
/// let doc = AnthropicDocumentBlock(source: .text(policy), citations: AnthropicCitationsConfig(enabled: true))
/// ```
public struct AnthropicCitationsConfig: Codable, Hashable, Sendable {
    public var enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }
}
