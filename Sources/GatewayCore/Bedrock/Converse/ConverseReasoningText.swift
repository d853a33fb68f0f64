/// Readable reasoning and the signature that vouches for it (`ReasoningTextBlock`).
///
/// ```swift
/// let text = ConverseReasoningText(text: "The user wants…", signature: "EqoBCkgIAR…")
/// ```
public struct ConverseReasoningText: Codable, Hashable, Sendable {
    public var text: String
    public var signature: String?

    public init(text: String, signature: String? = nil) {
        self.text = text
        self.signature = signature
    }
}
