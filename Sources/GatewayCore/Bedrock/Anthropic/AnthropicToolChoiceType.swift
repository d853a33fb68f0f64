/// How the model must use tools (`tool_choice.type`).
///
/// A struct rather than an enum so values Anthropic adds later still decode.
///
/// ```swift
/// let choice = AnthropicToolChoice(type: .any)
/// ```
public struct AnthropicToolChoiceType: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let auto: Self = "auto"
    public static let any: Self = "any"
    public static let tool: Self = "tool"
    public static let none: Self = "none"
}
