/// Text for a guardrail to check (`GuardrailConverseTextBlock`).
///
/// `qualifiers` are `grounding_source`, `query` or `guard_content`.
///
/// ```swift
/// let block = ConverseGuardrailTextBlock(text: "Source text", qualifiers: ["grounding_source"])
/// ```
public struct ConverseGuardrailTextBlock: Codable, Hashable, Sendable {
    public var text: String
    public var qualifiers: [String]?

    public init(text: String, qualifiers: [String]? = nil) {
        self.text = text
        self.qualifiers = qualifiers
    }
}
