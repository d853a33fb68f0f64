/// Whether a guardrail reports its trace (`GuardrailTrace`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let config = ConverseGuardrailConfiguration(guardrailIdentifier: "gr1", guardrailVersion: "1", trace: .enabled)
/// ```
public struct ConverseGuardrailTrace: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let enabled: Self = "enabled"
    public static let disabled: Self = "disabled"
    public static let enabledFull: Self = "enabled_full"
}
